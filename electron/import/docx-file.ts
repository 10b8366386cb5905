// A Word document (.docx) through mammoth: its paragraphs, headings, tables and revision marks as text.
import mammoth from 'mammoth';
import { DocumentError, MESSAGES } from './document-error';
import { blocksToText, htmlToBlocks } from './html-to-text';
import { numberHeadings } from './heading-numbers';

export interface DocxText {
  text: string;
  warnings: string[];
}

export async function readDocxFile(bytes: Uint8Array): Promise<DocxText> {
  const buffer = Buffer.from(bytes);
  if (!buffer.includes('word/document.xml')) throw new DocumentError('unsupported', MESSAGES.zipNotDocx);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { includeDefaultStyleMap: true })).value;
  } catch {
    throw new DocumentError('damaged', MESSAGES.damagedDocx);
  }
  const { blocks, numbered } = numberHeadings(htmlToBlocks(html));
  const text = blocksToText(blocks);
  if (!text.trim()) throw new DocumentError('empty', MESSAGES.emptyText);
  const warnings = numbered
    ? ['Rubrikerna i Word-dokumentet har inga nummer i texten (automatisk numrering); numren har räknats fram från rubriknivåerna. Kontrollera dem.']
    : [];
  return { text, warnings };
}
