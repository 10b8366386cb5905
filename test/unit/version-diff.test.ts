// The redline between two versions: plain fields word by word, metoder and villkor item by item.
import { describe, expect, it } from 'vitest';
import { diffContent, type NameLookup } from '../../shared/domain/diff';
import { emptyInsatsContent, type InsatsContent } from '../../shared/domain/insats';
import { loadFixture } from '../fixtures/load-fixture';

const names: NameLookup = { enhet: (id) => (id === 1 ? 'Nexus' : ''), kategori: () => '' };

function familjebehandling(): InsatsContent {
  const insats = loadFixture('alingsas').insatser.find((i) => i.nummer === '3.4.4')!;
  return { ...insats.content, enhetId: null, kategoriId: null };
}

describe('versionsjämförelse', () => {
  it('jämför metoder en och en efter namn', () => {
    const before = familjebehandling();
    const after = structuredClone(before);
    const trappan = after.metoder.find((m) => m.namn === 'Trappan')!;
    trappan.omfattning = '3–10 samtal';
    after.metoder = after.metoder.filter((m) => m.namn !== 'Hela Barn');
    after.metoder.push({ namn: 'Föräldraskap i Sverige', beskrivning: 'Samhällsinformation.', malgrupp: 'Nyanlända föräldrar.', omfattning: '4 träffar' });
    const changes = diffContent(before, after, names);
    expect(changes.map((c) => c.label)).toEqual(['Metod ”Trappan”', 'Metod ”Hela Barn”', 'Metod ”Föräldraskap i Sverige”']);
    const [changed, removed, added] = changes;
    // Only what differs is marked; the unchanged "3" and "samtal" stay plain.
    expect(changed.parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['- 8']);
    expect(changed.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['–10']);
    expect(
      changed.parts
        .filter((p) => !p.added && !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toContain('Omfattning: 3');
    expect(removed.after).toBe('');
    expect(added.before).toBe('');
    expect(added.after).toContain('Omfattning: 4 träffar');
  });

  it('jämför villkor efter typ och visar en ändrad motivering', () => {
    const before: InsatsContent = {
      ...emptyInsatsContent('CRA'),
      enhetId: 1,
      villkor: [
        { typ: 'alder', text: 'Fyllt 18 år.', motivering: 'Vuxna.', alderMin: 18, alderMax: null, kommun: '', undantag: '', tidigareInsats: '', dokument: '' },
        {
          typ: 'folkbokford',
          text: 'Folkbokförd.',
          motivering: 'Kommunens ansvar.',
          alderMin: null,
          alderMax: null,
          kommun: 'Östersund',
          undantag: '',
          tidigareInsats: '',
          dokument: '',
        },
      ],
    };
    const after = structuredClone(before);
    after.villkor.reverse();
    after.villkor[0].undantag = 'En natt för den som inte är folkbokförd.';
    const changes = diffContent(before, after, names);
    expect(changes.map((c) => [c.field, c.label])).toEqual([['villkor:folkbokford', 'Villkor: Folkbokförd i kommunen']]);
    expect(
      changes[0].parts
        .filter((p) => p.added)
        .map((p) => p.value)
        .join(''),
    ).toContain('undantag: En natt för den som inte är folkbokförd.');
  });

  it('säger ingenting när inget har ändrats', () => {
    expect(diffContent(familjebehandling(), familjebehandling(), names)).toEqual([]);
  });
});
