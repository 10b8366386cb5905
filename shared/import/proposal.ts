// What a document import proposes before anything is written: insatser in the portable format, each
// with the source text it came from and what was and was not recognised, the decision metadata found
// and the warnings. The user reviews and edits it; the confirmed part goes to the portable import.
import { z } from 'zod';
import { portableBeslutSchema, portableCatalogueSchema, portableInsatsSchema } from '../domain/portable';
import { COLUMN_KEYS, IGNORED_COLUMN } from './column-labels';
import { documentProseSchema } from './document-prose';
import { appliedProfileSchema } from './import-profile';

export const sourceSpanSchema = z.object({
  fromLine: z.number().int(),
  toLine: z.number().int(),
  text: z.string(),
});
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

/** Something the parser understood: shown as "känt igen" beside the source. */
export const recognisedSchema = z.object({
  /** The content field it fills: "villkor", "dokumentation", "malgruppAlder", … */
  field: z.string(),
  label: z.string(),
  /** The words in the document it was read from. */
  source: z.string(),
});
export type Recognised = z.infer<typeof recognisedSchema>;

/** Something the parser could not turn into structure: shown as "inte tolkat" for the user to check. */
export const unrecognisedSchema = z.object({
  field: z.string(),
  text: z.string(),
  reason: z.string(),
});
export type Unrecognised = z.infer<typeof unrecognisedSchema>;

export const proposedSectionSchema = z.object({ label: z.string(), text: z.string(), fromLine: z.number().int() });

export const proposedInsatsSchema = portableInsatsSchema.extend({
  /** The heading as the table of contents writes it, when it differs from the heading in the text. */
  tocName: z.string().nullable(),
  source: sourceSpanSchema,
  sections: z.array(proposedSectionSchema),
  recognised: z.array(recognisedSchema),
  unrecognised: z.array(unrecognisedSchema),
  /** The heading has no text under it: nothing was filled in. */
  empty: z.boolean(),
});
export type ProposedInsats = z.infer<typeof proposedInsatsSchema>;

export const WARNING_CODES = [
  'empty_insats',
  'toc_name_differs',
  'toc_missing_heading',
  'heading_not_in_toc',
  'struck_text',
  'page_artefacts',
  'no_decision',
  'decision_incomplete',
  'duplicate_diarienummer',
  /** The document names another kommun than the one whose catalogue is in the app. */
  'other_kommun',
  'rka_missing',
  'documentation_missing',
  'duplicate_number',
  'extraction',
  /** The document is a tjänsteskrivelse or tjänsteutlåtande: a proposal, not a decision. */
  'tjansteskrivelse',
  /** A blanket exemption from documentation in the proposed decision text (14 kap. 5 § is per insats): blocking. */
  'blanket_exemption',
  'unknown_label',
  'numbering_gap',
  'numbering_start',
  'ambiguous_heading',
  'empty_field',
] as const;
export const importWarningSchema = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
  nummer: z.string().nullable(),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

/** Decision metadata as found: any field may be missing (''), until the user completes it. */
export const beslutDraftSchema = z.object({
  typAvStyrdokument: z.string(),
  beslutandeInstans: z.string(),
  datumForBeslut: z.string(),
  diarienummer: z.string(),
  paragraf: z.number().int().positive().nullable(),
  gallerFor: z.string(),
  giltigFran: z.string(),
  giltigTill: z.string().nullable(),
  reviderasSenast: z.string().nullable(),
  dokumentansvarig: z.string(),
});
export type BeslutDraft = z.infer<typeof beslutDraftSchema>;

export const decisionFoundSchema = z.object({
  draft: beslutDraftSchema,
  /** All required fields are there: the decision can be recorded as it stands. */
  complete: z.boolean(),
  missing: z.array(z.string()),
  source: sourceSpanSchema,
  recognised: z.array(recognisedSchema),
});
export type DecisionFound = z.infer<typeof decisionFoundSchema>;

export const GROUPINGS = ['sektor', 'kategori'] as const;

/** A label or column header the vocabulary does not know (unknown-labels.ts), for the user to map. */
export const unknownLabelSchema = z.object({
  label: z.string(),
  /** The label in the form an import profile stores it. */
  key: z.string(),
  lineNo: z.number().int(),
  count: z.number().int(),
  kind: z.enum(['etikett', 'kolumn']),
});
export type UnknownLabel = z.infer<typeof unknownLabelSchema>;

/** A column of the row-per-insats table the insatser were read from, with what it was read as. */
export const tableColumnSchema = z.object({ header: z.string(), key: z.string(), meaning: z.enum([...COLUMN_KEYS, IGNORED_COLUMN]).nullable() });
export type ProposedTableColumn = z.infer<typeof tableColumnSchema>;
/** A kind of heading the outline found ("decimal 3" for 2.1.1, "rubrik 2", "A1"); the chosen one is the insats level. */
export const headingLevelSchema = z.object({
  level: z.string(),
  count: z.number().int(),
  example: z.string(),
  chosen: z.boolean(),
});

export const parsedCatalogueSchema = z.object({
  titel: z.string(),
  kommun: z.string(),
  /** The kommun the document names most often ("Östersunds kommun"), whatever the app is set up for. */
  namedKommun: z.string().nullable().default(null),
  namnd: z.string(),
  grouping: z.enum(GROUPINGS),
  decision: decisionFoundSchema.nullable(),
  sektorer: z.array(z.object({ namn: z.string(), enheter: z.array(z.string()) })),
  kategorier: z.array(z.string()),
  insatser: z.array(proposedInsatsSchema),
  warnings: z.array(importWarningSchema),
  /** The document is a tjänsteskrivelse or tjänsteutlåtande: it proposes a decision that is not yet taken. */
  tjansteskrivelse: z.boolean().optional(),
  /** Its numbered "Förslag till beslut", offered as the ärende's decision text. */
  forslagTillBeslut: z.array(z.string()).optional(),
  unknownLabels: z.array(unknownLabelSchema).default([]),
  /** The header row's columns when the insatser were read one per table row (a spreadsheet). */
  tableColumns: z.array(tableColumnSchema).nullable().default(null),
  /** The kinds of heading found, so the user can say which is the insats level (ParseOptions.insatsLevel). */
  headingLevels: z.array(headingLevelSchema).optional(),
  stats: z.object({
    lines: z.number().int(),
    tocEntries: z.number().int(),
    headings: z.number().int(),
    pageArtefacts: z.number().int(),
    struck: z.number().int(),
  }),
});
export type ParsedCatalogue = z.infer<typeof parsedCatalogueSchema>;

export const IMPORT_FORMATS = ['text', 'docx', 'pdf', 'xlsx', 'csv', 'html'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const importProposalSchema = parsedCatalogueSchema.extend({
  fileName: z.string(),
  format: z.enum(IMPORT_FORMATS),
  /** The document's own prose chapters and förteckning heading, kept as the catalogue's document texts. */
  prose: documentProseSchema.optional(),
  /** The kommun's saved import profile, when the proposal was read with it. */
  appliedProfile: appliedProfileSchema.nullable().default(null),
});
export type ImportProposal = z.infer<typeof importProposalSchema>;

/** What the user confirms: the reviewed catalogue, only the insatser kept, in the portable format. */
export const importConfirmSchema = z
  .object({
    catalogue: portableCatalogueSchema.refine((c) => c.insatser.length > 0, {
      error: 'Välj minst en insats att importera.',
      path: ['insatser'],
    }),
    fileName: z.string().max(260).default(''),
    /** The document's prose as proposed (ImportProposal.prose); its title and nämnd travel in the catalogue. */
    prose: documentProseSchema.optional(),
    /** The review's mapping choices, saved as the kommun's import profile in the same transaction. */
    profile: appliedProfileSchema.optional(),
  })
  .strict();
export type ImportConfirm = z.infer<typeof importConfirmSchema>;

export const importResultSchema = z.object({
  insatser: z.number().int(),
  versionIds: z.array(z.number().int()),
  beslutId: z.number().int().nullable(),
});

export { portableBeslutSchema };
