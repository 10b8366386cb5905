// What page breaks leave in extracted text: page numbers on their own line ("12", "Sida 3 av 27",
// "3 (27)", "- 4 -") and the header/footer repeated at the top or bottom of every page.
import type { Line } from './lines';
import { matchSectionLabel } from './section-labels';

const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^\d{1,4}$/u,
  /^(?:sida|sid\.?|s\.)\s*\d{1,4}(?:\s*(?:av|\/|\()\s*\d{1,4}\)?)?$/iu,
  /^\d{1,4}\s*(?:\/|av)\s*\d{1,4}$/iu,
  /^\d{1,4}\s*\(\d{1,4}\)$/u,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/u,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER_PATTERNS.some((p) => p.test(text.trim()));
}

/** Digits vary from page to page ("Sida 3", "Sida 4"): compare lines with them blanked out. */
const repeatKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

function splitPages(lines: readonly Line[]): Line[][] {
  const pages: Line[][] = [[]];
  for (const line of lines) {
    if (line.pageBreakBefore && pages[pages.length - 1].length > 0) pages.push([]);
    pages[pages.length - 1].push(line);
  }
  return pages;
}

/** Lines at the top or bottom of most pages with the same text: running headers and footers. */
function repeatedEdgeLines(pages: Line[][]): Set<number> {
  const removed = new Set<number>();
  if (pages.length < 3) return removed;
  const EDGE = 2;
  const seen = new Map<string, Set<number>>();
  pages.forEach((page, index) => {
    const edges = [...page.slice(0, EDGE), ...page.slice(-EDGE)];
    for (const line of edges) {
      if (line.text.length > 120 || matchSectionLabel(line.text)) continue;
      const key = repeatKey(line.text);
      seen.set(key, (seen.get(key) ?? new Set()).add(index));
    }
  });
  const threshold = Math.max(3, Math.ceil(pages.length * 0.5));
  const repeated = new Set([...seen.entries()].filter(([, on]) => on.size >= threshold).map(([key]) => key));
  for (const page of pages) {
    for (const line of [...page.slice(0, EDGE), ...page.slice(-EDGE)]) {
      if (repeated.has(repeatKey(line.text))) removed.add(line.no);
    }
  }
  return removed;
}

export interface ArtefactResult {
  lines: Line[];
  pageNumbers: number;
  headersFooters: number;
}

export function removePageArtefacts(lines: readonly Line[]): ArtefactResult {
  const edges = repeatedEdgeLines(splitPages(lines));
  let pageNumbers = 0;
  const kept: Line[] = [];
  let carryBreak = false;
  for (const line of lines) {
    const drop = edges.has(line.no) || isPageNumber(line.text);
    if (drop) {
      if (!edges.has(line.no)) pageNumbers += 1;
      carryBreak ||= line.pageBreakBefore;
      continue;
    }
    kept.push(carryBreak ? { ...line, pageBreakBefore: true } : line);
    carryBreak = false;
  }
  return { lines: kept, pageNumbers, headersFooters: edges.size };
}
