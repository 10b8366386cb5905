// Numbered headings: "2.1.1. Arbetsmarknadsinsatser", "3.4.6 Beroendestöd vid…", "1.\tInledning", and the
// other schemes municipalities number with: "Insats 3: Namn", "A1 Namn", "II. Namn", "4) Namn", "§ 4 Namn".
// A number alone is not enough ("12 st strukturerade samtal…" is body text): the title must look like
// a title, and the outline later checks that the numbers follow each other.

/** How a heading is numbered: decimal 2.1.1, "Insats 3", letter "B", letter and number "A1", roman "II.", "1)", "§ 4", or not at all. */
export type NumberingScheme = 'decimal' | 'insats' | 'letter' | 'letterNumber' | 'roman' | 'paren' | 'paragraph' | 'none';

export interface NumberedHeading {
  /** Canonical number without a trailing dot: "2.1.1". */
  number: string;
  /** The number as parts to compare ("A1" is [1, 1], "IV" is [4]); [] for an unnumbered heading. */
  parts: number[];
  title: string;
  scheme: NumberingScheme;
}

const HEADING = /^(\d{1,2}(?:\.\d{1,3}){0,4})\.?[\t ]+(.+)$/u;
/** "Insats 3: Namn", "Insats 3 – Namn": the word names the level, so the number alone is the insats's. */
const INSATS_HEADING = /^Insats[\t ]+(\d{1,3})[\t ]*[:.)–-][\t ]*(.+)$/u;
const LETTER_NUMBER = /^([A-ZÅÄÖ])(\d{1,3})[.:)]?[\t ]+(?:[–-][\t ]+)?(.+)$/u;
const LETTER = /^([A-ZÅÄÖ])[.)][\t ]+(.+)$/u;
const ROMAN = /^([IVXL]{1,7})[.)][\t ]+(.+)$/u;
const PAREN = /^(\d{1,3})\)[\t ]+(.+)$/u;
const PARAGRAPH = /^§[\t ]*(\d{1,3})[.:]?[\t ]+(?:[–-][\t ]+)?(.+)$/u;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ';
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

/** "XIV" → 14; null for what is not a well-formed roman numeral. */
export function romanValue(text: string): number | null {
  if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(text) || !text) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]];
    total += v < (values[text[i + 1]] ?? 0) ? -v : v;
  }
  return total;
}

interface Candidate {
  number: string;
  parts: number[];
  rawTitle: string;
  scheme: NumberingScheme;
}

function candidateOf(text: string): Candidate | null {
  let m = HEADING.exec(text);
  if (m) return { number: m[1].replace(/\.$/u, ''), parts: m[1].split('.').map(Number), rawTitle: m[2], scheme: 'decimal' };
  m = INSATS_HEADING.exec(text);
  if (m) return { number: m[1], parts: [Number(m[1])], rawTitle: m[2], scheme: 'insats' };
  m = PARAGRAPH.exec(text);
  if (m) return { number: `§ ${m[1]}`, parts: [Number(m[1])], rawTitle: m[2], scheme: 'paragraph' };
  m = PAREN.exec(text);
  if (m) return { number: m[1], parts: [Number(m[1])], rawTitle: m[2], scheme: 'paren' };
  m = ROMAN.exec(text);
  const roman = m ? romanValue(m[1]) : null;
  // "I." alone could be a letter; it is roman when it reads as a numeral.
  if (m && roman) return { number: m[1], parts: [roman], rawTitle: m[2], scheme: 'roman' };
  m = LETTER_NUMBER.exec(text);
  if (m) return { number: `${m[1]}${m[2]}`, parts: [LETTERS.indexOf(m[1]) + 1, Number(m[2])], rawTitle: m[3], scheme: 'letterNumber' };
  m = LETTER.exec(text);
  if (m) return { number: m[1], parts: [LETTERS.indexOf(m[1]) + 1], rawTitle: m[2], scheme: 'letter' };
  return null;
}

export function parseNumberedHeading(text: string): NumberedHeading | null {
  const c = candidateOf(text.trim());
  if (!c) return null;
  const title = cleanTitle(c.rawTitle);
  if (!title || title.length > MAX_TITLE || !TITLE_START.test(title)) return null;
  // A long sentence after a number is a numbered paragraph, not a heading.
  if (/[.!?]$/u.test(c.rawTitle.trim()) && title.split(/\s+/).length > 12) return null;
  if (c.parts.some((p) => !Number.isFinite(p))) return null;
  const number = c.scheme === 'decimal' ? c.parts.join('.') : c.number;
  return { number, parts: c.parts, title, scheme: c.scheme };
}

/** A heading without a number (a Word heading, a bold line): its title alone. */
export function unnumberedHeading(text: string): NumberedHeading | null {
  const title = cleanTitle(text.trim());
  // A heading starts like one; "och beroende" is the rest of the heading before it.
  if (!title || title.length > MAX_TITLE || !TITLE_START.test(title)) return null;
  return { number: '', parts: [], title, scheme: 'none' };
}

/** Whether `next` can follow `previous` in an outline: a sibling, a first child or a later ancestor sibling. */
// A gap of up to five missing numbers (3.1.1 → 3.1.5) and a first child that starts late (3 → 3.4) are
// still the outline; the parser warns about them. Wider jumps are body text that happens to start with a number.
export function followsInOutline(previous: readonly number[] | null, next: readonly number[], maxGap = 6): boolean {
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
