// Importing an existing catalogue document: parse proposes (writes nothing), confirm imports the
// reviewed proposal in one transaction, and saves the review's mapping choices as the kommun's import profile.
import { z } from 'zod';
import { uploadedFileSchema } from './files';
import { importProfileSchema } from '../import/import-profile';
import { importConfirmSchema, importProposalSchema, importResultSchema } from '../import/proposal';

export const importContract = {
  /** `profile`: the review's mapping choices, to read the document again with them. */
  'import/parse': { input: z.object({ file: uploadedFileSchema, profile: importProfileSchema.optional() }).strict(), output: importProposalSchema },
  'import/confirm': { input: importConfirmSchema, output: importResultSchema },
} as const;
