// The content model of one insats version: everything the seed catalogues say about an insats.
// Field names follow the domain (Swedish words without diacritics) so they read like the documents.
import { z } from 'zod';
import { storedName, storedText } from './stored-text';

/** Maximum lengths keep hostile payloads from bloating the database; real texts are far shorter. */
export const SHORT_TEXT = 300;
export const LONG_TEXT = 20_000;

// Every stored text goes through one normalisation (stored-text.ts): NFC, LF line ends, no control
// characters or lone surrogates; names also single-line, visible and without bidi controls.
export const shortText = storedText(SHORT_TEXT);

export const longText = storedText(LONG_TEXT);

export const requiredName = storedName(SHORT_TEXT);

export const age = z
  .number({ error: 'Ålder ska vara ett tal.' })
  .int({ error: 'Ålder ska vara ett heltal.' })
  .min(0, { error: 'Ålder kan inte vara negativ.' })
  .max(120, { error: 'Ålder får vara högst 120 år.' });

/** An age range; either end may be open ("fyllt 18 år" has no upper bound). */
export const ageRangeSchema = z.object({ min: age.nullable(), max: age.nullable() }).refine((r) => r.min === null || r.max === null || r.min <= r.max, {
  error: 'Lägsta ålder kan inte vara högre än högsta ålder.',
  path: ['max'],
});
export type AgeRange = z.infer<typeof ageRangeSchema>;

export const FORMS = ['individuellt', 'grupp', 'bada'] as const;
export const FORM_LABELS: Record<(typeof FORMS)[number], string> = {
  individuellt: 'Individuellt',
  grupp: 'Grupp',
  bada: 'Individuellt och i grupp',
};

export const metodSchema = z.object({
  namn: requiredName,
  beskrivning: longText,
  malgrupp: longText,
  omfattning: longText,
});
export type Metod = z.infer<typeof metodSchema>;

/** Villkor kinds: each is summarily checkable at intake (11 kap. 5 § SoL). */
export const VILLKOR_TYPES = ['alder', 'folkbokford', 'samtycke', 'lamplighetsbedomning', 'tidigareInsats', 'dokument', 'ovrigt'] as const;
export type VillkorTyp = (typeof VILLKOR_TYPES)[number];
export const VILLKOR_LABELS: Record<VillkorTyp, string> = {
  alder: 'Ålder',
  folkbokford: 'Folkbokförd i kommunen',
  samtycke: 'Vårdnadshavares samtycke (under 15 år)',
  lamplighetsbedomning: 'Lämplighetsbedömning 15–17 år utan samtycke',
  tidigareInsats: 'Tidigare insats',
  dokument: 'Dokument att visa upp',
  ovrigt: 'Övrigt villkor',
};

export const villkorSchema = z
  .object({
    typ: z.enum(VILLKOR_TYPES, { error: 'Okänd typ av villkor.' }),
    /** The villkor as the document states it. */
    text: longText,
    motivering: longText,
    /** alder: the age range the villkor sets. */
    alderMin: age.nullable().default(null),
    alderMax: age.nullable().default(null),
    /** folkbokford: the kommun, and an exception ("en natt för den som inte är folkbokförd"). */
    kommun: shortText.default(''),
    undantag: longText.default(''),
    /** tidigareInsats: the insats a person must have had. */
    tidigareInsats: shortText.default(''),
    /** dokument: what the person shows (ID-handling, hyreskontrakt, intyg). */
    dokument: shortText.default(''),
  })
  .refine((v) => v.alderMin === null || v.alderMax === null || v.alderMin <= v.alderMax, {
    error: 'Lägsta ålder kan inte vara högre än högsta ålder.',
    path: ['alderMax'],
  });
export type Villkor = z.infer<typeof villkorSchema>;

/** A villkor of one kind with only its text: what the editor adds and what the import reads from a sentence. */
export function emptyVillkor(typ: VillkorTyp, text = ''): Villkor {
  return { typ, text, motivering: '', alderMin: null, alderMax: null, kommun: '', undantag: '', tidigareInsats: '', dokument: '' };
}

export const AKTUALISERING_KANALER = ['kundcenter', 'sjalvremiss', 'app', 'behandlare', 'annan'] as const;
export const AKTUALISERING_LABELS: Record<(typeof AKTUALISERING_KANALER)[number], string> = {
  kundcenter: 'Kundcenter',
  sjalvremiss: 'Självremiss',
  app: 'App',
  behandlare: 'Behandlare',
  annan: 'Annan väg',
};

export const DOKUMENTATION_REGIMES = ['14:3', '14:4', '14:5'] as const;
export type DokumentationRegim = (typeof DOKUMENTATION_REGIMES)[number];
export const DOKUMENTATION_LABELS: Record<DokumentationRegim, string> = {
  '14:3': '14 kap. 3 § – dokumentation på individnivå',
  '14:4': '14 kap. 4 § – rådgivning utan personliga förhållanden',
  '14:5': '14 kap. 5 § – undantag från att dokumentera identitet',
};

export const UPPFOLJNING_TYPES = ['besoksstatistik', 'individbaserad'] as const;
export const UPPFOLJNING_LABELS: Record<(typeof UPPFOLJNING_TYPES)[number], string> = {
  besoksstatistik: 'Besöksstatistik',
  individbaserad: 'Individbaserad uppföljning',
};

/** Everything that is versioned about an insats. */
export const insatsContentSchema = z.object({
  namn: requiredName,
  enhetId: z.number().int().positive().nullable(),
  kategoriId: z.number().int().positive().nullable(),
  innehall: longText,
  form: z.enum(FORMS, { error: 'Okänd form.' }).nullable(),
  metoder: z.array(metodSchema).max(100, { error: 'Högst 100 metoder.' }),
  malgrupp: longText,
  malgruppAlder: ageRangeSchema.nullable(),
  villkor: z.array(villkorSchema).max(50, { error: 'Högst 50 villkor.' }),
  aktualisering: z.object({
    kanaler: z.array(z.enum(AKTUALISERING_KANALER, { error: 'Okänd aktualiseringsväg.' })).max(10),
    text: longText,
  }),
  dokumentation: z.object({
    regim: z.enum(DOKUMENTATION_REGIMES, { error: 'Dokumentation ska vara 14 kap. 3, 4 eller 5 §.' }),
    system: shortText,
    anteckningar: longText,
  }),
  uppfoljning: z.object({
    typ: z.enum(UPPFOLJNING_TYPES, { error: 'Okänd typ av uppföljning.' }).nullable(),
    text: longText,
  }),
  utforare: shortText,
  /** Short summary of what changed from the previous version; required before proposing a new version. */
  andringssammanfattning: longText,
});
export type InsatsContent = z.infer<typeof insatsContentSchema>;

/** A blank draft: what "Ny insats" starts from. */
export function emptyInsatsContent(namn = ''): InsatsContent {
  return {
    namn,
    enhetId: null,
    kategoriId: null,
    innehall: '',
    form: null,
    metoder: [],
    malgrupp: '',
    malgruppAlder: null,
    villkor: [],
    aktualisering: { kanaler: [], text: '' },
    dokumentation: { regim: '14:3', system: '', anteckningar: '' },
    uppfoljning: { typ: null, text: '' },
    utforare: '',
    andringssammanfattning: '',
  };
}
