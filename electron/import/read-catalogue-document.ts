// Uploaded bytes → the import proposal: text extraction, then the pure parser. A readable document
// that holds no insatser is refused as unrelated. Shared by the service and the CLI; writes nothing.
import { extractDocumentProse } from '../../shared/import/document-prose';
import { parseCatalogueDocument, type ParseOptions } from '../../shared/import/parse-catalogue';
import type { ImportProposal } from '../../shared/import/proposal';
import { DocumentError, MESSAGES } from './document-error';
import { extractDocumentText } from './extract-text';

export async function readCatalogueDocument(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ImportProposal> {
  const extracted = await extractDocumentText(bytes);
  const parsed = parseCatalogueDocument(extracted.text, options);
  if (parsed.insatser.length === 0) throw new DocumentError('unrelated', MESSAGES.unrelated);
  return {
    ...parsed,
    fileName,
    format: extracted.format,
    prose: extractDocumentProse(
      extracted.text,
      parsed.insatser.map((i) => i.nummer),
    ),
    warnings: [...extracted.warnings.map((message) => ({ code: 'extraction' as const, message, nummer: null })), ...parsed.warnings],
  };
}
