// The parser's view of a document: numbered lines (1-based, as in the text it was given), each one a
// paragraph once page artefacts are gone. Line numbers let every proposal point back at its source.
// The extraction's structure marks (structure-marks.ts) are read here: a heading keeps its level, a table
// row its cells; the text is what the line says without the marks (a row's cells joined by tabs).
import { parseMarkedLine } from './structure-marks';

export interface Line {
  /** 1-based line number in the document text. */
  no: number;
  /** The text with whitespace normalised; tabs are kept (they separate TOC entries and table cells). */
  text: string;
  /** A page starts here (a form feed in the text, as the PDF extraction writes between pages). */
  pageBreakBefore: boolean;
  /** 1–6 for a line marked as a heading ("## …"). */
  heading?: number;
  /** The cells of a line marked as a table row ("| a | b |"). */
  cells?: string[];
}

/** Characters that documents carry but that mean nothing to the reader. */
// oxlint-disable-next-line no-control-regex -- control characters are what this pattern finds
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

export function normaliseLineText(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ ]{2,}/g, ' ')
    .replace(/ *\t */g, '\t')
    .trim();
}

export function rawLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Splits the document into lines; blank lines are dropped but keep their place in the numbering. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pendingBreak = false;
  rawLines(text).forEach((raw, index) => {
    if (raw.includes('\f')) pendingBreak = true;
    const cleaned = normaliseLineText(raw.replace(/\f/g, ''));
    if (!cleaned) return;
    const marked = parseMarkedLine(cleaned);
    const line: Line = { no: index + 1, text: cleaned, pageBreakBefore: pendingBreak };
    if (marked.kind === 'heading') Object.assign(line, { text: marked.text, heading: marked.level });
    else if (marked.kind === 'row') {
      const cells = marked.cells.map(normaliseLineText);
      if (cells.every((c) => !c)) return;
      Object.assign(line, { text: cells.filter(Boolean).join('\t'), cells });
    }
    lines.push(line);
    pendingBreak = false;
  });
  return lines;
}

/** The original text of lines from..to (inclusive), for showing the source beside a proposal. */
export function sourceText(raw: string[], from: number, to: number, leaveOut: ReadonlySet<number> = new Set()): string {
  return raw
    .slice(from - 1, to)
    .map((l, i) =>
      leaveOut.has(from + i)
        ? ''
        : l
            .replace(/\f/g, '')
            .replace(/^#{1,6}[ \t]+/u, '')
            .replace(/\s+$/, ''),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
