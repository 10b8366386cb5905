// Risk- och konsekvensanalys (RKA) for an exemption under 14 kap. 5 § SoL: the nämnd may decide that
// data that can reveal a participant's identity is not documented for one specific IUB insats, only for
// särskilda skäl weighed against the need for follow-up on individual level. The RKA records that
// weighing; its conclusion (`avvagning.text`) becomes the catalogue's "Bedömning särskilda skäl".
// Pure domain code: no I/O.
import { z } from 'zod';
import { isIsoDate } from './dates';
import { longText } from './insats';

/** Särskilda skäl the law's preparatory works name (seed 002 §2.4.2, seed 001 §1). */
export const SARSKILDA_SKAL = ['vald_i_nara_relationer', 'hedersrelaterat_vald', 'prostitution', 'skadligt_bruk_beroende', 'motesplats_traffpunkt'] as const;
export type SarskiltSkal = (typeof SARSKILDA_SKAL)[number];
export const SARSKILDA_SKAL_LABELS: Record<SarskiltSkal, string> = {
  vald_i_nara_relationer: 'Våld i nära relationer',
  hedersrelaterat_vald: 'Hedersrelaterat våld och förtryck',
  prostitution: 'Prostitution',
  skadligt_bruk_beroende: 'Skadligt bruk eller beroende',
  motesplats_traffpunkt: 'Öppen verksamhet som mötesplats eller träffpunkt',
};

/** Levels 1–4 for both likelihood and consequence. */
export const RISK_LEVELS = [1, 2, 3, 4] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const SANNOLIKHET_LABELS: Record<RiskLevel, string> = {
  1: 'Låg',
  2: 'Medel',
  3: 'Hög',
  4: 'Mycket hög',
};
export const KONSEKVENS_LABELS: Record<RiskLevel, string> = {
  1: 'Liten',
  2: 'Måttlig',
  3: 'Allvarlig',
  4: 'Mycket allvarlig',
};

/** De-identified data that must still be documented under 14 kap. 3 och 5 §§ (seed 002 §2.4.2). */
export const AVIDENTIFIERADE_UPPGIFTER = ['antal_deltagare', 'alder', 'kon', 'problem', 'avbrottsorsak', 'maende_start_slut'] as const;
export type AvidentifieradUppgift = (typeof AVIDENTIFIERADE_UPPGIFTER)[number];
export const AVIDENTIFIERADE_UPPGIFTER_LABELS: Record<AvidentifieradUppgift, string> = {
  antal_deltagare: 'Antal deltagare',
  alder: 'Deltagarnas ålder',
  kon: 'Deltagarnas kön',
  problem: 'Problem eller svårigheter som uppkommer under insatsen',
  avbrottsorsak: 'Orsaker till att deltagare avbryter insatsen i förtid',
  maende_start_slut: 'Deltagarnas mående och sociala situation när insatsen inleds och avslutas',
};

export const AVVAGNING_UTFALL = ['undantag_motiverat', 'undantag_ej_motiverat'] as const;
export type AvvagningUtfall = (typeof AVVAGNING_UTFALL)[number];
export const AVVAGNING_UTFALL_LABELS: Record<AvvagningUtfall, string> = {
  undantag_motiverat: 'Skälen för undantag från dokumentationskravet väger tyngre än behovet av att följa upp insatsen på individnivå',
  undantag_ej_motiverat: 'Behovet av att följa upp insatsen på individnivå väger tyngre – undantag är inte motiverat',
};

/** The sections of the analysis in the order the form and the report show them. */
export const RKA_SECTIONS = [
  'syfteOchKaraktar',
  'malgruppOchAnonymitet',
  'sarskildaSkal',
  'behovIndividuppfoljning',
  'risker',
  'barnetsBasta',
  'avvagning',
  'avidentifieradeUppgifter',
  'deltagare',
  'datum',
] as const;
export type RkaSection = (typeof RKA_SECTIONS)[number];
export const RKA_SECTION_LABELS: Record<RkaSection, string> = {
  syfteOchKaraktar: 'Insatsens syfte och karaktär',
  malgruppOchAnonymitet: 'Målgrupp och behov av anonymitet',
  sarskildaSkal: 'Särskilda skäl',
  behovIndividuppfoljning: 'Behov av uppföljning på individnivå',
  risker: 'Risker och konsekvenser',
  barnetsBasta: 'Barnets bästa',
  avvagning: 'Avvägning och slutsats',
  avidentifieradeUppgifter: 'Avidentifierade uppgifter som ska dokumenteras',
  deltagare: 'Deltagare i analysen',
  datum: 'Datum',
};

const riskLevel = z
  .number({ error: 'Nivån ska vara ett tal mellan 1 och 4.' })
  .int({ error: 'Nivån ska vara ett heltal mellan 1 och 4.' })
  .min(1, { error: 'Nivån ska vara mellan 1 och 4.' })
  .max(4, { error: 'Nivån ska vara mellan 1 och 4.' });

export const riskSchema = z.object({
  beskrivning: longText.default(''),
  sannolikhet: riskLevel,
  konsekvens: riskLevel,
  /** What is done to reduce or handle the risk. */
  atgard: longText.default(''),
});
export type Risk = z.infer<typeof riskSchema>;

const noDuplicates = <T>(values: readonly T[]) => new Set(values).size === values.length;

const rkaDate = z.string({ error: 'Datum ska vara text.' }).refine((v) => v === '' || isIsoDate(v), { error: 'Datum ska skrivas ÅÅÅÅ-MM-DD.' });

/**
 * The content of one RKA. Every field has a default so that an analysis stored by an older version
 * of the app (or `{}`) parses into a complete, empty analysis.
 */
export const rkaContentSchema = z.object({
  syfteOchKaraktar: longText.default(''),
  malgruppOchAnonymitet: longText.default(''),
  sarskildaSkal: z
    .object({
      val: z
        .array(z.enum(SARSKILDA_SKAL, { error: 'Okänt särskilt skäl.' }))
        .refine(noDuplicates, { error: 'Samma särskilda skäl är valt flera gånger.' })
        .default(() => []),
      /** A särskilt skäl in the nämnd's own words, besides or instead of the listed ones. */
      egenText: longText.default(''),
    })
    .default(() => ({ val: [], egenText: '' })),
  behovIndividuppfoljning: longText.default(''),
  risker: z
    .array(riskSchema)
    .max(50, { error: 'Högst 50 risker.' })
    .default(() => []),
  /** Required only when the insats reaches children under 18. */
  barnetsBasta: longText.default(''),
  avvagning: z
    .object({
      utfall: z.enum(AVVAGNING_UTFALL, { error: 'Okänt utfall av avvägningen.' }).nullable().default(null),
      /** The conclusion; flows into the catalogue as "Bedömning särskilda skäl". */
      text: longText.default(''),
    })
    .default(() => ({ utfall: null, text: '' })),
  avidentifieradeUppgifter: z
    .array(z.enum(AVIDENTIFIERADE_UPPGIFTER, { error: 'Okänd avidentifierad uppgift.' }))
    .refine(noDuplicates, { error: 'Samma uppgift är vald flera gånger.' })
    .default(() => [...AVIDENTIFIERADE_UPPGIFTER]),
  /** Who took part in the analysis (roles or names). */
  deltagare: longText.default(''),
  /** The date of the analysis, YYYY-MM-DD, or '' while not set. */
  datum: rkaDate.default(''),
});
export type RkaContent = z.infer<typeof rkaContentSchema>;

/** A blank analysis: all de-identified data selected, nothing else filled in. */
export function emptyRka(): RkaContent {
  return {
    syfteOchKaraktar: '',
    malgruppOchAnonymitet: '',
    sarskildaSkal: { val: [], egenText: '' },
    behovIndividuppfoljning: '',
    risker: [],
    barnetsBasta: '',
    avvagning: { utfall: null, text: '' },
    avidentifieradeUppgifter: [...AVIDENTIFIERADE_UPPGIFTER],
    deltagare: '',
    datum: '',
  };
}

export interface RkaMissing {
  section: RkaSection;
  message: string;
}

const blank = (s: string | undefined | null) => !s || s.trim() === '';

/**
 * What is still missing before the analysis can be marked complete, in section order.
 * An empty array means complete. `reachesUnder18`: whether the insats's target group includes children
 * (see `reachesUnder18` in shared/rules/children.ts); only then is "Barnets bästa" required.
 */
export function rkaMissingSections(rka: RkaContent, opts: { reachesUnder18: boolean }): RkaMissing[] {
  const missing: RkaMissing[] = [];
  const add = (section: RkaSection, message: string) => missing.push({ section, message });

  if (blank(rka.syfteOchKaraktar)) add('syfteOchKaraktar', 'Beskriv insatsens syfte och karaktär.');
  if (blank(rka.malgruppOchAnonymitet)) {
    add('malgruppOchAnonymitet', 'Beskriv målgruppen och dess behov av att kunna vara anonym.');
  }
  if (rka.sarskildaSkal.val.length === 0 && blank(rka.sarskildaSkal.egenText)) {
    add('sarskildaSkal', 'Välj minst ett särskilt skäl eller beskriv skälet med egen text.');
  }
  if (blank(rka.behovIndividuppfoljning)) {
    add('behovIndividuppfoljning', 'Beskriv behovet av att kunna följa upp insatsen på individnivå.');
  }
  if (rka.risker.length === 0) {
    add('risker', 'Ange minst en risk med sannolikhet och konsekvens.');
  } else {
    rka.risker.forEach((risk, i) => {
      if (blank(risk.beskrivning)) add('risker', `Risk ${i + 1} saknar beskrivning.`);
    });
  }
  if (opts.reachesUnder18 && blank(rka.barnetsBasta)) {
    add('barnetsBasta', 'Insatsen når barn under 18 år. Beskriv bedömningen av barnets bästa.');
  }
  if (rka.avvagning.utfall === null) {
    add('avvagning', 'Ta ställning i avvägningen: väger skälen för undantag tyngre än behovet av uppföljning på individnivå?');
  }
  if (blank(rka.avvagning.text)) {
    add('avvagning', 'Skriv avvägningens slutsats. Texten blir ”Bedömning särskilda skäl” i katalogen.');
  }
  if (rka.avidentifieradeUppgifter.length === 0) {
    add('avidentifieradeUppgifter', 'Ange vilka avidentifierade uppgifter som ska dokumenteras.');
  }
  if (blank(rka.deltagare)) add('deltagare', 'Ange vilka som deltagit i analysen.');
  if (blank(rka.datum)) add('datum', 'Ange datum för analysen.');
  else if (!isIsoDate(rka.datum)) add('datum', 'Datum ska skrivas ÅÅÅÅ-MM-DD.');

  return missing;
}

/** "R1" for the first risk: how the form, the matrix and the report refer to a risk. */
export function riskId(index: number): string {
  return `R${index + 1}`;
}

/** Risk value: sannolikhet × konsekvens, 1–16. */
export function riskScore(risk: Pick<Risk, 'sannolikhet' | 'konsekvens'>): number {
  return risk.sannolikhet * risk.konsekvens;
}

export const RISK_NIVAER = ['lag', 'medel', 'hog', 'mycket_hog'] as const;
export type RiskNiva = (typeof RISK_NIVAER)[number];
export const RISK_NIVA_LABELS: Record<RiskNiva, string> = {
  lag: 'Låg risk',
  medel: 'Medelhög risk',
  hog: 'Hög risk',
  mycket_hog: 'Mycket hög risk',
};

/** Band of a risk score for colouring the matrix: 1–3 låg, 4–6 medel, 8–9 hög, 12–16 mycket hög. */
export function riskNiva(score: number): RiskNiva {
  if (score <= 3) return 'lag';
  if (score <= 6) return 'medel';
  if (score <= 9) return 'hog';
  return 'mycket_hog';
}

/**
 * The 4×4 risk matrix: `grid[sannolikhet - 1][konsekvens - 1]` lists the indices (into `risker`) of the
 * risks in that cell, in input order. Row 0 is sannolikhet Låg; a view that draws the highest
 * likelihood on top renders the rows in reverse. Risks with levels outside 1–4 are left out.
 */
export function riskMatrix(risker: ReadonlyArray<Pick<Risk, 'sannolikhet' | 'konsekvens'>>): number[][][] {
  const grid: number[][][] = RISK_LEVELS.map(() => RISK_LEVELS.map(() => [] as number[]));
  risker.forEach((risk, index) => {
    const s = risk.sannolikhet;
    const k = risk.konsekvens;
    if (!Number.isInteger(s) || !Number.isInteger(k) || s < 1 || s > 4 || k < 1 || k > 4) return;
    grid[s - 1][k - 1].push(index);
  });
  return grid;
}

/** With this many risks at hög or mycket hög, the analysis is marked klar only once the åtgärder are confirmed to suffice. */
export const HIGH_RISKS_NEEDING_CONFIRMATION = 2;

/** The ids ("R1", "R3") of the risks at hög or mycket hög risk. */
export function highRiskIds(risker: ReadonlyArray<Pick<Risk, 'sannolikhet' | 'konsekvens'>>): string[] {
  return risker.flatMap((r, i) => (['hog', 'mycket_hog'].includes(riskNiva(riskScore(r))) ? [riskId(i)] : []));
}

/** The question to confirm before klar, or null when the analysis has fewer high risks than that. */
export function highRiskConfirmation(risker: ReadonlyArray<Pick<Risk, 'sannolikhet' | 'konsekvens'>>): string | null {
  const ids = highRiskIds(risker);
  if (ids.length < HIGH_RISKS_NEEDING_CONFIRMATION) return null;
  return `Analysen har ${ids.length} risker med hög eller mycket hög risk (${ids.join(', ')}). Räcker de angivna åtgärderna för att hantera dem, så att undantaget från dokumentationsskyldigheten kan motiveras?`;
}
