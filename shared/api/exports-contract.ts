// Documents out: the catalogue document (PDF/DOCX), the utförare checklist, the public text (HTML in a
// zip) and open data (JSON/CSV), each printed either as the catalogue stood decided on a date or as the
// draft of the next revision; the catalogue document's own title and introduction; and the import of
// an open-data JSON file into an empty catalogue.
import { z } from 'zod';
import { shortText } from '../domain/insats';
import { calendarDateSchema } from '../domain/dates';
import { generatedFileSchema, uploadedFileSchema } from './files';

/**
 * beslutad: the versions in force on a date, under the metadata of the decision that adopted them.
 * utkast: the newest version of every insats, new and changed ones marked against what is in force today.
 */
export const CATALOGUE_MODES = ['beslutad', 'utkast'] as const;
export type CatalogueMode = (typeof CATALOGUE_MODES)[number];
export const CATALOGUE_MODE_LABELS: Record<CatalogueMode, string> = {
  beslutad: 'Som beslutad på ett datum',
  utkast: 'Utkast till nästa revision',
};

/** organisation: sektor → enhet (seed 001); kategori: the nämnd's kategorier (seed 002). */
export const GROUPINGS = ['organisation', 'kategori'] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const GROUPING_LABELS: Record<Grouping, string> = {
  organisation: 'Sektor och enhet',
  kategori: 'Kategori',
};

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export const OPEN_DATA_FORMATS = ['json', 'csv'] as const;

const selection = {
  mode: z.enum(CATALOGUE_MODES, { error: 'Välj beslutad katalog eller utkast.' }),
  /** beslutad: the date the catalogue is printed as in force on; null means today. Not used for utkast. */
  datum: calendarDateSchema.nullable().default(null),
};

export const documentExportSchema = z
  .object({
    ...selection,
    format: z.enum(DOCUMENT_FORMATS, { error: 'Formatet ska vara PDF eller DOCX.' }),
    grouping: z.enum(GROUPINGS, { error: 'Välj gruppering efter sektor och enhet eller efter kategori.' }),
  })
  .strict();
export type DocumentExportInput = z.infer<typeof documentExportSchema>;

export const publicTextExportSchema = z
  .object({ ...selection, grouping: z.enum(GROUPINGS, { error: 'Välj gruppering efter sektor och enhet eller efter kategori.' }) })
  .strict();
export type PublicTextExportInput = z.infer<typeof publicTextExportSchema>;

export const openDataExportSchema = z.object({ ...selection, format: z.enum(OPEN_DATA_FORMATS, { error: 'Formatet ska vara JSON eller CSV.' }) }).strict();
export type OpenDataExportInput = z.infer<typeof openDataExportSchema>;

export const selectionSchema = z.object(selection).strict();
export type SelectionInput = z.infer<typeof selectionSchema>;

/** What a printout would contain, shown before the user downloads it. */
export const exportOverviewSchema = z.object({
  mode: z.enum(CATALOGUE_MODES),
  datum: z.string(),
  titel: z.string(),
  antal: z.number().int(),
  nya: z.number().int(),
  andrade: z.number().int(),
  /** The grouping that fits the data: sektor/enhet when more insatser have an enhet than a kategori. */
  gruppering: z.enum(GROUPINGS),
  /** The decision whose metadata heads the document (beslutad); null for a draft or when none. */
  beslut: z
    .object({
      beteckning: z.string(),
      beslutsdatum: z.string(),
      giltigFran: z.string().nullable(),
      giltigTill: z.string().nullable(),
    })
    .nullable(),
});
export type ExportOverview = z.infer<typeof exportOverviewSchema>;

/** The document's own prose (an imported document's chapters 1–2 are some 20 000 characters). */
export const DOCUMENT_TEXT = 100_000;
const documentText = z
  .string({ error: 'Ska vara text.' })
  .max(DOCUMENT_TEXT, { error: `Får vara högst ${DOCUMENT_TEXT} tecken.` })
  // oxlint-disable-next-line no-control-regex -- control characters are what this pattern refuses
  .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), { error: 'Innehåller otillåtna kontrolltecken.' });

export const documentSettingsSchema = z.object({
  titel: z.string(),
  inledning: z.string(),
  /** Whether the introduction is the user's own text (false: the default legal introduction). */
  egenInledning: z.boolean(),
  standardTitel: z.string(),
  standardInledning: z.string(),
  /** The nämnd the document names under its title; '' means the nämnd in Inställningar. */
  namnd: z.string(),
  /** The heading and opening text of the chapter listing the insatser (kategori grouping); '' means the default. */
  forteckningRubrik: z.string(),
  forteckningText: z.string(),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

export const saveDocumentSettingsSchema = z
  .object({
    /** Blank means the default title. */
    titel: shortText,
    /** null means back to the default introduction. An imported document's prose chapters run to many pages. */
    inledning: documentText.nullable(),
    /** Blank means the nämnd in Inställningar; left out, the stored one is kept. */
    namnd: shortText.optional(),
    /** Blank means the default heading "Förteckning över insatser"; left out, the stored one is kept. */
    forteckningRubrik: shortText.optional(),
    forteckningText: documentText.optional(),
  })
  .strict();

export const importOpenDataResultSchema = z.object({
  titel: z.string(),
  insatser: z.number().int(),
  /** "2025.053 SN § 37" when the file carried the decision, else null. */
  beslut: z.string().nullable(),
  /** Something the user should know, e.g. that the file comes from another kommun than the app is set up for. */
  varning: z.string().nullable(),
});
export type ImportOpenDataResult = z.infer<typeof importOpenDataResultSchema>;

export const exportsContract = {
  'exports/overview': { input: selectionSchema, output: exportOverviewSchema },
  'exports/catalogue': { input: documentExportSchema, output: generatedFileSchema },
  'exports/checklist': { input: documentExportSchema, output: generatedFileSchema },
  'exports/publicText': { input: publicTextExportSchema, output: generatedFileSchema },
  'exports/openData': { input: openDataExportSchema, output: generatedFileSchema },
  'exports/documentSettings': { input: z.object({}).strict(), output: documentSettingsSchema },
  'exports/saveDocumentSettings': { input: saveDocumentSettingsSchema, output: documentSettingsSchema },
  'exports/importOpenData': { input: z.object({ file: uploadedFileSchema }).strict(), output: importOpenDataResultSchema },
} as const;
