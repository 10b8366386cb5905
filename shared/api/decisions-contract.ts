import { z } from 'zod';
import { longText, requiredName, shortText } from '../domain/insats';
import { isoDateSchema } from '../domain/dates';
import { generatedFileSchema } from './files';
import { revisionSchema } from './catalogue-contract';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });
/** The revision an edit was based on; a stale one is refused with `conflict` (0014). */
const revision = revisionSchema.optional();

export const PROTOKOLL_STATUSES = ['planerat', 'hallet', 'justerat'] as const;
export const PROTOKOLL_LABELS: Record<(typeof PROTOKOLL_STATUSES)[number], string> = {
  planerat: 'Planerat',
  hallet: 'Hållet',
  justerat: 'Justerat',
};
export const UTFALL = ['bifall', 'aterremiss', 'avslag'] as const;
export const UTFALL_LABELS: Record<(typeof UTFALL)[number], string> = { bifall: 'Bifall', aterremiss: 'Återremiss', avslag: 'Avslag' };

/** Bifall and avslag close the ärende; an återremiss sends it back to be handled at a later sammanträde. */
export const SLUTLIGA_UTFALL = ['bifall', 'avslag'] as const;

export const beslutSchema = z.object({
  id: z.number(),
  arendeId: z.number(),
  /** The sammanträde and § at which the nämnd took the beslut (null for a decision from the diarium without one). */
  sammantradeId: z.number().nullable(),
  sammantradesdatum: z.string().nullable(),
  paragraf: z.number().nullable(),
  utfall: z.enum(UTFALL),
  beslutsdatum: z.string(),
  beslutandeInstans: z.string(),
  beslutstext: z.string(),
  motivering: z.string(),
  giltigFran: z.string().nullable(),
  giltigTill: z.string().nullable(),
  reviderasSenast: z.string().nullable(),
  dokumentansvarig: z.string(),
  typAvStyrdokument: z.string(),
  gallerFor: z.string(),
  franDiarium: z.boolean(),
  overklagad: z.boolean(),
  /** "2025.053 SN § 37" */
  beteckning: z.string(),
  vunnitLagaKraft: z.boolean(),
  overklagandeTidSlut: z.string().nullable(),
  lasst: z.boolean(),
  uppgifter: z.array(z.object({ id: z.number(), text: z.string(), dueFrom: z.string(), dueTo: z.string(), done: z.boolean() })),
  /** Raised by every save; send it back with the update (0014). */
  revision: z.number(),
});
export type BeslutDto = z.infer<typeof beslutSchema>;

export const arendeSchema = z.object({
  id: z.number(),
  diarienummer: z.string(),
  rubrik: z.string(),
  beskrivning: z.string(),
  handlaggare: z.string(),
  /** One entry a line of the documents; empty lists mean the documents' defaults. */
  beslutsunderlag: z.array(z.string()),
  expedierasTill: z.array(z.string()),
  /** YYYY-MM-DD: the day the ärende was opened (the tjänsteskrivelse's date). */
  skapad: z.string(),
  /**
   * The ärende's place now: the § it has on an agenda while it awaits a beslut, else the § of its final beslut.
   * Null when it is on no agenda: new, or återremitterat and not yet put on a later sammanträde.
   */
  sammantradeId: z.number().nullable(),
  sammantradesdatum: z.string().nullable(),
  sammantradeStatus: z.enum(PROTOKOLL_STATUSES).nullable(),
  paragraf: z.number().nullable(),
  versioner: z.array(z.object({ versionId: z.number(), insatsId: z.number(), versionNo: z.number(), namn: z.string(), status: z.string() })),
  /** The final beslut (bifall or avslag); null while the ärende is open. */
  beslut: beslutSchema.nullable(),
  /** Every beslut in the ärende, oldest first: återremisser, then the final one. */
  historik: z.array(beslutSchema),
  /** Whether the ärende can be put on an agenda now, and in plain words what stands in the way. */
  planering: z.object({
    mojlig: z.boolean(),
    /** Each obstacle in a sentence; a version that is not redo för beslut names itself, so the UI can link to it. */
    hinder: z.array(z.object({ text: z.string(), versionId: z.number().nullable(), insatsId: z.number().nullable() })),
    /** After an återremiss: the date of that sammanträde; only later ones can take the ärende. */
    senareAn: z.string().nullable(),
  }),
  /** Raised by every save; send it back with the update (0014). */
  revision: z.number(),
});
export type ArendeDto = z.infer<typeof arendeSchema>;

export const sammantradeSchema = z.object({
  id: z.number(),
  datum: z.string(),
  namnd: z.string(),
  status: z.enum(PROTOKOLL_STATUSES),
  /** The last day for ärenden to this meeting (the sammanträdesplan's column: the plan's meetings are the sammanträden). */
  arendeDeadline: z.string(),
  justeringsdatum: z.string().nullable(),
  justeringSenast: z.string(),
  /** Not justerat although the 14 days have passed. */
  justeringForsenad: z.boolean(),
  anslagsdatum: z.string().nullable(),
  /** The last day of the three-week appeal period, once the justering is anslagen. */
  overklagandeTidSlut: z.string().nullable(),
  ordforande: z.string(),
  justerare: z.string(),
  /** The agenda's §§ in order: ärenden awaiting a beslut and the beslut taken at this sammanträde. */
  paragrafer: z.array(
    z.object({
      paragraf: z.number().nullable(),
      arendeId: z.number(),
      diarienummer: z.string(),
      rubrik: z.string(),
      /** The beslut taken at this § (an återremiss stays here after the ärende has moved on); null while awaited. */
      beslut: beslutSchema.nullable(),
    }),
  ),
  /** Raised by every save; send it back with the update (0014). */
  revision: z.number(),
});
export type SammantradeDto = z.infer<typeof sammantradeSchema>;

const beslutFields = {
  utfall: z.enum(UTFALL, { error: 'Välj bifall, återremiss eller avslag.' }),
  beslutsdatum: isoDateSchema,
  beslutandeInstans: requiredName,
  beslutstext: longText,
  motivering: longText.default(''),
  giltigFran: isoDateSchema.nullable().default(null),
  giltigTill: isoDateSchema.nullable().default(null),
  reviderasSenast: isoDateSchema.nullable().default(null),
  dokumentansvarig: shortText.default(''),
  typAvStyrdokument: shortText.default(''),
  gallerFor: shortText.default(''),
};

type BeslutFieldValues = {
  utfall: (typeof UTFALL)[number];
  motivering: string;
  giltigFran: string | null;
  giltigTill: string | null;
  reviderasSenast: string | null;
  beslutsdatum: string;
};

function checkBeslut(b: BeslutFieldValues, ctx: z.RefinementCtx) {
  if (b.utfall === 'bifall' && !b.giltigFran) ctx.addIssue({ code: 'custom', path: ['giltigFran'], message: 'Ange från vilket datum beslutet gäller.' });
  if (b.giltigFran && b.giltigTill && b.giltigTill < b.giltigFran)
    ctx.addIssue({ code: 'custom', path: ['giltigTill'], message: 'Giltig till kan inte vara före giltig från.' });
  if (b.giltigFran && b.reviderasSenast && b.reviderasSenast < b.giltigFran) {
    ctx.addIssue({ code: 'custom', path: ['reviderasSenast'], message: 'Revideras senast kan inte vara före giltig från.' });
  }
  if (b.utfall === 'aterremiss' && !b.motivering.trim())
    ctx.addIssue({ code: 'custom', path: ['motivering'], message: 'Ange nämndens skäl för återremissen.' });
}

export const recordBeslutSchema = z
  .object({ arendeId: id, ...beslutFields })
  .strict()
  .superRefine(checkBeslut);

/** Correcting a beslut before the protocol is justerat; once justerat, a correction is a new decision. */
export const updateBeslutSchema = z
  .object({ beslutId: id, revision, ...beslutFields })
  .strict()
  .superRefine(checkBeslut);

const paragrafSchema = z
  .number({ error: 'Paragrafen ska vara ett heltal.' })
  .int({ error: 'Paragrafen ska vara ett heltal.' })
  .min(1, { error: 'Paragrafen ska vara 1 eller högre.' })
  .max(9999, { error: 'Paragrafen kan vara högst 9999.' });

const lines = z.array(z.string().trim().max(500, { error: 'Högst 500 tecken per rad.' })).max(50, { error: 'Högst 50 rader.' });

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
const documentInput = z
  .object({
    arendeId: id,
    format: z.enum(DOCUMENT_FORMATS, { error: 'Välj PDF eller DOCX.' }),
    /** The sammanträde whose § the document concerns; default the ärende's place now (or its latest beslut). */
    sammantradeId: id.optional(),
  })
  .strict();

/** The decision that covers a version (shown on the insats page) and the ärenden it has been part of. */
export const versionDecisionSchema = z.object({
  covering: beslutSchema.extend({ diarienummer: z.string(), rubrik: z.string() }).nullable(),
  /** Each handling of the version, newest first: the beslut that concerned it, and an ärende where it awaits one. */
  arenden: z.array(
    z.object({
      arendeId: z.number(),
      /** The beslut of this row; null for an ärende that awaits a beslut. */
      beslutId: z.number().nullable(),
      diarienummer: z.string(),
      rubrik: z.string(),
      sammantradesdatum: z.string().nullable(),
      paragraf: z.number().nullable(),
      utfall: z.enum(UTFALL).nullable(),
      beteckning: z.string(),
      motivering: z.string(),
    }),
  ),
});
export type VersionDecisionDto = z.infer<typeof versionDecisionSchema>;

export const decisionsContract = {
  'sammantraden/list': { input: z.object({}).strict(), output: z.array(sammantradeSchema) },
  'sammantraden/create': {
    input: z
      .object({ datum: isoDateSchema, namnd: shortText.optional(), arendeDeadline: isoDateSchema.optional() })
      .strict()
      .refine((m) => !m.arendeDeadline || m.arendeDeadline < m.datum, {
        path: ['arendeDeadline'],
        error: 'Sista dag för ärenden måste vara före sammanträdet.',
      }),
    output: sammantradeSchema,
  },
  'sammantraden/update': {
    input: z
      .object({
        id,
        revision,
        status: z.enum(PROTOKOLL_STATUSES).optional(),
        justeringsdatum: isoDateSchema.nullable().optional(),
        anslagsdatum: isoDateSchema.nullable().optional(),
        ordforande: shortText.optional(),
        justerare: shortText.optional(),
      })
      .strict(),
    output: sammantradeSchema,
  },
  'arenden/list': { input: z.object({}).strict(), output: z.array(arendeSchema) },
  'arenden/suggestDiarienummer': {
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }).strict(),
    output: z.object({ diarienummer: z.string() }),
  },
  'arenden/create': {
    input: z
      .object({
        /** Empty: the next free number; otherwise a number typed from the diarium. */
        diarienummer: shortText.optional(),
        rubrik: requiredName,
        beskrivning: longText.default(''),
        handlaggare: shortText.default(''),
        versionIds: z.array(id).max(1000).default([]),
      })
      .strict(),
    output: arendeSchema,
  },
  'arenden/update': {
    input: z
      .object({
        arendeId: id,
        revision,
        rubrik: requiredName.optional(),
        beskrivning: longText.optional(),
        handlaggare: shortText.optional(),
        beslutsunderlag: lines.optional(),
        expedierasTill: lines.optional(),
        versionIds: z.array(id).max(1000).optional(),
      })
      .strict(),
    output: arendeSchema,
  },
  /** The next free § of the nämnd's year for a sammanträde. */
  'arenden/suggestParagraf': { input: z.object({ sammantradeId: id }).strict(), output: z.object({ paragraf: z.number() }) },
  /** Puts the ärende on an agenda; after an återremiss only a later sammanträde, once its versions are redo för beslut. */
  'arenden/schedule': {
    input: z.object({ arendeId: id, sammantradeId: id, paragraf: paragrafSchema.optional() }).strict(),
    output: arendeSchema,
  },
  /**
   * Corrects the § of the ärende's place: on the agenda, or of its final beslut until that protocol is justerat
   * (the protocol's numbering continues the year's; an earlier återremiss keeps its §).
   */
  'arenden/setParagraf': { input: z.object({ arendeId: id, paragraf: paragrafSchema }).strict(), output: arendeSchema },
  'arenden/unschedule': { input: z.object({ arendeId: id }).strict(), output: arendeSchema },
  'arenden/tjansteskrivelse': { input: documentInput, output: generatedFileSchema },
  'arenden/protokollsutdrag': { input: documentInput, output: generatedFileSchema },
  'beslut/record': { input: recordBeslutSchema, output: arendeSchema },
  'beslut/update': { input: updateBeslutSchema, output: arendeSchema },
  'beslut/forVersion': { input: z.object({ versionId: id }).strict(), output: versionDecisionSchema },
  'beslut/setOverklagad': { input: z.object({ beslutId: id, overklagad: z.boolean() }).strict(), output: arendeSchema },
  'beslut/addTask': {
    input: z.object({ beslutId: id, text: requiredName, due: shortText.min(1, { error: 'Ange ett datum eller en period, t.ex. hösten 2026.' }) }).strict(),
    output: arendeSchema,
  },
  'beslut/completeTask': { input: z.object({ taskId: id, done: z.boolean() }).strict(), output: arendeSchema },
} as const;
