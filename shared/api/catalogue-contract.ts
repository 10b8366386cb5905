import { z } from 'zod';
import { DOKUMENTATION_REGIMES, insatsContentSchema, shortText } from '../domain/insats';
import { calendarDateSchema } from '../domain/dates';
import { VERSION_STATUSES } from '../domain/status';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });
export const revisionSchema = z
  .number({ error: 'Revisionen ska vara ett tal: ladda om sidan.' })
  .int({ error: 'Revisionen ska vara ett heltal.' })
  .positive({ error: 'Revisionen ska vara ett positivt heltal.' });

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
  /** The version in force today, when there is one (it may be older than the listed, newest version).
   * Optional (the list always sets it) so rows built elsewhere, e.g. for a picker, need not. */
  gallandeVersionNo: z.number().nullable().optional(),
  sektorId: z.number().nullable().optional(),
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
  /** Raised by every save; send it back with versions/save (0014). */
  revision: z.number(),
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

const catalogueEntrySchema = z.object({
  insatsId: z.number(),
  nummer: z.string().nullable(),
  namn: z.string(),
  versionId: z.number(),
  versionNo: z.number(),
});

export const catalogueDiffSchema = z.object({
  fromDate: z.string(),
  toDate: z.string(),
  added: z.array(catalogueEntrySchema),
  removed: z.array(catalogueEntrySchema),
  changed: z.array(
    catalogueEntrySchema.extend({
      fromVersionId: z.number(),
      fromVersionNo: z.number(),
      fromNamn: z.string(),
      changes: z.array(fieldChangeSchema),
    }),
  ),
  /** Insatser in force on both dates with the same content. */
  unchanged: z.number(),
});
export type CatalogueDiff = z.infer<typeof catalogueDiffSchema>;

/** Dates worth comparing the catalogue on: today, and when each decision took effect. */
export const catalogueDatesSchema = z.object({
  today: z.string(),
  beslut: z.array(
    z.object({
      beslutId: z.number(),
      diarienummer: z.string(),
      paragraf: z.number().nullable(),
      beslutsdatum: z.string(),
      giltigFran: z.string(),
      insatser: z.number(),
    }),
  ),
});
export type CatalogueDates = z.infer<typeof catalogueDatesSchema>;

export const catalogueContract = {
  'insatser/list': { input: insatsListFilterSchema, output: z.array(insatsListRowSchema) },
  'insatser/create': { input: z.object({ content: insatsContentSchema }).strict(), output: versionSchema },
  'insatser/get': { input: z.object({ insatsId: id }).strict(), output: insatsDetailSchema },
  'versions/get': { input: z.object({ versionId: id }).strict(), output: versionSchema },
  /** `revision` is the one the content was based on; a save based on an older one is refused with `conflict`. */
  'versions/save': { input: z.object({ versionId: id, revision: revisionSchema, content: insatsContentSchema }).strict(), output: versionSchema },
  'versions/newDraft': { input: z.object({ insatsId: id }).strict(), output: versionSchema },
  'versions/diff': {
    input: z.object({ fromVersionId: id, toVersionId: id }).strict(),
    output: z.array(fieldChangeSchema),
  },
  'catalogue/diffDates': {
    input: z.object({ fromDate: calendarDateSchema, toDate: calendarDateSchema }).strict(),
    output: catalogueDiffSchema,
  },
  'catalogue/dates': { input: z.object({}).strict(), output: catalogueDatesSchema },
} as const;
