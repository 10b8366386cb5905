// Any uploaded catalogue document → its text, by what the bytes are (not what the name says).
// Nothing is written anywhere; a document that cannot be read gets a Swedish reason.
import type { ImportFormat } from '../../shared/import/proposal';
import { isEncryptedOffice, sniffFormat } from './detect-format';
import { DocumentError, MESSAGES } from './document-error';
import { readDocxFile } from './docx-file';
import { readPdfFile } from './pdf-file';
import { readTextFile } from './text-file';

export interface ExtractedText {
  text: string;
  format: ImportFormat;
  warnings: string[];
}

export async function extractDocumentText(bytes: Uint8Array): Promise<ExtractedText> {
  switch (sniffFormat(bytes)) {
    case 'empty':
      throw new DocumentError('empty', MESSAGES.empty);
    case 'pdf': {
      const pdf = await readPdfFile(bytes);
      return { text: pdf.text, format: 'pdf', warnings: [] };
    }
    case 'zip': {
      const docx = await readDocxFile(bytes);
      return { text: docx.text, format: 'docx', warnings: docx.warnings };
    }
    case 'ole':
      throw isEncryptedOffice(bytes) ? new DocumentError('encrypted', MESSAGES.encrypted) : new DocumentError('unsupported', MESSAGES.legacyWord);
    case 'rtf':
      throw new DocumentError('unsupported', MESSAGES.rtf);
    case 'image':
      throw new DocumentError('binary', MESSAGES.image);
    case 'text':
      return { text: readTextFile(bytes), format: 'text', warnings: [] };
  }
}
