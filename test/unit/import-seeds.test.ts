// Both seed documents through the parser, checked against the hand-written fixtures of the same
// documents; then what a user must be told (the empty BoSoL, TOC spellings, the struck passages).
import { describe, expect, it } from 'vitest';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { parsedCatalogueSchema } from '../../shared/import/proposal';
import { loadFixture } from '../fixtures/load-fixture';
import { expectMatchesFixture } from '../support/import-expectations';
import { seedText } from '../support/seeds';

const OSTERSUND_TEXT = seedText('ostersund');
const ALINGSAS_TEXT = seedText('alingsas');

describe('seed 001 Östersund', () => {
  const parsed = parseCatalogueDocument(OSTERSUND_TEXT);

  it('conforms to the proposal schema', () => {
    expect(parsedCatalogueSchema.safeParse(parsed).success).toBe(true);
  });

  it('finds the 29 numbered insatser and matches the hand-written expectation', () => {
    expect(parsed.insatser).toHaveLength(29);
    expectMatchesFixture(parsed, 'ostersund');
  });

  it('groups by sektor and enhet as the fixture does, and reads title, nämnd and kommun', () => {
    const fixture = loadFixture('ostersund');
    expect(parsed.grouping).toBe('sektor');
    expect(parsed.sektorer).toEqual(fixture.sektorer);
    expect(parsed).toMatchObject({ titel: fixture.titel, namnd: fixture.namnd, kommun: fixture.kommun, kategorier: [] });
  });

  it('reports 2.2.1 BoSoL, which has no body, and invents nothing for it', () => {
    const bosol = parsed.insatser.find((i) => i.nummer === '2.2.1')!;
    expect(bosol.empty).toBe(true);
    expect(bosol.content).toMatchObject({
      namn: 'BoSoL',
      innehall: '',
      malgrupp: '',
      malgruppAlder: null,
      villkor: [],
      metoder: [],
      dokumentation: { anteckningar: '' },
    });
    expect(bosol.recognised).toEqual([]);
    expect(parsed.warnings.find((w) => w.code === 'empty_insats')).toMatchObject({ nummer: '2.2.1' });
  });

  it('offers the TOC spelling where the heading in the text differs ("Vrättningsförebyggande")', () => {
    const i = parsed.insatser.find((x) => x.nummer === '2.2.2')!;
    expect(i.content.namn).toBe('Vrättningsförebyggande arbete');
    expect(i.tocName).toBe('Vräkningsförebyggande arbete');
    expect(parsed.warnings.some((w) => w.code === 'toc_name_differs' && w.nummer === '2.2.2')).toBe(true);
  });

  it("takes the introduction's motivering for folkbokförd where an insats gives none", () => {
    const folk = parsed.insatser.find((x) => x.nummer === '4.4.1')!.content.villkor[0];
    expect(folk.motivering).toBe(loadFixture('ostersund').insatser.find((x) => x.nummer === '4.4.1')!.content.villkor[0].motivering);
  });

  it("keeps each insats's source text beside it, from its heading to the next", () => {
    const i = parsed.insatser.find((x) => x.nummer === '4.1.1')!;
    expect(i.source.text.startsWith('4.1.1. Akutboendet')).toBe(true);
    expect(i.source.text).toContain('Sollidenvägen 13');
    expect(i.source.text).not.toContain('4.2.1');
    expect(i.sections.map((s) => s.label)).toEqual(['Målgrupp och villkor', 'Villkor', 'Motivering', 'Innehåll och genomförande', 'Dokumentation']);
  });
});

describe('seed 002 Alingsås', () => {
  const parsed = parseCatalogueDocument(ALINGSAS_TEXT, { kommunHint: 'Alingsås' });

  it('finds the 25 insatser and matches the hand-written expectation, decision metadata included', () => {
    expect(parsed.insatser).toHaveLength(25);
    expectMatchesFixture(parsed, 'alingsas');
    expect(parsed.decision?.complete).toBe(true);
  });

  it('groups by kategori and leaves the legal introduction (2.2.1, 2.4.2 …) out', () => {
    expect(parsed.grouping).toBe('kategori');
    expect(parsed.kategorier).toEqual(loadFixture('alingsas').kategorier);
    expect(parsed.insatser.some((i) => i.content.namn.startsWith('Insatser utan individuell'))).toBe(false);
  });

  it("reads Familjebehandling's nine methods with målgrupp and omfattning as written", () => {
    const got = parsed.insatser.find((i) => i.nummer === '3.4.4')!.content.metoder;
    const want = loadFixture('alingsas').insatser.find((i) => i.nummer === '3.4.4')!.content.metoder;
    expect(got.map((m) => [m.namn, m.malgrupp, m.omfattning])).toEqual(want.map((m) => [m.namn, m.malgrupp, m.omfattning]));
  });

  it('drops struck text and keeps the bold replacement', () => {
    expect(parsed.stats.struck).toBe(4);
    expect(parsed.warnings.some((w) => w.code === 'struck_text')).toBe(true);
  });

  it('gives the same result with or without the configured kommun', () => {
    const without = parseCatalogueDocument(ALINGSAS_TEXT);
    expect(without.insatser.map((i) => i.content.villkor.map((v) => v.kommun))).toEqual(parsed.insatser.map((i) => i.content.villkor.map((v) => v.kommun)));
  });
});
