// The risk- och konsekvensanalys model (shared/domain/rka.ts): schema, completeness, risk matrix.
import { describe, it, expect } from 'vitest';
import {
  AVIDENTIFIERADE_UPPGIFTER,
  AVIDENTIFIERADE_UPPGIFTER_LABELS,
  KONSEKVENS_LABELS,
  RKA_SECTIONS,
  RKA_SECTION_LABELS,
  SANNOLIKHET_LABELS,
  SARSKILDA_SKAL,
  SARSKILDA_SKAL_LABELS,
  emptyRka,
  riskMatrix,
  riskNiva,
  riskScore,
  rkaContentSchema,
  rkaMissingSections,
  type RkaContent,
} from '../../shared/domain/rka';
import { isIsoDate } from '../../shared/domain/dates';

/** Alingsås 3.3.1 Aktivitetshus Gläntan: a completed analysis for a mötesplats. */
function glantanRka(patch: Partial<RkaContent> = {}): RkaContent {
  return {
    ...emptyRka(),
    syfteOchKaraktar: 'Nykter och drogfri mötesplats som bryter social isolering.',
    malgruppOchAnonymitet: 'Vuxna 18–65 år med egenupplevd psykisk ohälsa; anonymitet sänker tröskeln.',
    sarskildaSkal: { val: ['motesplats_traffpunkt'], egenText: '' },
    behovIndividuppfoljning: 'Verksamheten följs upp med besöksstatistik.',
    risker: [{ beskrivning: 'Oro för en deltagare kan inte följas upp.', sannolikhet: 2, konsekvens: 3, atgard: 'Informera om rätten att ansöka.' }],
    avvagning: {
      utfall: 'undantag_motiverat',
      text: 'Skälen för att göra undantag från dokumentationskravet väger tyngre än behoven att kunna följa upp insatsen på individnivå.',
    },
    deltagare: 'Enhetschef och verksamhetsutvecklare.',
    datum: '2025-08-20',
    ...patch,
  };
}

const sections = (rka: RkaContent, reachesUnder18 = false) => rkaMissingSections(rka, { reachesUnder18 }).map((m) => m.section);

describe('schema', () => {
  it('en tom analys är giltig och har alla avidentifierade uppgifter valda', () => {
    const empty = emptyRka();
    expect(rkaContentSchema.parse(empty)).toEqual(empty);
    expect(empty.avidentifieradeUppgifter).toEqual([...AVIDENTIFIERADE_UPPGIFTER]);
  });

  it('ett tomt objekt (äldre lagrad analys) fylls ut till en tom analys', () => {
    expect(rkaContentSchema.parse({})).toEqual(emptyRka());
  });

  it('emptyRka ger en ny kopia varje gång', () => {
    const a = emptyRka();
    a.avidentifieradeUppgifter.pop();
    a.sarskildaSkal.val.push('prostitution');
    expect(emptyRka().avidentifieradeUppgifter).toHaveLength(6);
    expect(emptyRka().sarskildaSkal.val).toEqual([]);
  });

  it('en färdig analys klarar schemat', () => {
    expect(rkaContentSchema.safeParse(glantanRka()).success).toBe(true);
  });

  it.each([
    ['sannolikhet 5', { risker: [{ beskrivning: 'r', sannolikhet: 5, konsekvens: 1, atgard: '' }] }, /mellan 1 och 4/],
    ['konsekvens 0', { risker: [{ beskrivning: 'r', sannolikhet: 1, konsekvens: 0, atgard: '' }] }, /mellan 1 och 4/],
    ['nivå 2.5', { risker: [{ beskrivning: 'r', sannolikhet: 2.5, konsekvens: 1, atgard: '' }] }, /heltal/],
    ['okänt skäl', { sarskildaSkal: { val: ['okant'], egenText: '' } }, /Okänt särskilt skäl/],
    ['dubblerat skäl', { sarskildaSkal: { val: ['prostitution', 'prostitution'], egenText: '' } }, /flera gånger/],
    ['okänt utfall', { avvagning: { utfall: 'kanske', text: '' } }, /Okänt utfall/],
    ['ogiltigt datum', { datum: '2025-02-30' }, /ÅÅÅÅ-MM-DD/],
    ['datum i fel format', { datum: '20/8 2025' }, /ÅÅÅÅ-MM-DD/],
    ['okänd uppgift', { avidentifieradeUppgifter: ['personnummer'] }, /Okänd avidentifierad uppgift/],
  ])('avvisar %s med svenskt felmeddelande', (_name, patch, message) => {
    const result = rkaContentSchema.safeParse({ ...emptyRka(), ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join(' ')).toMatch(message);
  });

  it('har svenska etiketter för alla val', () => {
    for (const s of SARSKILDA_SKAL) expect(SARSKILDA_SKAL_LABELS[s]).toBeTruthy();
    for (const u of AVIDENTIFIERADE_UPPGIFTER) expect(AVIDENTIFIERADE_UPPGIFTER_LABELS[u]).toBeTruthy();
    for (const s of RKA_SECTIONS) expect(RKA_SECTION_LABELS[s]).toBeTruthy();
    expect(Object.values(SANNOLIKHET_LABELS)).toEqual(['Låg', 'Medel', 'Hög', 'Mycket hög']);
    expect(Object.values(KONSEKVENS_LABELS)).toEqual(['Liten', 'Måttlig', 'Allvarlig', 'Mycket allvarlig']);
  });

  it.each([
    ['2025-08-20', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['', false],
  ])('isIsoDate(%s) = %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('rkaMissingSections', () => {
  it('en färdig analys saknar inget', () => {
    expect(rkaMissingSections(glantanRka(), { reachesUnder18: false })).toEqual([]);
  });

  it('en tom analys saknar allt utom barnets bästa och de förvalda uppgifterna', () => {
    expect(sections(emptyRka())).toEqual([
      'syfteOchKaraktar',
      'malgruppOchAnonymitet',
      'sarskildaSkal',
      'behovIndividuppfoljning',
      'risker',
      'avvagning',
      'avvagning',
      'deltagare',
      'datum',
    ]);
    for (const m of rkaMissingSections(emptyRka(), { reachesUnder18: false })) expect(m.message).toMatch(/^[A-ZÅÄÖ]/);
  });

  it.each<[string, Partial<RkaContent>, string, RegExp]>([
    ['blankt syfte', { syfteOchKaraktar: '   ' }, 'syfteOchKaraktar', /syfte och karaktär/],
    ['inga särskilda skäl', { sarskildaSkal: { val: [], egenText: '' } }, 'sarskildaSkal', /särskilt skäl/],
    ['inga risker', { risker: [] }, 'risker', /minst en risk/],
    ['risk utan beskrivning', { risker: [{ beskrivning: '', sannolikhet: 1, konsekvens: 1, atgard: '' }] }, 'risker', /Risk 1 saknar beskrivning/],
    ['inget utfall', { avvagning: { utfall: null, text: 'Slutsats.' } }, 'avvagning', /Ta ställning/],
    ['ingen slutsats', { avvagning: { utfall: 'undantag_motiverat', text: '' } }, 'avvagning', /Bedömning särskilda skäl/],
    ['inga avidentifierade uppgifter', { avidentifieradeUppgifter: [] }, 'avidentifieradeUppgifter', /avidentifierade uppgifter/],
    ['inga deltagare', { deltagare: '' }, 'deltagare', /deltagit/],
    ['inget datum', { datum: '' }, 'datum', /datum/],
    ['ogiltigt datum', { datum: '2025-02-30' }, 'datum', /ÅÅÅÅ-MM-DD/],
  ])('%s', (_name, patch, section, message) => {
    const missing = rkaMissingSections(glantanRka(patch), { reachesUnder18: false });
    expect(missing).toHaveLength(1);
    expect(missing[0].section).toBe(section);
    expect(missing[0].message).toMatch(message);
  });

  it('särskilt skäl i egen text räcker', () => {
    expect(sections(glantanRka({ sarskildaSkal: { val: [], egenText: 'Målgruppen undviker registrering.' } }))).toEqual([]);
  });

  it('barnets bästa krävs bara när insatsen når barn under 18 år', () => {
    expect(sections(glantanRka(), false)).toEqual([]);
    expect(sections(glantanRka(), true)).toEqual(['barnetsBasta']);
    expect(sections(glantanRka({ barnetsBasta: 'Anonymiteten sänker tröskeln för unga.' }), true)).toEqual([]);
  });

  it('ett negativt utfall är en färdig analys (slutsatsen är att undantag inte är motiverat)', () => {
    expect(sections(glantanRka({ avvagning: { utfall: 'undantag_ej_motiverat', text: 'Uppföljning väger tyngre.' } }))).toEqual([]);
  });
});

describe('risker', () => {
  it.each([
    [1, 1, 1, 'lag'],
    [1, 3, 3, 'lag'],
    [2, 2, 4, 'medel'],
    [2, 3, 6, 'medel'],
    [2, 4, 8, 'hog'],
    [3, 3, 9, 'hog'],
    [3, 4, 12, 'mycket_hog'],
    [4, 4, 16, 'mycket_hog'],
  ] as const)('sannolikhet %i × konsekvens %i = %i (%s)', (sannolikhet, konsekvens, score, niva) => {
    expect(riskScore({ sannolikhet, konsekvens })).toBe(score);
    expect(riskNiva(score)).toBe(niva);
  });

  it('riskmatrisen är 4×4 och placerar riskerna efter sannolikhet och konsekvens', () => {
    const grid = riskMatrix([
      { sannolikhet: 2, konsekvens: 3 },
      { sannolikhet: 4, konsekvens: 1 },
      { sannolikhet: 2, konsekvens: 3 },
      { sannolikhet: 1, konsekvens: 4 },
    ]);
    expect(grid).toHaveLength(4);
    for (const row of grid) expect(row).toHaveLength(4);
    expect(grid[1][2]).toEqual([0, 2]);
    expect(grid[3][0]).toEqual([1]);
    expect(grid[0][3]).toEqual([3]);
    expect(grid.flat().flat().sort()).toEqual([0, 1, 2, 3]);
  });

  it('riskmatrisen utan risker är tom och hoppar över ogiltiga nivåer', () => {
    expect(
      riskMatrix([])
        .flat()
        .every((cell) => cell.length === 0),
    ).toBe(true);
    expect(
      riskMatrix([
        { sannolikhet: 5, konsekvens: 1 },
        { sannolikhet: 1, konsekvens: 1 },
      ])
        .flat()
        .flat(),
    ).toEqual([1]);
  });
});
