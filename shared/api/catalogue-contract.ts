import { z } from 'zod';
import { DOKUMENTATION_REGIMES, insatsContentSchema, shortText } from '../domain/insats';
import { VERSION_STATUSES } from '../domain/status';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum ska skrivas ÅÅÅÅ-MM-DD.' });

export const insatsListFilterSchema = z
  .object({
    sok: shortText.optional(),
    enhetId: id.optional(),
    sektorId: id.optional(),
    kategoriId: id.optional(),
    status: z.enum(VERSION_STATUSES).optional(),
    regim: z.enum(DOKUMENTATION_REGIMES).optional(),
    /** The insats reaches a person of this age. */
    alder: z.number().int().min(0).max(120).optional(),
  })
  .strict();
export type InsatsListFilter = z.infer<typeof insatsListFilterSchema>;

export const insatsListRowSchema = z.object({
  insatsId: z.number(),
  versionId: z.number(),
  versionNo: z.number(),
  nummer: z.string().nullable(),
  namn: z.string(),
  status: z.enum(VERSION_STATUSES),
  sektorNamn: z.string().nullable(),
  enhetId: z.number().nullable(),
  enhetNamn: z.string().nullable(),
  kategoriId: z.number().nullable(),
  kategoriNamn: z.string().nullable(),
  regim: z.enum(DOKUMENTATION_REGIMES),
  alderMin: z.number().nullable(),
  alderMax: z.number().nullable(),
  updatedAt: z.string(),
});
export type InsatsListRow = z.infer<typeof insatsListRowSchema>;

export const versionSchema = z.object({
  versionId: z.number(),
  insatsId: z.number(),
  versionNo: z.number(),
  status: z.enum(VERSION_STATUSES),
  editable: z.boolean(),
  content: insatsContentSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VersionDto = z.infer<typeof versionSchema>;

export const insatsDetailSchema = z.object({
  insatsId: z.number(),
  nummer: z.string().nullable(),
  versions: z.array(
    z.object({
      versionId: z.number(),
      versionNo: z.number(),
      status: z.enum(VERSION_STATUSES),
      namn: z.string(),
      andringssammanfattning: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
  timeline: z.array(
    z.object({
      versionNo: z.number(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      at: z.string(),
      actor: z.string(),
      reason: z.string(),
    }),
  ),
});
export type InsatsDetail = z.infer<typeof insatsDetailSchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string(),
  after: z.string(),
  parts: z.array(z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() })),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const catalogueDiffSchema = z.object({
  added: z.array(z.object({ insatsId: z.number(), namn: z.string() })),
  removed: z.array(z.object({ insatsId: z.number(), namn: z.string() })),
  changed: z.array(z.object({ insatsId: z.number(), namn: z.string(), changes: z.array(fieldChangeSchema) })),
});

export const catalogueContract = {
  'insatser/list': { input: insatsListFilterSchema, output: z.array(insatsListRowSchema) },
  'insatser/create': { input: z.object({ content: insatsContentSchema }).strict(), output: versionSchema },
  'insatser/get': { input: z.object({ insatsId: id }).strict(), output: insatsDetailSchema },
  'versions/get': { input: z.object({ versionId: id }).strict(), output: versionSchema },
  'versions/save': { input: z.object({ versionId: id, content: insatsContentSchema }).strict(), output: versionSchema },
  'versions/newDraft': { input: z.object({ insatsId: id }).strict(), output: versionSchema },
  'versions/diff': {
    input: z.object({ fromVersionId: id, toVersionId: id }).strict(),
    output: z.array(fieldChangeSchema),
  },
  'catalogue/diffDates': {
    input: z.object({ fromDate: isoDateSchema, toDate: isoDateSchema }).strict(),
    output: catalogueDiffSchema,
  },
} as const;
