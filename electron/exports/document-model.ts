// A small block model for the documents the app produces (katalogen, protokollsutdrag, tjänsteskrivelse,
// risk- och konsekvensanalys). Each document is described once as blocks and rendered twice: to PDF
// (render-pdf.ts) and to DOCX (render-docx.ts). Everything here is plain data; every string is drawn as
// text, never interpreted as markup.

/** A run of text inside a paragraph, optionally bold or italic. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Plain text, or runs with emphasis ("Motivering:" in bold followed by the text). */
export type RichText = string | readonly TextRun[];

export type HeadingLevel = 1 | 2 | 3 | 4;

/** The document's title block on the first page. */
export interface TitleBlock {
  kind: 'title';
  /** Small line above the title, e.g. "Alingsås kommun". */
  kicker?: string;
  text: string;
  /** Line under the title, e.g. "Socialnämnden". */
  subtitle?: string;
  /** A smaller title for memos and protocol extracts. */
  compact?: boolean;
}

/** Label–value rows such as the decision metadata header of a styrdokument. */
export interface MetadataBlock {
  kind: 'metadata';
  rows: ReadonlyArray<{ label: string; value: string }>;
}

export interface HeadingBlock {
  kind: 'heading';
  level: HeadingLevel;
  /** "3.1.1"; drawn before the text. */
  number?: string | null;
  text: string;
  /** A marker after the heading, e.g. "[Ändrad]". */
  marker?: string | null;
  /** Whether the heading is listed in the table of contents; default: levels 1–3. */
  toc?: boolean;
  /** Stable id for bookmarks and TOC links; assigned by the renderers when missing. */
  id?: string;
}

export type ParagraphStyle = 'body' | 'note' | 'small' | 'lead' | 'draftNote';

export interface ParagraphBlock {
  kind: 'paragraph';
  content: RichText;
  style?: ParagraphStyle;
  /** Indentation in steps (one step ≈ 1 cm). */
  indent?: number;
}

export interface ListBlock {
  kind: 'list';
  items: readonly RichText[];
  ordered?: boolean;
  indent?: number;
}

export interface TableCellObject {
  text: string;
  bold?: boolean;
  /** Background colour as hex "#RRGGBB". */
  fill?: string | null;
  align?: 'left' | 'center' | 'right';
}
export type TableCell = string | TableCellObject;

export interface TableColumn {
  header: string;
  /** Relative width (the columns share the text width in proportion). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export interface TableBlock {
  kind: 'table';
  columns: readonly TableColumn[];
  rows: ReadonlyArray<readonly TableCell[]>;
  /** Short caption above the table, e.g. "Tabell 1. Risker". */
  caption?: string;
  /** The first column holds row headers (drawn bold and tagged as header cells). */
  rowHeaders?: boolean;
  /** Whether the header row is drawn (default true). */
  showHeader?: boolean;
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

export interface Signer {
  /** "Ordförande", "Justerare", "Utdragsbestyrkande". */
  role: string;
  /** Printed under the line when known. */
  name?: string | null;
  /** A label above the line, shared by the following signers with the same group ("Justerandes signatur"). */
  group?: string | null;
}

/** Signature lines, drawn side by side. */
export interface SignaturesBlock {
  kind: 'signatures';
  title?: string;
  signers: readonly Signer[];
  /** Adds an "Ort och datum" line before the signatures. */
  placeAndDate?: boolean;
  /** Signature lines side by side (default 2). */
  columns?: 1 | 2 | 3;
}

export interface TocBlock {
  kind: 'toc';
  title: string;
  /** Deepest heading level listed (default 3). */
  maxLevel?: 1 | 2 | 3;
}

export type Block = TitleBlock | MetadataBlock | HeadingBlock | ParagraphBlock | ListBlock | TableBlock | PageBreakBlock | SignaturesBlock | TocBlock;

export interface DocumentModel {
  /** Document title (PDF metadata, DOCX core properties). */
  title: string;
  subject?: string;
  author?: string;
  keywords?: readonly string[];
  /** BCP 47 language tag; the app writes Swedish. */
  language?: 'sv-SE';
  /** Prints "UTKAST" in the page header (and the builders put it in the title). */
  draft?: boolean;
  /** Smaller headings and spacing, for memos and protocol extracts. */
  compact?: boolean;
  /** Running header: left and right parts. */
  header?: { left?: string; right?: string };
  /** Text at the left of the footer; the right holds "Sida X av Y". */
  footer?: { left?: string };
  blocks: readonly Block[];
}

export const DRAFT_LABEL = 'UTKAST';
export const DEFAULT_LANGUAGE = 'sv-SE';

/** Plain text of a rich text value. */
export function plainText(content: RichText): string {
  return typeof content === 'string' ? content : content.map((r) => r.text).join('');
}

/** Runs of a rich text value. */
export function runsOf(content: RichText): readonly TextRun[] {
  return typeof content === 'string' ? [{ text: content }] : content;
}

export function cellObject(cell: TableCell): TableCellObject {
  return typeof cell === 'string' ? { text: cell } : cell;
}

/** The metadata header as both renderers draw it: a two-column table, labels as row headers, "–" for a blank value. */
export function metadataTable(block: MetadataBlock): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'Uppgift', width: 34 },
      { header: 'Värde', width: 66 },
    ],
    rows: block.rows.map((r) => [r.label, r.value || '–']),
    rowHeaders: true,
    showHeader: false,
  };
}

/** Whether a heading is listed in the table of contents (levels 1–3 unless stated). */
export function inToc(block: HeadingBlock, maxLevel = 3): boolean {
  if (block.level > maxLevel) return false;
  return block.toc ?? block.level <= 3;
}

/** The heading text as a TOC or bookmark shows it: "3.1.1 Familjerådgivning". */
export function headingLabel(block: HeadingBlock): string {
  return block.number ? `${block.number} ${block.text}` : block.text;
}

/**
 * Gives every heading an id (keeps ids that are set, numbers the rest "h1", "h2", …), so that the PDF bookmarks,
 * named destinations, DOCX bookmarks and TOC entries agree.
 */
export function withHeadingIds(blocks: readonly Block[]): Block[] {
  const used = new Set<string>();
  for (const b of blocks) if (b.kind === 'heading' && b.id) used.add(b.id);
  let n = 0;
  return blocks.map((b) => {
    if (b.kind !== 'heading' || b.id) return b;
    let id: string;
    do id = `h${++n}`;
    while (used.has(id));
    used.add(id);
    return { ...b, id };
  });
}

/**
 * Turns free text from a user into blocks: blank lines separate paragraphs, lines that start with "-", "–", "•"
 * or "*" followed by a space become list items. Nothing else is interpreted.
 */
export function textToBlocks(text: string, options: { style?: ParagraphStyle; indent?: number } = {}): Block[] {
  const blocks: Block[] = [];
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (!normalized) return blocks;
  for (const chunk of normalized.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    let paragraph: string[] = [];
    let items: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', content: paragraph.join(' '), style: options.style, indent: options.indent });
      paragraph = [];
    };
    const flushItems = () => {
      if (items.length) blocks.push({ kind: 'list', items, indent: options.indent });
      items = [];
    };
    for (const line of lines) {
      const bullet = /^(?:[-–•*])\s+(.*)$/.exec(line);
      if (bullet) {
        flushParagraph();
        items.push(bullet[1]);
      } else {
        flushItems();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushItems();
  }
  return blocks;
}

/**
 * Column widths in proportion to the weights, widened where a column needs more (so that no word is broken inside
 * a cell), taking the space from the columns that have some to spare. When the minimums do not fit, the
 * proportional widths are kept.
 */
export function fitColumnWidths(weights: readonly number[], minimums: readonly number[], total: number): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => (total * w) / weightSum);
  const min = minimums.map((m) => Math.min(m, total / 2));
  if (min.reduce((a, b) => a + b, 0) > total) return widths;
  for (let pass = 0; pass < 6; pass++) {
    const deficit = widths.reduce((sum, w, c) => sum + Math.max(0, min[c] - w), 0);
    if (deficit <= 0.01) break;
    const spare = widths.map((w, c) => Math.max(0, w - min[c]));
    const spareTotal = spare.reduce((a, b) => a + b, 0);
    if (spareTotal <= 0) break;
    const take = Math.min(deficit, spareTotal);
    for (let c = 0; c < widths.length; c++) {
      if (widths[c] < min[c]) widths[c] = min[c];
      else widths[c] -= (spare[c] / spareTotal) * take;
    }
  }
  return widths;
}

/** Joins the parts that are filled in: a catalogue without a kommun gets "Socialnämnden", not "· Socialnämnden". */
export function joinFilled(separator: string, ...parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(separator);
}
