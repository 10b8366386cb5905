import { matchSectionLabel } from '../../shared/import/section-labels';
import { formatHeading } from '../../shared/import/structure-marks';

// Text items of PDF pages (position, size, string) → paragraphs in reading order: items on one
// baseline make a line (a wide gap becomes a tab, as between a TOC title and its page number), lines
// close together make a paragraph, and a larger gap, a change of size or a short last line ends one.
// Headings are told by their type: a paragraph clearly larger than the body text, or a short one
// in bold alone, is written with the heading mark ("## …"); the larger the size, the higher the level.

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The item's font is bold (from the font's name). */
  bold?: boolean;
}

interface PdfLine {
  text: string;
  x: number;
  y: number;
  right: number;
  size: number;
  bold: boolean;
}

/** A paragraph with the type it is set in. */
export interface PdfParagraph {
  text: string;
  size: number;
  bold: boolean;
}

function toLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: PdfItem[][] = [];
  for (const item of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - item.y) <= Math.max(2, item.size * 0.4)) row.push(item);
    else rows.push([item]);
  }
  return rows
    .map((row) => {
      const items = row.sort((a, b) => a.x - b.x);
      let text = '';
      let end = items[0].x;
      for (const item of items) {
        const gap = item.x - end;
        // pdfjs reports a wide blank between a TOC title and its page number as a space item.
        if (!item.str.trim() && item.width > item.size * 1.5) {
          if (text && !text.endsWith('\t')) text = `${text.trimEnd()}\t`;
          end = item.x + item.width;
          continue;
        }
        if (text && gap > item.size * 1.5 && !text.endsWith('\t')) text = `${text.trimEnd()}\t`;
        else if (text && gap > item.size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
        text += item.str;
        end = item.x + item.width;
      }
      const sizes = items.map((i) => i.size);
      const bold = items.every((i) => !i.str.trim() || i.bold === true);
      return { text: text.replace(/[ ]+/g, ' ').trim(), x: items[0].x, y: items[0].y, right: end, size: Math.max(...sizes), bold };
    })
    .filter((l) => l.text.length > 0);
}

/**
 * A word broken at a hyphen at the line end ("post-" / "traumatiskt") is one word; "stöd-" / "och
 * förändringsarbete" keeps its space (the hyphen stands for a shared ending).
 */
export function joinWrapped(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next) && !/^(?:och|eller|samt|till)\b/u.test(next)) return `${previous}${next}`;
  return `${previous} ${next}`;
}

/** The usual distance between lines of one paragraph: the lower quartile of line gaps at one size. */
function lineSpacing(lines: readonly PdfLine[]): number {
  const gaps = lines
    .slice(1)
    .map((l, i) => ({ gap: lines[i].y - l.y, same: Math.abs(lines[i].size - l.size) <= 0.5, size: l.size }))
    .filter((g) => g.gap > 0 && g.same)
    .map((g) => g.gap / g.size)
    .sort((a, b) => a - b);
  return gaps.length > 0 ? gaps[Math.floor(gaps.length / 4)] : 1.2;
}

/** One page's paragraphs; `spacing` is line distance per point of font size, `fullWidth` the text column's right edge. */
export function pageParagraphs(items: readonly PdfItem[], spacing?: number, fullWidthGiven?: number): string[] {
  return pageBlocks(items, spacing, fullWidthGiven).map((p) => p.text);
}

function pageBlocks(items: readonly PdfItem[], spacing?: number, fullWidthGiven?: number): PdfParagraph[] {
  const lines = toLines(items);
  if (lines.length === 0) return [];
  const perPoint = spacing ?? lineSpacing(lines);
  const fullWidth = fullWidthGiven ?? Math.max(...lines.map((l) => l.right));
  const paragraphs: PdfParagraph[] = [];
  let current: PdfParagraph = { text: lines[0].text, size: lines[0].size, bold: lines[0].bold };
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    const line = lines[i];
    const gap = prev.y - line.y;
    // A wrapped line reaches the right edge; one that stops well short ends its paragraph.
    const shortLast = prev.right < fullWidth * 0.75;
    const newParagraph =
      gap > perPoint * prev.size * 1.3 ||
      Math.abs(line.size - prev.size) > 0.5 ||
      line.bold !== prev.bold ||
      shortLast ||
      prev.text.includes('\t') ||
      line.text.includes('\t') ||
      /^[-–•]\s/u.test(line.text) ||
      // "Omfattning: 3–8 samtal" after "Målgrupp: …" starts its own line in the document.
      (matchSectionLabel(line.text)?.rest ?? '') !== '' ||
      Math.abs(line.x - prev.x) > prev.size * 2;
    if (newParagraph) {
      paragraphs.push(current);
      current = { text: line.text, size: line.size, bold: line.bold };
    } else current = { ...current, text: joinWrapped(current.text, line.text) };
  }
  paragraphs.push(current);
  return paragraphs;
}

const sizeKey = (size: number) => Math.round(size * 2) / 2;

/** The body size: the size most of the text is set in. */
function bodySize(paragraphs: readonly PdfParagraph[]): number {
  const chars = new Map<number, number>();
  for (const p of paragraphs) chars.set(sizeKey(p.size), (chars.get(sizeKey(p.size)) ?? 0) + p.text.length);
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

const headingLike = (p: PdfParagraph) => !p.text.includes('\t') && p.text.length <= 200 && /[\p{L}]/u.test(p.text);

/**
 * Heading levels by type: each size clearly above the body size is a level (largest first); a short
 * paragraph in bold alone at body size is the level below them. Returns the level per paragraph (0 = body).
 */
export function headingLevels(paragraphs: readonly PdfParagraph[]): number[] {
  const body = bodySize(paragraphs);
  const larger = [...new Set(paragraphs.filter((p) => headingLike(p) && sizeKey(p.size) > body * 1.12).map((p) => sizeKey(p.size)))].sort((a, b) => b - a);
  return paragraphs.map((p) => {
    if (!headingLike(p)) return 0;
    const rank = larger.indexOf(sizeKey(p.size));
    if (rank >= 0) return Math.min(6, rank + 1);
    const shortBold = p.bold && sizeKey(p.size) >= body && p.text.length <= 100 && !/[.;,]$/u.test(p.text);
    return shortBold ? Math.min(6, larger.length + 1) : 0;
  });
}

/** All pages: paragraphs separated by blank lines, a form feed where a page begins. */
export function pagesToText(pages: ReadonlyArray<readonly PdfItem[]>): string {
  const all = pages.map(toLines);
  const lines = all.flat();
  if (lines.length === 0) return '';
  const spacing = lineSpacing(all.flatMap((p) => p));
  // The column's right edge: what most full lines reach, not the odd line that sticks out.
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  const fullWidth = rights[Math.floor(rights.length * 0.9)];
  const blocks = pages.map((items) => pageBlocks(items, spacing, fullWidth));
  const levels = headingLevels(blocks.flat());
  let k = 0;
  return blocks
    .map((page) => {
      const out: Array<{ text: string; level: number }> = [];
      for (const p of page) {
        const level = levels[k++];
        const previous = out[out.length - 1];
        // A heading set on two lines ("… skadligt bruk" / "och beroende", a centred title) is one heading.
        if (level > 0 && previous?.level === level && /^\p{Ll}/u.test(p.text) && !/[.:;!?]$/u.test(previous.text))
          previous.text = joinWrapped(previous.text, p.text);
        else out.push({ text: p.text, level });
      }
      return out.map((p) => (p.level > 0 ? formatHeading(p.level, p.text) : p.text)).join('\n\n');
    })
    .join('\n\n\f');
}
