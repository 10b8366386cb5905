// Importing an existing catalogue document: parse proposes (writes nothing), confirm imports the
// reviewed proposal in one transaction.
import { z } from 'zod';
import { uploadedFileSchema } from './files';
import { importConfirmSchema, importProposalSchema, importResultSchema } from '../import/proposal';

export const importContract = {
  'import/parse': { input: z.object({ file: uploadedFileSchema }).strict(), output: importProposalSchema },
  'import/confirm': { input: importConfirmSchema, output: importResultSchema },
} as const;
