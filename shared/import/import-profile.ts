// An import profile: what a kommun told the review screen about its own document layout ("Vilka kan
// delta" means Målgrupp, the column "Kostnad" is left out, headings of the kind "decimal 3" are insatser). Saved per
// kommun and applied to the next document from it, so next year's revision imports without a click.
import { z } from 'zod';
import { COLUMN_KEYS, IGNORED_COLUMN } from './column-labels';
import { SECTION_KEYS } from './section-labels';

const choiceKey = z.string().trim().min(1).max(80);

export const importProfileSchema = z
  .object({
    /** Label (labelKey form) → the section it starts. */
    labels: z.record(choiceKey, z.enum(SECTION_KEYS)).default({}),
    /** Column header (columnKey form) → what the column holds, or "ignorera". */
    columns: z.record(choiceKey, z.enum([...COLUMN_KEYS, IGNORED_COLUMN])).default({}),
    /** The kind of heading that is an insats (a proposal's headingLevels level, "decimal 3", "rubrik 2"); null lets the parser decide. */
    insatsLevel: z.string().trim().min(1).max(40).nullable().default(null),
  })
  .strict()
  .refine((p) => Object.keys(p.labels).length + Object.keys(p.columns).length <= 200, { error: 'Importprofilen har för många val.' });
export type ImportProfile = z.infer<typeof importProfileSchema>;

export const EMPTY_PROFILE: ImportProfile = { labels: {}, columns: {}, insatsLevel: null };

export const isEmptyProfile = (p: ImportProfile) => Object.keys(p.labels).length === 0 && Object.keys(p.columns).length === 0 && p.insatsLevel === null;

/** The saved profile of a kommun, as the proposal names it when it was applied. */
export const appliedProfileSchema = z.object({ kommun: z.string(), profile: importProfileSchema });
export type AppliedProfile = z.infer<typeof appliedProfileSchema>;
