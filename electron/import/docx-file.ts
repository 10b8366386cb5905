// A Word document (.docx) through mammoth: its paragraphs, headings, tables and revision marks as text.
import mammoth from 'mammoth';
import { DocumentError, MESSAGES } from './document-error';
import { blocksToText, htmlToBlocks } from './html-to-text';
import { numberHeadings } from './heading-numbers';

export interface DocxText {
  text: string;
  warnings: string[];
}

interface MammothParagraph {
  type: string;
  styleId?: string | null;
  styleName?: string | null;
}

/** A custom heading style ("Rubrik 2 Insats", "Heading 3 Kommun") is read as the Word heading of that level. */
export function headingStyleLevel(styleName: string | null | undefined): number | null {
  const m = /(?:heading|rubrik)\s*(\d)/iu.exec(styleName ?? '');
  const level = m ? Number(m[1]) : 0;
  return level >= 1 && level <= 6 ? level : null;
}

const customHeadings = mammoth.transforms.paragraph((p: MammothParagraph) => {
  const level = headingStyleLevel(p.styleName);
  return level ? { ...p, styleId: `Heading${level}`, styleName: `heading ${level}` } : p;
});

export async function readDocxFile(bytes: Uint8Array): Promise<DocxText> {
  const buffer = Buffer.from(bytes);
  if (!buffer.includes('word/document.xml')) throw new DocumentError('unsupported', MESSAGES.zipNotDocx);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { includeDefaultStyleMap: true, transformDocument: customHeadings })).value;
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
