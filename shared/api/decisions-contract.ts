import { z } from 'zod';
import { longText, requiredName, shortText } from '../domain/insats';
import { isoDateSchema } from './catalogue-contract';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });

export const PROTOKOLL_STATUSES = ['planerat', 'hallet', 'justerat'] as const;
export const PROTOKOLL_LABELS: Record<(typeof PROTOKOLL_STATUSES)[number], string> = {
  planerat: 'Planerat',
  hallet: 'Hållet',
  justerat: 'Justerat',
};
export const UTFALL = ['bifall', 'aterremiss', 'avslag'] as const;
export const UTFALL_LABELS: Record<(typeof UTFALL)[number], string> = { bifall: 'Bifall', aterremiss: 'Återremiss', avslag: 'Avslag' };

export const beslutSchema = z.object({
  id: z.number(),
  arendeId: z.number(),
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
});
export type BeslutDto = z.infer<typeof beslutSchema>;

export const arendeSchema = z.object({
  id: z.number(),
  diarienummer: z.string(),
  rubrik: z.string(),
  beskrivning: z.string(),
  handlaggare: z.string(),
  sammantradeId: z.number().nullable(),
  sammantradesdatum: z.string().nullable(),
  paragraf: z.number().nullable(),
  versioner: z.array(z.object({ versionId: z.number(), insatsId: z.number(), versionNo: z.number(), namn: z.string(), status: z.string() })),
  beslut: beslutSchema.nullable(),
});
export type ArendeDto = z.infer<typeof arendeSchema>;

export const sammantradeSchema = z.object({
  id: z.number(),
  datum: z.string(),
  namnd: z.string(),
  status: z.enum(PROTOKOLL_STATUSES),
  justeringsdatum: z.string().nullable(),
  justeringSenast: z.string(),
  anslagsdatum: z.string().nullable(),
  ordforande: z.string(),
  justerare: z.string(),
  arenden: z.array(arendeSchema),
});
export type SammantradeDto = z.infer<typeof sammantradeSchema>;

export const recordBeslutSchema = z
  .object({
    arendeId: id,
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
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.utfall === 'bifall' && !b.giltigFran) ctx.addIssue({ code: 'custom', path: ['giltigFran'], message: 'Ange från vilket datum beslutet gäller.' });
    if (b.giltigFran && b.giltigTill && b.giltigTill < b.giltigFran) ctx.addIssue({ code: 'custom', path: ['giltigTill'], message: 'Giltig till kan inte vara före giltig från.' });
    if (b.utfall === 'aterremiss' && !b.motivering.trim()) ctx.addIssue({ code: 'custom', path: ['motivering'], message: 'Ange nämndens skäl för återremissen.' });
  });

export const decisionsContract = {
  'sammantraden/list': { input: z.object({}).strict(), output: z.array(sammantradeSchema) },
  'sammantraden/create': {
    input: z.object({ datum: isoDateSchema, namnd: shortText.optional() }).strict(),
    output: sammantradeSchema,
  },
  'sammantraden/update': {
    input: z
      .object({
        id,
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
  'arenden/schedule': {
    input: z.object({ arendeId: id, sammantradeId: id }).strict(),
    output: arendeSchema,
  },
  'beslut/record': { input: recordBeslutSchema, output: arendeSchema },
  'beslut/setOverklagad': { input: z.object({ beslutId: id, overklagad: z.boolean() }).strict(), output: arendeSchema },
  'beslut/addTask': {
    input: z.object({ beslutId: id, text: requiredName, due: shortText.min(1, { error: 'Ange ett datum eller en period, t.ex. hösten 2026.' }) }).strict(),
    output: arendeSchema,
  },
  'beslut/completeTask': { input: z.object({ taskId: id, done: z.boolean() }).strict(), output: arendeSchema },
} as const;
