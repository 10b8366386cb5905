// A Word document (.docx) through mammoth: its paragraphs, headings, tables and revision marks as text.
import mammoth from 'mammoth';
import { DocumentError, MESSAGES } from './document-error';
import { blocksToText, htmlToBlocks } from './html-to-text';
import { numberHeadings } from './heading-numbers';
import { styleOutlineLevels } from './docx-styles';

export interface DocxText {
  text: string;
  warnings: string[];
}

interface MammothElement {
  type: string;
  styleId?: string | null;
  styleName?: string | null;
  children?: MammothElement[];
}

/** A custom heading style ("Rubrik 2 Insats", "Heading 3 Kommun") is read as the Word heading of that level. */
export function headingStyleLevel(styleName: string | null | undefined): number | null {
  const m = /(?:heading|rubrik)\s*(\d)/iu.exec(styleName ?? '');
  const level = m ? Number(m[1]) : 0;
  return level >= 1 && level <= 6 ? level : null;
}

/**
 * Mammoth's document tree with every paragraph in a custom heading style (by its name, or by the outline
 * level its style sets) given the built-in heading style of that level.
 */
function customHeadings(outlineLevels: ReadonlyMap<string, number>) {
  const walk = (element: MammothElement): MammothElement => {
    const children = element.children?.map(walk);
    const out = children ? { ...element, children } : element;
    const level = out.type === 'paragraph' ? (headingStyleLevel(out.styleName) ?? outlineLevels.get(out.styleId ?? '') ?? null) : null;
    return level ? { ...out, styleId: `Heading${level}`, styleName: `heading ${level}` } : out;
  };
  return walk;
}

export async function readDocxFile(bytes: Uint8Array): Promise<DocxText> {
  const buffer = Buffer.from(bytes);
  if (!buffer.includes('word/document.xml')) throw new DocumentError('unsupported', MESSAGES.zipNotDocx);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer }, { includeDefaultStyleMap: true, transformDocument: customHeadings(styleOutlineLevels(bytes)) })).value;
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
