// The table of contents before the body: entries with dot leaders or a tab before a page number.
// Its lines are left out of the body, and its titles are compared with the headings in the text.
import type { Line } from './lines';
import { cleanTitle, parseNumberedHeading } from './headings';
import { headingKey } from './fuzzy';

export interface TocEntry {
  number: string | null;
  title: string;
  page: number;
  lineNo: number;
}

export interface TocResult {
  entries: TocEntry[];
  /** Line numbers that belong to the table of contents (its title included). */
  lineNos: Set<number>;
}

const STRONG = /^(.*?\S)(?:[ ]*[.…·_]{2,}[ \t.…·_]*|[ ]*\t[ \t]*)(\d{1,3})$/u;
const WEAK = /^(.*?\S)[ ]+(\d{1,3})$/u;
const TOC_TITLES = new Set(['innehåll', 'innehållsförteckning', 'innehållsförteckning:', 'innehåll:']);

interface Candidate {
  line: Line;
  text: string;
  page: number;
  strong: boolean;
}

function candidate(line: Line): Candidate | null {
  const strong = STRONG.exec(line.text);
  if (strong) return { line, text: strong[1], page: Number(strong[2]), strong: true };
  const weak = WEAK.exec(line.text);
  // A weak entry must at least start like a numbered heading ("2.1.1 Arbetsmarknadsinsatser 5").
  if (weak && parseNumberedHeading(weak[1])) return { line, text: weak[1], page: Number(weak[2]), strong: false };
  return null;
}

function toEntry(c: Candidate, prefix: string): TocEntry {
  const text = prefix ? `${prefix} ${c.text}` : c.text;
  const heading = parseNumberedHeading(text);
  return heading
    ? { number: heading.number, title: heading.title, page: c.page, lineNo: c.line.no }
    : { number: null, title: cleanTitle(text), page: c.page, lineNo: c.line.no };
}

export function detectToc(lines: readonly Line[]): TocResult {
  const entries: TocEntry[] = [];
  const lineNos = new Set<number>();
  let i = 0;
  while (i < lines.length) {
    const first = candidate(lines[i]);
    if (!first) {
      i += 1;
      continue;
    }
    // Collect a run; one line without a page number may sit inside (a wrapped entry).
    const run: Array<{ c: Candidate; prefix: string; extra: Line | null }> = [{ c: first, prefix: '', extra: null }];
    let j = i + 1;
    while (j < lines.length) {
      const c = candidate(lines[j]);
      if (c) {
        run.push({ c, prefix: '', extra: null });
        j += 1;
        continue;
      }
      const after = j + 1 < lines.length ? candidate(lines[j + 1]) : null;
      if (after && lines[j].text.length < 120) {
        run.push({ c: after, prefix: lines[j].text, extra: lines[j] });
        j += 2;
        continue;
      }
      break;
    }
    const titled = i > 0 && TOC_TITLES.has(headingKey(lines[i - 1].text));
    const strongShare = run.filter((r) => r.c.strong).length / run.length;
    const pages = run.map((r) => r.c.page);
    const ordered = pages.every((p, k) => k === 0 || p >= pages[k - 1]);
    if (run.length >= 3 && ordered && (strongShare >= 0.5 || titled)) {
      if (titled) lineNos.add(lines[i - 1].no);
      for (const r of run) {
        entries.push(toEntry(r.c, r.prefix));
        lineNos.add(r.c.line.no);
        if (r.extra) lineNos.add(r.extra.no);
      }
    }
    i = j;
  }
  return { entries, lineNos };
}
