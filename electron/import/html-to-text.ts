// Mammoth's HTML of a Word document → the importer's text in the shared structure marks
// (shared/import/structure-marks.ts): one paragraph per line with a blank line between, a Word heading as
// "## text", a table row as "| cell | cell |" (the rows of one table on consecutive lines), strikethrough
// as ~~…~~ and bold as **…** so the parser can tell deleted text from emphasis. Heading levels are kept
// so unnumbered Word headings can be numbered.
import { formatHeading, formatTableRow } from '../../shared/import/structure-marks';

export interface TextBlock {
  text: string;
  /** 1–6 for a Word heading, 0 for anything else. */
  headingLevel: number;
  /** A table row's cells (text holds them joined by tabs). */
  cells?: string[];
  /** The first row of a table (a table right after another stays a table of its own). */
  tableStart?: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
const CONTAINER_TAGS = new Set(['ul', 'ol', 'table', 'div', 'blockquote']);

const clean = (text: string) =>
  text
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
const hasText = (text: string) => text.replace(/~~|\*\*/g, '').trim() !== '';

export function htmlToBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let line = '';
  let level = 0;
  /** Depth of nested table cells; a nested table's text stays in its outer cell. */
  let depth = 0;
  let cell = '';
  let row: string[] | null = null;
  let tableStart = false;
  const flush = () => {
    const text = clean(line.replace(/\n/g, ' '));
    if (hasText(text)) blocks.push({ text, headingLevel: level });
    line = '';
    level = 0;
  };
  const endCell = () => {
    row?.push(clean(cell).replace(/\n+$/u, ''));
    cell = '';
  };
  const endRow = () => {
    if (row && row.some(hasText)) {
      blocks.push({ text: row.filter(hasText).join('\t'), headingLevel: 0, cells: row, ...(tableStart ? { tableStart } : {}) });
      tableStart = false;
    }
    row = null;
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    const inCell = depth > 0;
    if (m[3] !== undefined) {
      const text = decodeEntities(m[3]).replace(/[\r\n]+/g, ' ');
      if (inCell) cell += text;
      else line += text;
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    const add = (mark: string) => (inCell ? (cell += mark) : (line += mark));
    if (tag === 's' || tag === 'del' || tag === 'strike') add('~~');
    else if (tag === 'strong' || tag === 'b') add('**');
    else if (tag === 'td' || tag === 'th') {
      if (!closing) {
        if (depth === 0) cell = '';
        depth += 1;
      } else {
        depth -= 1;
        if (depth === 0) endCell();
        else cell += ' ';
      }
    } else if (tag === 'tr') {
      if (depth > 0) cell += '\n';
      else if (!closing) {
        flush();
        row = [];
      } else endRow();
    } else if (inCell) {
      // Paragraphs and breaks inside a table cell are line breaks inside the cell.
      if (tag === 'br' || (closing && PARAGRAPH_TAGS.has(tag))) cell += '\n';
      if (!closing && tag === 'li') cell += '- ';
    } else if (tag === 'br') flush();
    else if (PARAGRAPH_TAGS.has(tag)) {
      flush();
      if (!closing && tag[0] === 'h') level = Number(tag[1]);
      if (!closing && tag === 'li') line = '- ';
    } else if (CONTAINER_TAGS.has(tag)) {
      flush();
      if (tag === 'table') {
        endRow();
        tableStart = !closing;
      }
    }
  }
  flush();
  endRow();
  return blocks;
}

/** The blocks in the structure marks; the rows of one table stay on consecutive lines. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  let out = '';
  blocks.forEach((b, i) => {
    const text = b.cells ? formatTableRow(b.cells) : b.headingLevel > 0 ? formatHeading(b.headingLevel, b.text) : b.text;
    if (i > 0) out += b.cells && !b.tableStart && blocks[i - 1].cells ? '\n' : '\n\n';
    out += text;
  });
  return out;
}
