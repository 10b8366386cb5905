// Numbered headings: "2.1.1. Arbetsmarknadsinsatser", "3.4.6 Beroendestöd vid…", "1.\tInledning".
// A number alone is not enough ("12 st strukturerade samtal…" is body text): the title must look like
// a title, and the outline later checks that the numbers follow each other.

export interface NumberedHeading {
  /** Canonical number without a trailing dot: "2.1.1". */
  number: string;
  parts: number[];
  title: string;
}

const HEADING = /^(\d{1,2}(?:\.\d{1,3}){0,4})\.?[\t ]+(.+)$/u;
/** "Insats 3: Namn", "Insats 3 – Namn": the word names the level, so the number alone is the insats's. */
const INSATS_HEADING = /^Insats[\t ]+(\d{1,3})[\t ]*[:.)–-][\t ]*(.+)$/u;
const TITLE_START = /^[\p{Lu}\d(«"”]/u;
const MAX_TITLE = 160;

/** Removes dot leaders, trailing page numbers after a tab and stray trailing punctuation. */
export function cleanTitle(title: string): string {
  return title
    .replace(/\t.*$/u, '')
    .replace(/[\s.…·_]{2,}\d*\s*$/u, '')
    .replace(/\s+\.$/u, '')
    .replace(/\.$/u, '')
    .trim();
}

export function parseNumberedHeading(text: string): NumberedHeading | null {
  const m = HEADING.exec(text.trim()) ?? INSATS_HEADING.exec(text.trim());
  if (!m) return null;
  const title = cleanTitle(m[2]);
  if (!title || title.length > MAX_TITLE || !TITLE_START.test(title)) return null;
  // A long sentence after a number is a numbered paragraph, not a heading.
  if (/[.!?]$/u.test(m[2].trim()) && title.split(/\s+/).length > 12) return null;
  const parts = m[1].split('.').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return null;
  return { number: parts.join('.'), parts, title };
}

/** Whether `next` can follow `previous` in an outline: a sibling, a first child or a later ancestor sibling. */
export function followsInOutline(previous: readonly number[] | null, next: readonly number[], maxGap = 3): boolean {
  if (!previous) return true;
  // first child: 2.1 → 2.1.1
  if (next.length === previous.length + 1 && previous.every((p, i) => p === next[i]) && next[next.length - 1] <= maxGap) return true;
  // sibling or sibling of an ancestor: 2.1.1 → 2.1.2, 2.1.1 → 2.2, 2.2.2 → 3
  if (next.length <= previous.length) {
    const depth = next.length - 1;
    const samePrefix = next.slice(0, depth).every((p, i) => p === previous[i]);
    const step = next[depth] - previous[depth];
    return samePrefix && step >= 1 && step <= maxGap;
  }
  return false;
}
