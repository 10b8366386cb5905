// Any uploaded catalogue document → its text, by what the bytes are (not what the name says).
// Nothing is written anywhere; a document that cannot be read gets a Swedish reason.
import type { ImportFormat } from '../../shared/import/proposal';
import { isEncryptedOffice, sniffFormat } from './detect-format';
import { DocumentError, MESSAGES } from './document-error';
import { readDocxFile } from './docx-file';
import { readPdfFile } from './pdf-file';
import { csvHeaderDelimiter, decodeCsv, readCsvFile } from './csv-file';
import { htmlToImportText, looksLikeHtml } from './html-file';
import { readTextFile } from './text-file';
import { isXlsx, readXlsxFile } from './xlsx-file';

export interface ExtractedText {
  text: string;
  format: ImportFormat;
  warnings: string[];
}

/** A text file is read as CSV when its name says so, or when a line splits into a header row the column vocabulary knows. */
function isCsv(bytes: Uint8Array, fileName: string): boolean {
  if (/\.csv$/iu.test(fileName)) return true;
  try {
    return csvHeaderDelimiter(decodeCsv(bytes.subarray(0, 64 * 1024))) !== null;
  } catch {
    return false;
  }
}

export async function extractDocumentText(bytes: Uint8Array, fileName = ''): Promise<ExtractedText> {
  switch (sniffFormat(bytes)) {
    case 'empty':
      throw new DocumentError('empty', MESSAGES.empty);
    case 'pdf': {
      const pdf = await readPdfFile(bytes);
      return { text: pdf.text, format: 'pdf', warnings: [] };
    }
    case 'zip': {
      // An XLSX is a zip too: its workbook part tells it from a DOCX.
      if (isXlsx(bytes)) return { text: await readXlsxFile(bytes), format: 'xlsx', warnings: [] };
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
      if (isCsv(bytes, fileName)) return { text: readCsvFile(bytes), format: 'csv', warnings: [] };
      const text = readTextFile(bytes);
      if (looksLikeHtml(text)) return { text: htmlToImportText(text), format: 'html', warnings: [] };
      return { text, format: 'text', warnings: [] };
  }
}
