// The legal check engine (shared/rules): every rule with a passing and a failing case, drawn from the
// seed catalogues (Östersund 001, Alingsås 002).
import { describe, it, expect } from 'vitest';
import type { InsatsContent, Villkor } from '../../shared/domain/insats';
import { emptyRka, type RkaContent } from '../../shared/domain/rka';
import { braSamtal, folkbokford, glantan, glantanRka, insats, villkor } from '../support/seed-insatser';
import { accessAgeSpan, checkInsats, hasBlocking, isDismissible, reachesUnder18, type CheckInput, type Finding } from '../../shared/rules/check-insats';
import { EXCLUDED_KINDS } from '../../shared/rules/excluded-kinds';
import { isRadgivningKategori } from '../../shared/rules/documentation';
import { DISMISSIBLE_RULE_IDS } from '../../shared/rules/findings';
import { RULE_IDS, RULE_TITLES } from '../../shared/rules/rule-info';
import { loadFixture } from '../fixtures/load-fixture';

// ---------- builders ----------

function input(content: InsatsContent, patch: Partial<CheckInput> = {}): CheckInput {
  return { content, kategoriNamn: null, rka: null, policy: { requireFolkbokforing: false }, dismissed: [], ...patch };
}

const complete = (content: RkaContent = glantanRka()) => ({ content, complete: true });

const ids = (findings: Finding[]) => findings.map((f) => f.ruleId);
const find = (findings: Finding[], ruleId: string) => findings.find((f) => f.ruleId === ruleId);

// ---------- the seed scenarios the brief names ----------

describe('seed scenarios', () => {
  it('Östersund BRA-samtal 7–18 år med samtycke och lämplighetsbedömning 15–17 passerar', () => {
    const findings = checkInsats(input(braSamtal(), { kategoriNamn: 'Rådgivning' }));
    expect(findings).toEqual([]);
    expect(hasBlocking(findings)).toBe(false);
  });

  it('Östersund BRA-samtal utan kategori (Östersund grupperar per enhet) passerar med en varning om kategori', () => {
    const findings = checkInsats(input(braSamtal()));
    expect(hasBlocking(findings)).toBe(false);
    expect(ids(findings)).toEqual(['doc-14-4-no-kategori']);
  });

  it('samma BRA-samtal utan samtyckesvillkoret spärras', () => {
    const content = braSamtal();
    content.villkor = content.villkor.filter((v) => v.typ !== 'samtycke');
    const findings = checkInsats(input(content, { kategoriNamn: 'Rådgivning' }));
    expect(hasBlocking(findings)).toBe(true);
    expect(find(findings, 'child-under-15-consent')).toMatchObject({ severity: 'block', field: 'villkor' });
    // 15–17 are still covered by the recorded lämplighetsbedömning.
    expect(find(findings, 'child-15-17-assessment')).toBeUndefined();
  });

  it('ett förslag med namnet "Kontaktperson" spärras', () => {
    const findings = checkInsats(input(insats('Kontaktperson')));
    expect(find(findings, 'excluded-kind')).toMatchObject({ severity: 'block', field: 'namn', reference: '11 kap. 5 § SoL' });
    expect(hasBlocking(findings)).toBe(true);
  });

  it('Alingsås Aktivitetshus Gläntan (Mötesplats) med 14 kap. 4 § spärras', () => {
    const findings = checkInsats(input(glantan('14:4'), { kategoriNamn: 'Mötesplats' }));
    const f = find(findings, 'doc-14-4-not-radgivning');
    expect(f).toMatchObject({ severity: 'block', field: 'dokumentation.regim', reference: '14 kap. 4 § SoL' });
    expect(f?.message).toMatch(/mötesplats eller träffpunkt är inte rådgivning/);
  });

  it('Alingsås Aktivitetshus Gläntan med 14 kap. 5 § och färdig RKA (mötesplats/träffpunkt) passerar', () => {
    const findings = checkInsats(input(glantan('14:5'), { kategoriNamn: 'Mötesplats', rka: complete() }));
    expect(findings).toEqual([]);
  });

  it('ett avfärdat falskt larm med motivering blir information i stället för spärr', () => {
    const content = insats('Träffpunkt för kontaktpersoner och kontaktfamiljer');
    const before = checkInsats(input(content));
    expect(find(before, 'excluded-kind')?.severity).toBe('block');

    const reason = 'Träffpunkten riktar sig till uppdragstagarna själva; insatsen är inte kontaktperson.';
    const after = checkInsats(input(content, { dismissed: [{ ruleId: 'excluded-kind', reason }] }));
    const f = find(after, 'excluded-kind');
    expect(f?.severity).toBe('info');
    expect(f?.message).toContain(reason);
    expect(f?.message).toMatch(/^Avfärdad som falskt larm/);
    expect(hasBlocking(after)).toBe(false);
  });
});

// ---------- every rule: a passing and a failing case ----------

interface RuleCase {
  name: string;
  input: CheckInput;
}

interface RuleTable {
  ruleId: string;
  severity: Finding['severity'];
  field: string;
  fails: RuleCase;
  passes: RuleCase;
}

const withVillkor = (c: InsatsContent, replace: (v: Villkor[]) => Villkor[]): InsatsContent => ({ ...c, villkor: replace(c.villkor) });

const RULES: RuleTable[] = [
  {
    ruleId: 'excluded-kind',
    severity: 'block',
    field: 'namn',
    fails: { name: 'namnet "Kontaktperson"', input: input(insats('Kontaktperson')) },
    passes: { name: 'Alingsås Boendecoachning', input: input(insats('Boendecoachning')) },
  },
  {
    ruleId: 'excluded-kind-unanswered',
    severity: 'block',
    field: 'innehall',
    fails: { name: 'HVB bara i innehållet', input: input(insats('Stöd i vardagen', { innehall: 'Vistelse dygnet runt på ett HVB för unga.' })) },
    passes: {
      name: 'samma insats besvarad: inte en placering',
      input: input(insats('Stöd i vardagen', { innehall: 'Vistelse dygnet runt på ett HVB för unga.' }), {
        kindAnswers: [{ kindId: 'placering-unga', answer: 'ar_inte', reason: 'Insatsen är samtal med personalen på HVB, ingen placering.' }],
      }),
    },
  },
  {
    ruleId: 'excluded-kind-borderline',
    severity: 'warn',
    field: 'namn',
    fails: {
      name: 'skyddat boende för vuxna från 21 år',
      input: input(insats('Skyddat boende', { villkor: [villkor('alder', 'Från 21 år.', { alderMin: 21, motivering: 'Vuxna.' })] })),
    },
    passes: { name: 'Alingsås Boendecoachning', input: input(insats('Boendecoachning')) },
  },
  {
    ruleId: 'doc-14-5-rka-no-grounds',
    severity: 'block',
    field: 'dokumentation.regim',
    fails: {
      name: 'RKA vars särskilda skäl säger att inga finns',
      input: input(glantan('14:5'), { rka: complete(glantanRka({ sarskildaSkal: { val: [], egenText: 'Inga särskilda skäl har identifierats.' } })) }),
    },
    passes: { name: 'RKA med särskilda skäl', input: input(glantan('14:5'), { rka: complete() }) },
  },
  {
    ruleId: 'villkor-age-no-bounds',
    severity: 'warn',
    field: 'villkor.0.alderMin',
    fails: { name: 'åldersvillkor utan gränser', input: input(insats('Samtalsgrupp', { villkor: [villkor('alder', 'Ålder.', { motivering: 'Ålder.' })] })) },
    passes: {
      name: 'åldersvillkor från 18 år',
      input: input(insats('Samtalsgrupp', { villkor: [villkor('alder', 'Från 18 år.', { alderMin: 18, motivering: 'Vuxna.' })] })),
    },
  },
  {
    ruleId: 'child-under-15-consent',
    severity: 'block',
    field: 'villkor',
    fails: {
      name: 'BRA-samtal utan samtycke',
      input: input(
        withVillkor(braSamtal(), (v) => v.filter((x) => x.typ !== 'samtycke')),
        { kategoriNamn: 'Rådgivning' },
      ),
    },
    passes: { name: 'BRA-samtal med samtycke', input: input(braSamtal(), { kategoriNamn: 'Rådgivning' }) },
  },
  {
    ruleId: 'child-15-17-assessment',
    severity: 'block',
    field: 'villkor',
    fails: {
      // Alingsås 3.4.5 Beroendestöd vid Mini Maria: villkor 15–21 år, no lämplighetsbedömning recorded.
      name: 'Mini Maria 15–21 år utan lämplighetsbedömning',
      input: input(
        insats('Beroendestöd vid Mini Maria', {
          villkor: [villkor('alder', 'Unga mellan 15 till 21 år.', { alderMin: 15, alderMax: 21, motivering: 'Mottagningens målgrupp.' })],
        }),
      ),
    },
    passes: {
      name: 'Mini Maria med lämplighetsbedömning',
      input: input(
        insats('Beroendestöd vid Mini Maria', {
          villkor: [
            villkor('alder', 'Unga mellan 15 till 21 år.', { alderMin: 15, alderMax: 21, motivering: 'Mottagningens målgrupp.' }),
            villkor('lamplighetsbedomning', 'Bedömning har gjorts att ungdomen kan ta del av insatsen utan föräldrars samtycke.'),
          ],
        }),
      ),
    },
  },
  {
    ruleId: 'doc-14-4-not-radgivning',
    severity: 'block',
    field: 'dokumentation.regim',
    fails: { name: 'Gläntan (Mötesplats) med 14:4', input: input(glantan('14:4'), { kategoriNamn: 'Mötesplats' }) },
    passes: {
      name: 'Alingsås Familjerådgivning (Rådgivning) med 14:4',
      input: input(insats('Familjerådgivning', { dokumentation: { regim: '14:4', system: '', anteckningar: '' } }), {
        kategoriNamn: 'Rådgivning',
      }),
    },
  },
  {
    ruleId: 'doc-14-4-no-kategori',
    severity: 'warn',
    field: 'kategoriId',
    fails: { name: 'BRA-samtal 14:4 utan kategori', input: input(braSamtal()) },
    passes: { name: 'BRA-samtal 14:4 i kategorin Rådgivning', input: input(braSamtal(), { kategoriNamn: 'Rådgivning' }) },
  },
  {
    ruleId: 'doc-14-4-motesplats',
    severity: 'warn',
    field: 'innehall',
    fails: {
      name: 'rådgivning som beskrivs som träffpunkt',
      input: input(
        insats('Anhörigstöd vid psykisk ohälsa', {
          innehall: 'Caféverksamhet, träffpunkt och telefonrådgivning på Gläntan.',
          dokumentation: { regim: '14:4', system: '', anteckningar: '' },
        }),
        { kategoriNamn: 'Rådgivning' },
      ),
    },
    passes: {
      name: 'Budget- och skuldrådgivning',
      input: input(
        insats('Budget- och skuldrådgivning', {
          innehall: 'Rådgivning om budget och skulder, individuellt.',
          dokumentation: { regim: '14:4', system: '', anteckningar: '' },
        }),
        { kategoriNamn: 'Rådgivning' },
      ),
    },
  },
  {
    ruleId: 'doc-14-5-no-rka',
    severity: 'block',
    field: 'dokumentation.regim',
    fails: { name: 'Gläntan 14:5 utan RKA', input: input(glantan('14:5'), { kategoriNamn: 'Mötesplats' }) },
    passes: { name: 'Gläntan 14:5 med färdig RKA', input: input(glantan('14:5'), { kategoriNamn: 'Mötesplats', rka: complete() }) },
  },
  {
    ruleId: 'doc-14-5-no-sarskilda-skal',
    severity: 'block',
    field: 'dokumentation.regim',
    fails: {
      name: 'RKA utan särskilda skäl',
      input: input(glantan('14:5'), { rka: complete(glantanRka({ sarskildaSkal: { val: [], egenText: '' } })) }),
    },
    passes: {
      name: 'RKA med särskilt skäl i egen text',
      input: input(glantan('14:5'), {
        rka: complete(glantanRka({ sarskildaSkal: { val: [], egenText: 'Målgruppen söker sig inte till verksamhet med registrering.' } })),
      }),
    },
  },
  {
    ruleId: 'doc-14-5-rka-negative',
    severity: 'block',
    field: 'dokumentation.regim',
    fails: {
      name: 'RKA som kommer fram till att undantag inte är motiverat',
      input: input(glantan('14:5'), {
        rka: complete(glantanRka({ avvagning: { utfall: 'undantag_ej_motiverat', text: 'Behovet av uppföljning väger tyngre.' } })),
      }),
    },
    passes: { name: 'RKA med undantag motiverat', input: input(glantan('14:5'), { rka: complete() }) },
  },
  {
    ruleId: 'doc-14-5-home-based',
    severity: 'warn',
    field: 'innehall',
    fails: {
      // Alingsås 3.4.2 Efter barnförhöret works through hembesök.
      name: 'insats med hembesök och 14:5',
      input: input(
        insats('Efter barnförhöret', {
          innehall: 'Familjebehandlare genomför hembesök och stödjande samtal med både förälder och barn.',
          dokumentation: { regim: '14:5', system: '', anteckningar: '' },
        }),
        { rka: complete() },
      ),
    },
    passes: { name: 'Gläntan', input: input(glantan('14:5'), { rka: complete() }) },
  },
  {
    ruleId: 'doc-14-5-recurring-talks',
    severity: 'warn',
    field: 'innehall',
    fails: {
      name: 'samtalsserie med 14:5',
      input: input(
        insats('Hela Barn', {
          innehall: 'En barnfokuserad samtalsserie med fem strukturerade samtal för föräldrar i konflikt.',
          dokumentation: { regim: '14:5', system: '', anteckningar: '' },
        }),
        { rka: complete() },
      ),
    },
    passes: { name: 'Gläntan', input: input(glantan('14:5'), { rka: complete() }) },
  },
  {
    ruleId: 'doc-14-5-blanket',
    severity: 'block',
    field: 'dokumentation.anteckningar',
    fails: {
      name: 'generellt undantag för alla insatser',
      input: input(glantan('14:5', { dokumentation: { regim: '14:5', system: '', anteckningar: 'Generellt undantag för samtliga insatser på enheten.' } }), {
        rka: complete(),
      }),
    },
    passes: { name: 'undantag för just Gläntan', input: input(glantan('14:5'), { rka: complete() }) },
  },
  {
    ruleId: 'villkor-assessment-wording',
    severity: 'warn',
    field: 'villkor.0.text',
    fails: {
      name: 'villkor som kräver bedömning',
      input: input(
        insats('Boendecoachning', {
          villkor: [villkor('ovrigt', 'Insatsen ges vid behov efter bedömning av utföraren.', { motivering: 'Riktad insats.' })],
        }),
      ),
    },
    passes: { name: 'Gläntans summariska villkor', input: input(glantan('14:3')) },
  },
  {
    ruleId: 'villkor-no-motivering',
    severity: 'warn',
    field: 'villkor.0.motivering',
    fails: {
      // Alingsås states its villkor without motivering.
      name: 'villkor utan motivering',
      input: input(insats('Beroendestöd', { villkor: [villkor('alder', 'Vuxna från 18 år.', { alderMin: 18 })] })),
    },
    passes: { name: 'Gläntans motiverade villkor', input: input(glantan('14:3')) },
  },
  {
    ruleId: 'no-uppfoljning',
    severity: 'warn',
    field: 'uppfoljning',
    fails: { name: 'utan uppföljning', input: input(insats('Vägledningscentrum', { uppfoljning: { typ: null, text: '' } })) },
    passes: {
      name: 'uppföljning i fritext',
      input: input(insats('Vägledningscentrum', { uppfoljning: { typ: null, text: 'Antal besök per månad.' } })),
    },
  },
  {
    ruleId: 'no-folkbokforing',
    severity: 'warn',
    field: 'villkor',
    fails: {
      name: 'riktlinjen kräver folkbokföring men villkoret saknas',
      input: input(insats('Booster efter avslutad insats'), { policy: { requireFolkbokforing: true } }),
    },
    passes: { name: 'Gläntan med folkbokföringsvillkor', input: input(glantan('14:3'), { policy: { requireFolkbokforing: true } }) },
  },
];

describe.each(RULES)('regel $ruleId', (rule) => {
  it(`slår till: ${rule.fails.name}`, () => {
    const f = find(checkInsats(rule.fails.input), rule.ruleId);
    expect(f).toMatchObject({ ruleId: rule.ruleId, severity: rule.severity, field: rule.field });
    expect(f?.message.length).toBeGreaterThan(20);
    expect(f?.reference).toMatch(/SoL|riktlinje/);
  });
  it(`slår inte till: ${rule.passes.name}`, () => {
    expect(ids(checkInsats(rule.passes.input))).not.toContain(rule.ruleId);
  });
});

describe('regeltabellen är komplett', () => {
  it('varje regel har ett fall som slår till och ett som inte gör det, och en svensk rubrik', () => {
    expect(RULES.map((r) => r.ruleId).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) expect(RULE_TITLES[id]).toMatch(/[a-zåäö]{3}/);
  });

  it('varje avfärdbar regel finns', () => {
    for (const id of DISMISSIBLE_RULE_IDS) expect(RULE_IDS).toContain(id);
  });

  it('motorn ger bara kända regel-id (alla fall i tabellen och hela seedkatalogerna)', () => {
    const produced = new Set<string>();
    for (const rule of RULES) for (const f of checkInsats(rule.fails.input)) produced.add(f.ruleId);
    for (const name of ['ostersund', 'alingsas'] as const) {
      for (const i of loadFixture(name).insatser) {
        for (const f of checkInsats(input({ ...i.content, enhetId: null, kategoriId: null }, { kategoriNamn: i.kategori }))) produced.add(f.ruleId);
      }
    }
    for (const id of produced) expect(RULE_IDS as readonly string[]).toContain(id);
  });
});

// ---------- excluded kinds: word forms, content-only, young people ----------

describe('undantagna insatstyper', () => {
  it.each([
    'Kontaktpersoner för unga',
    'KONTAKTPERSON',
    'Kvalificerad kontaktperson',
    'Kontaktfamiljen',
    'Familjehemmet Ekbacken',
    'Vård i familjehem',
    'LVM-hemmet',
    'Särskilda ungdomshem',
    'Jourhemmet',
    'HVB-hem för ensamkommande',
    'Skyddat boende',
    'Äldreboendet Solgården',
    'Särskilt boende',
    'Gruppbostad enligt LSS',
    'Vård i hem för viss annan heldygnsvård',
    'Ekonomiskt bistånd',
    'Försörjningsstöd',
  ])('spärrar namnet %s', (namn) => {
    const f = find(checkInsats(input(insats(namn))), 'excluded-kind');
    expect(f).toMatchObject({ severity: 'block', field: 'namn' });
  });

  it.each([
    'Boendestöd',
    'Boendecoachning',
    'Akutboendet',
    'Krisstöd placerat barn',
    'Stödgrupp för familjehemsplacerade barn',
    'Utbildning för familjehemsföräldrar',
    'Kontaktcenter för anhöriga',
    'Budget- och skuldrådgivning',
    'Särskilt boendestöd',
  ])('larmar inte på %s', (namn) => {
    expect(ids(checkInsats(input(insats(namn))))).not.toContain('excluded-kind');
  });

  it('spärrar på kategorin', () => {
    const f = find(checkInsats(input(insats('Stöd i vardagen'), { kategoriNamn: 'Kontaktfamiljer' })), 'excluded-kind');
    expect(f).toMatchObject({ severity: 'block', field: 'kategoriId' });
  });

  it('varnar (spärrar inte) när ordet bara finns i texten', () => {
    const content = insats('Stödgrupp Trädet', {
      innehall: 'Barnen träffas i grupp. Barn som bor i jourhem eller familjehem är välkomna.',
    });
    const f = find(checkInsats(input(content)), 'excluded-kind');
    expect(f).toMatchObject({ severity: 'warn', field: 'innehall' });
    expect(f?.message).toMatch(/jourhem|familjehem/);
  });

  it('känner igen ord i metodernas text', () => {
    const content = insats('Familjebehandling', {
      metoder: [{ namn: 'Nätverksarbete', beskrivning: 'Samarbete med kontaktpersonen.', malgrupp: '', omfattning: '' }],
    });
    expect(find(checkInsats(input(content)), 'excluded-kind')).toMatchObject({ severity: 'warn', field: 'metoder.0.beskrivning' });
  });

  it('stödboende m.fl. är undantagna bara för barn och unga upp till 21 år', () => {
    const adults = insats('Stödboendet Lyan', {
      villkor: [villkor('alder', 'Från 21 år.', { alderMin: 21, motivering: 'Vuxna.' })],
    });
    expect(ids(checkInsats(input(adults)))).not.toContain('excluded-kind');
    const young = insats('Stödboendet Lyan', {
      villkor: [villkor('alder', '18–20 år.', { alderMin: 18, alderMax: 20, motivering: 'Unga vuxna.' })],
    });
    expect(find(checkInsats(input(young)), 'excluded-kind')?.severity).toBe('block');
    // Unknown age counts as reaching young people.
    expect(find(checkInsats(input(insats('Skyddat boende'))), 'excluded-kind')?.severity).toBe('block');
  });

  it('rapporterar varje typ högst en gång', () => {
    const content = insats('Kontaktperson', { innehall: 'Kontaktpersonen träffar den unge. Kontaktpersoner rekryteras.' });
    expect(checkInsats(input(content)).filter((f) => f.ruleId === 'excluded-kind')).toHaveLength(1);
  });

  it('alla typer har mönster och en svensk beskrivning', () => {
    for (const kind of EXCLUDED_KINDS) {
      expect(kind.patterns.length).toBeGreaterThan(0);
      expect(kind.label).toMatch(/[a-zåäö]/);
    }
  });
});

// ---------- children ----------

describe('barn', () => {
  it('åldersvillkor styr tillgången före målgruppens ålder', () => {
    const content = insats('x', {
      malgruppAlder: { min: 7, max: 18 },
      villkor: [villkor('alder', 'Från 18 år.', { alderMin: 18 })],
    });
    expect(accessAgeSpan(content)).toEqual({ min: 18, max: 120 });
    expect(reachesUnder18(content)).toBe(false);
    expect(reachesUnder18(braSamtal())).toBe(true);
    expect(accessAgeSpan(insats('utan ålder'))).toBeNull();
    expect(reachesUnder18(insats('utan ålder'))).toBe(false);
  });

  it('ett samtycke som bara gäller 7–14 år täcker inte 15–17 år', () => {
    const content = withVillkor(braSamtal(), (v) => v.filter((x) => x.typ !== 'lamplighetsbedomning'));
    const findings = checkInsats(input(content, { kategoriNamn: 'Rådgivning' }));
    expect(ids(findings)).toEqual(['child-15-17-assessment']);
  });

  it('ett samtycke utan åldersgräns täcker alla barn', () => {
    const content = withVillkor(braSamtal(), (v) =>
      v.filter((x) => x.typ !== 'lamplighetsbedomning').map((x) => (x.typ === 'samtycke' ? { ...x, alderMin: null, alderMax: null } : x)),
    );
    expect(checkInsats(input(content, { kategoriNamn: 'Rådgivning' }))).toEqual([]);
  });

  it('en lämplighetsbedömning utan text räcker inte', () => {
    const content = withVillkor(braSamtal(), (v) => v.map((x) => (x.typ === 'lamplighetsbedomning' ? { ...x, text: '  ' } : x)));
    expect(ids(checkInsats(input(content, { kategoriNamn: 'Rådgivning' })))).toContain('child-15-17-assessment');
  });

  it('målgruppens ålder används när åldersvillkor saknas (Östersund Bubblan 7–12 år)', () => {
    const content = insats('Stödgrupp barn Bubblan', { malgruppAlder: { min: 7, max: 12 } });
    const findings = checkInsats(input(content));
    expect(ids(findings)).toContain('child-under-15-consent');
    expect(ids(findings)).not.toContain('child-15-17-assessment');
  });
});

// ---------- documentation details ----------

describe('dokumentation', () => {
  it.each([
    ['Rådgivning', true],
    ['rådgivning och stöd', true],
    ['Mötesplats', false],
    ['Rådgivning och träffpunkter', false],
    ['Anhörigstöd', false],
  ] as const)('kategorin %s räknas som rådgivning: %s', (namn, expected) => {
    expect(isRadgivningKategori(namn)).toBe(expected);
  });

  it('en RKA som inte är markerad som färdig spärrar och säger vad som saknas', () => {
    const findings = checkInsats(input(glantan('14:5'), { rka: { content: emptyRka(), complete: false } }));
    const f = find(findings, 'doc-14-5-no-rka');
    expect(f?.severity).toBe('block');
    expect(f?.message).toMatch(/inte markerad som färdig/);
    expect(f?.message).toMatch(/Saknas:/);
  });

  it('en RKA markerad som färdig men som saknar barnets bästa när insatsen når barn spärrar', () => {
    const content = glantan('14:5', {
      malgruppAlder: { min: 16, max: 25 },
      villkor: [
        villkor('alder', '16–25 år.', { alderMin: 16, alderMax: 25, motivering: 'Unga.' }),
        villkor('lamplighetsbedomning', 'Bedömning har gjorts att insatsen är lämplig för 16–17 år utan samtycke.'),
      ],
    });
    const f = find(checkInsats(input(content, { rka: complete() })), 'doc-14-5-no-rka');
    expect(f?.message).toMatch(/markerad som färdig men är ofullständig/);
    expect(f?.message).toMatch(/barnets bästa/);
    const withBest = checkInsats(input(content, { rka: complete(glantanRka({ barnetsBasta: 'För- och nackdelar har vägts.' })) }));
    expect(ids(withBest)).not.toContain('doc-14-5-no-rka');
  });

  it('generella formuleringar i den beskrivande texten varnar bara', () => {
    const content = glantan('14:5', { innehall: 'Personalen informerar om alla insatser som socialtjänsten erbjuder.' });
    expect(find(checkInsats(input(content, { rka: complete() })), 'doc-14-5-blanket')).toMatchObject({ severity: 'warn', field: 'innehall' });
  });

  it('generellt undantag i namnet spärrar', () => {
    const content = glantan('14:5', { namn: 'Undantag för samtliga insatser' });
    expect(find(checkInsats(input(content, { rka: complete() })), 'doc-14-5-blanket')).toMatchObject({ severity: 'block', field: 'namn' });
  });

  it('14:3 utlöser inga dokumentationsregler', () => {
    const findings = checkInsats(input(glantan('14:3', { innehall: 'Hembesök, samtalsserie, alla insatser.' })));
    expect(ids(findings).filter((id) => id.startsWith('doc-'))).toEqual([]);
  });
});

// ---------- villkor details ----------

describe('villkor', () => {
  it.each(['Bedöms av utföraren.', 'Vid behov.', 'Den som är lämplig.', 'Efter överenskommelse.', 'Personen kan komma att erbjudas plats.'])(
    'varnar för bedömande formulering: %s',
    (text) => {
      const content = insats('x', { villkor: [villkor('ovrigt', text, { motivering: 'm' })] });
      expect(ids(checkInsats(input(content)))).toContain('villkor-assessment-wording');
    },
  );

  it('lämplighetsbedömningens text är en bedömning och flaggas inte', () => {
    expect(ids(checkInsats(input(braSamtal(), { kategoriNamn: 'Rådgivning' })))).not.toContain('villkor-assessment-wording');
  });

  it('samtycke och lämplighetsbedömning behöver ingen egen motivering', () => {
    expect(ids(checkInsats(input(braSamtal(), { kategoriNamn: 'Rådgivning' })))).not.toContain('villkor-no-motivering');
  });

  it('fältet pekar på rätt villkor', () => {
    const content = insats('x', {
      villkor: [folkbokford('Alingsås'), villkor('dokument', 'Hyreskontrakt visas upp.', { dokument: 'Hyreskontrakt' })],
    });
    expect(find(checkInsats(input(content)), 'villkor-no-motivering')?.field).toBe('villkor.1.motivering');
  });
});

// ---------- dismissals and ordering ----------

describe('avfärdade fynd och ordning', () => {
  it('en avfärdning utan motivering gäller inte', () => {
    const findings = checkInsats(input(insats('Kontaktperson'), { dismissed: [{ ruleId: 'excluded-kind', reason: '   ' }] }));
    expect(find(findings, 'excluded-kind')?.severity).toBe('block');
  });

  it('regler om saknade uppgifter kan inte avfärdas', () => {
    const content = withVillkor(braSamtal(), (v) => v.filter((x) => x.typ !== 'samtycke'));
    const findings = checkInsats(
      input(content, { kategoriNamn: 'Rådgivning', dismissed: [{ ruleId: 'child-under-15-consent', reason: 'Vi tycker inte det.' }] }),
    );
    expect(find(findings, 'child-under-15-consent')?.severity).toBe('block');
    expect(isDismissible('child-under-15-consent')).toBe(false);
    expect(isDismissible('doc-14-5-no-rka')).toBe(false);
    expect(isDismissible('excluded-kind')).toBe(true);
  });

  it('en avfärdad varning blir också information', () => {
    const findings = checkInsats(
      input(insats('x', { uppfoljning: { typ: null, text: '' } }), { dismissed: [{ ruleId: 'no-uppfoljning', reason: 'Följs upp i verksamhetsplanen.' }] }),
    );
    expect(find(findings, 'no-uppfoljning')).toMatchObject({ severity: 'info' });
    expect(find(findings, 'no-uppfoljning')?.message).toMatch(/Ursprunglig varning/);
  });

  it('spärrar kommer före varningar och information', () => {
    const content = insats('Kontaktperson', { uppfoljning: { typ: null, text: '' }, villkor: [villkor('ovrigt', 'Vid behov.')] });
    const findings = checkInsats(
      input(content, { policy: { requireFolkbokforing: true }, dismissed: [{ ruleId: 'no-folkbokforing', reason: 'Gäller alla.' }] }),
    );
    const order = findings.map((f) => f.severity);
    expect(order[0]).toBe('block');
    expect(order).toEqual([...order].sort((a, b) => ['block', 'warn', 'info'].indexOf(a) - ['block', 'warn', 'info'].indexOf(b)));
    expect(order).toContain('info');
  });

  it('hasBlocking', () => {
    expect(hasBlocking([])).toBe(false);
    expect(hasBlocking([{ ruleId: 'a', severity: 'warn', field: 'namn', message: 'm', reference: 'r' }])).toBe(false);
    expect(hasBlocking([{ ruleId: 'a', severity: 'block', field: 'namn', message: 'm', reference: 'r' }])).toBe(true);
  });
});

// ---------- the whole seed catalogues ----------

describe('seedkatalogerna', () => {
  it('ingen insats i Östersunds eller Alingsås katalog spärras som undantagen insatstyp', () => {
    for (const name of ['ostersund', 'alingsas'] as const) {
      for (const i of loadFixture(name).insatser) {
        const content: InsatsContent = { ...i.content, enhetId: null, kategoriId: null };
        const findings = checkInsats(input(content, { kategoriNamn: i.kategori }));
        expect(ids(findings), `${name} ${i.nummer} ${i.content.namn}`).not.toContain('excluded-kind');
      }
    }
  });

  it('hittar de verkliga luckorna: Alingsås Mini Maria och Medling med anledning av brott saknar lämplighetsbedömning 15–17', () => {
    const blocked = loadFixture('alingsas')
      .insatser.filter((i) => {
        const content: InsatsContent = { ...i.content, enhetId: null, kategoriId: null };
        return ids(checkInsats(input(content, { kategoriNamn: i.kategori }))).includes('child-15-17-assessment');
      })
      .map((i) => i.nummer);
    expect(blocked).toEqual(['3.1.13', '3.4.5']);
  });
});
