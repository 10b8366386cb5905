// Risk- och konsekvensanalys (14 kap. 5 § SoL) of one insats version: read it with what is still missing,
// save the draft, mark it complete, open it again, and print it as its own document.
import { z } from 'zod';
import { RKA_SECTIONS, rkaContentSchema } from '../domain/rka';
import { VERSION_STATUSES } from '../domain/status';
import { generatedFileSchema } from './files';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });
const versionInput = z.object({ versionId: id }).strict();

export const RKA_EXPORT_FORMATS = ['pdf', 'docx'] as const;

export const rkaSchema = z.object({
  versionId: z.number(),
  insatsId: z.number(),
  versionNo: z.number(),
  insatsNamn: z.string(),
  versionStatus: z.enum(VERSION_STATUSES),
  /** The version's documentation regime is 14 kap. 5 §: only then does the version need an analysis. */
  applies: z.boolean(),
  /** The analysis can be changed: the version is an utkast or återremitterad and its regime is 14:5. */
  editable: z.boolean(),
  /** Whether an analysis has been saved for the version (otherwise `content` is a blank one). */
  exists: z.boolean(),
  content: rkaContentSchema,
  complete: z.boolean(),
  /** Carried over from an earlier version and not yet reviewed ("granska analysen igen"). */
  needsReview: z.boolean(),
  flaggedOn: z.string().nullable(),
  /** The version number the analysis was carried over from, when it was. */
  carriedFromVersionNo: z.number().nullable(),
  updatedAt: z.string().nullable(),
  /** The stored analysis's revision (0: none saved yet); send it back with rka/save (0014). */
  revision: z.number(),
  /** The insats's target group includes children under 18: "Barnets bästa" is required. */
  reachesUnder18: z.boolean(),
  /** What must be filled in before the analysis can be marked complete, in section order. */
  missing: z.array(z.object({ section: z.enum(RKA_SECTIONS), message: z.string() })),
});
export type RkaDto = z.infer<typeof rkaSchema>;

export const rkaContract = {
  'rka/get': { input: versionInput, output: rkaSchema },
  /** `revision`: the one the content was based on (0 for a new analysis); an older one is refused with `conflict`. */
  'rka/save': { input: z.object({ versionId: id, revision: z.number().int().min(0).optional(), content: rkaContentSchema }).strict(), output: rkaSchema },
  'rka/complete': {
    // atgarderRacker: the user confirmed that the åtgärder suffice (asked when two or more risks are high).
    input: z.object({ versionId: id, atgarderRacker: z.boolean().optional() }).strict(),
    output: rkaSchema,
  },
  'rka/reopen': { input: versionInput, output: rkaSchema },
  'rka/export': {
    input: z
      .object({
        versionId: id,
        format: z.enum(RKA_EXPORT_FORMATS, { error: 'Välj PDF eller DOCX.' }).default('pdf'),
      })
      .strict(),
    output: generatedFileSchema,
  },
} as const;
