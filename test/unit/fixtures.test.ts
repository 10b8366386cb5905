// The hand-written seed catalogues: they parse with the portable schema and hold what the seed documents say.
import { describe, it, expect } from 'vitest';
import { loadFixture } from '../fixtures/load-fixture';
import type { PortableCatalogue, PortableInsats } from '../../shared/domain/portable';

function byNummer(cat: PortableCatalogue, nummer: string): PortableInsats {
  const found = cat.insatser.find((i) => i.nummer === nummer);
  if (!found) throw new Error(`Insats ${nummer} saknas`);
  return found;
}

function allText(insats: PortableInsats): string {
  const c = insats.content;
  return [
    c.namn,
    c.innehall,
    c.malgrupp,
    c.aktualisering.text,
    c.dokumentation.anteckningar,
    ...c.metoder.flatMap((m) => [m.namn, m.beskrivning, m.malgrupp, m.omfattning]),
    ...c.villkor.flatMap((v) => [v.text, v.motivering, v.undantag, v.tidigareInsats, v.dokument]),
  ].join('\n');
}

const OSTERSUND_NUMMER = [
  '2.1.1',
  '2.2.1',
  '2.2.2',
  '3.1.1',
  '3.2.1',
  '4.1.1',
  '4.2.1',
  '4.3.1',
  '4.3.2',
  '4.4.1',
  '4.4.2',
  '4.4.3',
  '4.4.4',
  '4.4.5',
  '4.4.6',
  '4.5.1',
  '4.5.2',
  '4.5.3',
  '4.5.4',
  '4.5.5',
  '4.5.6',
  '4.5.7',
  '4.5.8',
  '4.5.9',
  '4.5.10',
  '4.5.11',
  '4.5.12',
  '4.5.13',
  '4.6.1',
];

const ALINGSAS_NUMMER = [
  '3.1.1',
  '3.1.2',
  '3.1.3',
  '3.1.4',
  '3.1.5',
  '3.1.6',
  '3.1.7',
  '3.1.8',
  '3.1.9',
  '3.1.10',
  '3.1.11',
  '3.1.12',
  '3.1.13',
  '3.2.1',
  '3.2.2',
  '3.2.3',
  '3.2.4',
  '3.3.1',
  '3.4.1',
  '3.4.2',
  '3.4.3',
  '3.4.4',
  '3.4.5',
  '3.4.6',
  '3.4.7',
];

describe('Östersund (seed 001)', () => {
  const cat = loadFixture('ostersund');

  it('parses and carries the catalogue header', () => {
    expect(cat.format).toBe('iub-katalogen/1');
    expect(cat.kommun).toBe('Östersund');
    expect(cat.namnd).toBe('Social- och arbetsmarknadsnämnden');
    expect(cat.beslut).toBeNull();
    expect(cat.kategorier).toEqual([]);
    expect(cat.sektorer.map((s) => s.namn)).toEqual(['KAF (Kompetens, Arbete, Försörjning)', 'BUV - Barn, Ungdom, Vuxen', 'Öppenvård']);
    expect(cat.sektorer[2].enheter).toEqual(['Björkebo', 'Bostad Först', 'Familjestöd Bryggan', 'Familjelotsen', 'Nexus', 'Strukturerat Ungdomsstöd']);
  });

  it('has the 29 insatser in document order', () => {
    expect(cat.insatser).toHaveLength(29);
    expect(cat.insatser.map((i) => i.nummer)).toEqual(OSTERSUND_NUMMER);
  });

  it('places every insats under a sektor and enhet that the catalogue lists', () => {
    for (const i of cat.insatser) {
      expect(i.kategori).toBeNull();
      const sektor = cat.sektorer.find((s) => s.namn === i.sektor);
      expect(sektor, `${i.nummer} sektor`).toBeDefined();
      expect(sektor!.enheter).toContain(i.enhet);
    }
    expect(byNummer(cat, '2.1.1')).toMatchObject({ sektor: 'KAF (Kompetens, Arbete, Försörjning)', enhet: 'Arbetsmarknad' });
  });

  it('keeps 2.2.1 BoSoL, which has no body in the seed, empty', () => {
    const bosol = byNummer(cat, '2.2.1');
    expect(bosol.content.namn).toBe('BoSoL');
    expect(bosol.enhet).toBe('Försörjning');
    expect(bosol.content).toMatchObject({
      innehall: '',
      malgrupp: '',
      malgruppAlder: null,
      metoder: [],
      villkor: [],
      form: null,
      aktualisering: { kanaler: [], text: '' },
      dokumentation: { regim: '14:3', system: '', anteckningar: '' },
      uppfoljning: { typ: null, text: '' },
    });
  });

  it('uses the TOC name for 2.2.2 Vräkningsförebyggande arbete (14:4)', () => {
    const i = byNummer(cat, '2.2.2');
    expect(i.content.namn).toBe('Vräkningsförebyggande arbete');
    expect(i.content.dokumentation.regim).toBe('14:4');
    expect(i.content.aktualisering.kanaler).toContain('kundcenter');
  });

  it('2.1.1 Arbetsmarknadsinsatser: 18–65 år, folkbokförd i Östersund, 14:3', () => {
    const c = byNummer(cat, '2.1.1').content;
    expect(c.namn).toBe('Arbetsmarknadsinsatser');
    expect(c.malgruppAlder).toEqual({ min: 18, max: 65 });
    expect(c.villkor.find((v) => v.typ === 'alder')).toMatchObject({ alderMin: 18, alderMax: 65 });
    expect(c.villkor.find((v) => v.typ === 'alder')!.motivering).toContain('etablering i arbetslivet');
    expect(c.villkor.find((v) => v.typ === 'folkbokford')).toMatchObject({ kommun: 'Östersund' });
    expect(c.dokumentation.regim).toBe('14:3');
    expect(c.metoder.map((m) => m.namn)).toEqual(['ACT-samtal (Acceptance and Commitment Training) i grupp', 'Praktik', 'Unga i huset', 'STARTA']);
    expect(c.aktualisering.kanaler).toContain('sjalvremiss');
    expect(c.form).toBe('bada');
  });

  it('3.1.1 BRA-samtal: 7–18 år, samtycke under 15 and lämplighetsbedömning 15–17, 14:4', () => {
    const c = byNummer(cat, '3.1.1').content;
    expect(c.namn).toBe('BRA-samtal (Barns Rätt som Anhörig)');
    expect(c.malgruppAlder).toEqual({ min: 7, max: 18 });
    expect(c.villkor.find((v) => v.typ === 'alder')).toMatchObject({ alderMin: 7, alderMax: 18 });
    expect(c.villkor.find((v) => v.typ === 'samtycke')!.text).toContain('samtycke från vårdnadshavare');
    expect(c.villkor.find((v) => v.typ === 'lamplighetsbedomning')!.text).toContain('utan föräldrars samtycke');
    expect(c.villkor.some((v) => v.typ === 'folkbokford' && v.kommun === 'Östersund')).toBe(true);
    expect(c.dokumentation.regim).toBe('14:4');
  });

  it('4.1.1 Akutboendet: one night for those not folkbokförda is the undantag', () => {
    const c = byNummer(cat, '4.1.1').content;
    const folk = c.villkor.find((v) => v.typ === 'folkbokford')!;
    expect(folk.kommun).toBe('Östersund');
    expect(folk.undantag).not.toBe('');
    expect(folk.undantag).toContain('En natt');
    expect(c.villkor.find((v) => v.typ === 'alder')).toMatchObject({ alderMin: 18, alderMax: null });
  });

  it('4.2.1 Utflyttningsstöd requires Bostad Först as a prior insats', () => {
    const c = byNummer(cat, '4.2.1').content;
    expect(c.villkor.find((v) => v.typ === 'tidigareInsats')).toMatchObject({ tidigareInsats: 'Bostad Först' });
    expect(c.villkor.find((v) => v.typ === 'alder')).toMatchObject({ alderMin: 21, alderMax: null });
    expect(cat.insatser.some((i) => allText(i).includes('Bostad Först'))).toBe(true);
  });

  it('4.3.2 Booster requires an earlier insats at Bryggan', () => {
    const c = byNummer(cat, '4.3.2').content;
    expect(c.villkor).toHaveLength(1);
    expect(c.villkor[0]).toMatchObject({ typ: 'tidigareInsats', tidigareInsats: 'Bryggan' });
    expect(c.villkor[0].motivering).not.toBe('');
  });

  it('records documentation regimes as the seed states them', () => {
    const rad = cat.insatser.filter((i) => i.content.dokumentation.regim === '14:4').map((i) => i.nummer);
    expect(rad).toEqual(['2.2.2', '3.1.1', '3.2.1', '4.5.1', '4.5.13', '4.6.1']);
    expect(cat.insatser.some((i) => i.content.dokumentation.regim === '14:5')).toBe(false);
    expect(cat.insatser.every((i) => i.bedomningSarskildaSkal === '')).toBe(true);
  });

  it('every child insats under 15 carries samtycke, and 15–17 a lämplighetsbedömning where the seed made one', () => {
    for (const nummer of ['3.1.1', '4.4.4', '4.4.5', '4.4.6', '4.5.13', '4.6.1']) {
      const c = byNummer(cat, nummer).content;
      expect(c.malgruppAlder!.min, nummer).toBeLessThan(15);
      expect(
        c.villkor.some((v) => v.typ === 'samtycke'),
        nummer,
      ).toBe(true);
    }
    for (const nummer of ['3.1.1', '4.4.5', '4.4.6', '4.5.1', '4.5.11', '4.5.13', '4.6.1']) {
      expect(
        byNummer(cat, nummer).content.villkor.some((v) => v.typ === 'lamplighetsbedomning'),
        nummer,
      ).toBe(true);
    }
  });
});

describe('Alingsås (seed 002)', () => {
  const cat = loadFixture('alingsas');

  it('parses and carries the decision metadata header', () => {
    expect(cat.kommun).toBe('Alingsås');
    expect(cat.namnd).toBe('Socialnämnden');
    expect(cat.sektorer).toEqual([]);
    expect(cat.kategorier).toEqual(['Rådgivning', 'Anhörigstöd', 'Mötesplats', 'Individuellt riktade insatser']);
    expect(cat.beslut).toEqual({
      typAvStyrdokument: 'Riktlinjer',
      beslutandeInstans: 'Socialnämnden',
      datumForBeslut: '2025-09-16',
      diarienummer: '2025.053',
      paragraf: 37,
      gallerFor: 'Socialförvaltningen',
      giltigFran: '2025-10-01',
      giltigTill: null,
      reviderasSenast: '2026-12-31',
      dokumentansvarig: 'Verksamhetsutvecklare',
    });
  });

  it('has the 25 insatser in document order, each under a listed kategori', () => {
    expect(cat.insatser).toHaveLength(25);
    expect(cat.insatser.map((i) => i.nummer)).toEqual(ALINGSAS_NUMMER);
    for (const i of cat.insatser) {
      expect(i.sektor).toBeNull();
      expect(i.enhet).toBeNull();
      expect(cat.kategorier).toContain(i.kategori);
    }
    const kategoriOf = (prefix: string) => cat.insatser.filter((i) => i.nummer!.startsWith(prefix)).map((i) => i.kategori);
    expect(new Set(kategoriOf('3.1.'))).toEqual(new Set(['Rådgivning']));
    expect(new Set(kategoriOf('3.2.'))).toEqual(new Set(['Anhörigstöd']));
    expect(new Set(kategoriOf('3.4.'))).toEqual(new Set(['Individuellt riktade insatser']));
  });

  it('3.2.1 Anhörigstöd vid beroende: 14:5 with the särskilda skäl, CRAFT', () => {
    const i = byNummer(cat, '3.2.1');
    expect(i.content.namn).toBe('Anhörigstöd vid beroende');
    expect(i.content.dokumentation.regim).toBe('14:5');
    expect(i.bedomningSarskildaSkal).not.toBe('');
    expect(i.bedomningSarskildaSkal).toContain('anonymitet');
    expect(i.content.innehall).toContain('CRAFT');
    expect(i.content.metoder[0].namn).toBe('CRAFT');
    expect(i.content.uppfoljning.typ).toBe('besoksstatistik');
  });

  it('3.3.1 Aktivitetshus Gläntan is a Mötesplats under 14:5, 18–65 år', () => {
    const i = byNummer(cat, '3.3.1');
    expect(i.content.namn).toBe('Aktivitetshus Gläntan');
    expect(i.kategori).toBe('Mötesplats');
    expect(i.content.dokumentation.regim).toBe('14:5');
    expect(i.bedomningSarskildaSkal).not.toBe('');
    expect(i.content.malgruppAlder).toEqual({ min: 18, max: 65 });
    expect(i.content.villkor.find((v) => v.typ === 'alder')).toMatchObject({ alderMin: 18, alderMax: 65 });
  });

  it('every 14:5 insats has a bedömning av särskilda skäl, and no other insats has one', () => {
    const fem = cat.insatser.filter((i) => i.content.dokumentation.regim === '14:5');
    expect(fem.map((i) => i.nummer)).toEqual(['3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1']);
    for (const i of cat.insatser) {
      expect(i.bedomningSarskildaSkal !== '', String(i.nummer)).toBe(i.content.dokumentation.regim === '14:5');
    }
  });

  it('3.4.4 Familjebehandling carries the nine methods of the seed, each with its omfattning', () => {
    const c = byNummer(cat, '3.4.4').content;
    // The brief spoke of eight; the seed lists nine (COS … COPE), all with an omfattning,
    // and all but "Psykosocialt stöd- och förändringsarbete" with a målgrupp of their own.
    expect(c.metoder.map((m) => m.namn)).toEqual([
      'Cirkel of security (COS)',
      'Funktionell familjeterapi (FFT)',
      'Nonviolent resistance (NVR)',
      'Psykosocialt stöd- och förändringsarbete',
      'Möta pappor/föräldrar med våldsproblematik (MPV)',
      'Trappan',
      'Tryggare barn',
      'Hela Barn',
      'Community Parent Education (COPE)',
    ]);
    for (const m of c.metoder) {
      expect(m.omfattning, m.namn).not.toBe('');
      expect(m.beskrivning, m.namn).not.toBe('');
    }
    expect(c.metoder.filter((m) => m.malgrupp === '').map((m) => m.namn)).toEqual(['Psykosocialt stöd- och förändringsarbete']);
    expect(c.metoder[0]).toMatchObject({ malgrupp: 'Föräldrar med barn 4 mån-6 år.', omfattning: '8-10 träffar' });
    expect(c.dokumentation).toEqual({
      regim: '14:3',
      system: 'Lifecare IFO',
      anteckningar: 'Dokumenteras enligt 14 kap. 3 § socialtjänstlagen i verksamhetssystemet Lifecare IFO.',
    });
    expect(c.uppfoljning.typ).toBe('individbaserad');
  });

  it('every insats whose dokumentation text cites 14 kap. 4 § has regim 14:4, likewise 3 § and 5 §', () => {
    for (const i of cat.insatser) {
      const text = i.content.dokumentation.anteckningar;
      const cited = /14 kap\. (\d) §/.exec(text);
      expect(cited, String(i.nummer)).not.toBeNull();
      expect(i.content.dokumentation.regim, String(i.nummer)).toBe(`14:${cited![1]}`);
    }
    const rad = cat.insatser.filter((i) => i.content.dokumentation.regim === '14:4');
    expect(rad.map((i) => i.nummer)).toEqual(ALINGSAS_NUMMER.filter((n) => n.startsWith('3.1.')));
    expect(rad.every((i) => i.kategori === 'Rådgivning')).toBe(true);
  });

  it('3.4.5 Mini Maria documents in UNGDOK; villkor 15–21 år while the målgrupp says 13–21', () => {
    const c = byNummer(cat, '3.4.5').content;
    expect(c.dokumentation.system).toBe('UNGDOK');
    expect(c.malgruppAlder).toEqual({ min: 13, max: 21 });
    expect(c.villkor).toEqual([expect.objectContaining({ typ: 'alder', alderMin: 15, alderMax: 21 })]);
  });

  it('3.1.12 Medling vid ungas konflikter: upp till 18 år (max 17) with vårdnadshavares samtycke', () => {
    const c = byNummer(cat, '3.1.12').content;
    expect(c.malgruppAlder).toEqual({ min: null, max: 17 });
    expect(c.villkor.map((v) => v.typ)).toEqual(['alder', 'samtycke']);
  });

  it('every folkbokförd villkor names Alingsås', () => {
    const folk = cat.insatser.flatMap((i) => i.content.villkor.filter((v) => v.typ === 'folkbokford'));
    expect(folk.length).toBeGreaterThan(20);
    expect(folk.every((v) => v.kommun === 'Alingsås')).toBe(true);
  });
});
