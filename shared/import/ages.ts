// Ages as catalogues write them: "18-65 år", "7–18 år", "mellan 13 och 21 år", "fyllt 18 år",
// "18 år och äldre", "från 18 år", "upp till 18 år" (= under 18), "21 år och uppåt".

export interface AgeMatch {
  min: number | null;
  max: number | null;
  /** Where the phrase is in the text, for cutting clauses and showing the source. */
  index: number;
  phrase: string;
  /** A bare "18 år" with nothing saying whether it is a floor or a ceiling: read as the lowest age. */
  ambiguous: boolean;
}

const DASH = '[-–—]';
const N = '(\\d{1,3})';
const AR = 'år(?![\\p{L}])';

interface AgePattern {
  name: string;
  regex: RegExp;
  read(m: RegExpExecArray): { min: number | null; max: number | null; ambiguous?: boolean };
}

const re = (source: string) => new RegExp(source, 'giu');

/** Ordered: at one position the first pattern that matches wins, so specific forms come first. */
export const AGE_PATTERNS: readonly AgePattern[] = [
  { name: 'mellan', regex: re(`mellan\\s+${N}\\s*(?:år\\s*)?(?:och|till|${DASH})\\s*${N}\\s*${AR}`), read: (m) => ({ min: +m[1], max: +m[2] }) },
  {
    name: 'från-till',
    regex: re(`från\\s+${N}\\s*(?:år\\s*)?(?:till(?:\\s+och\\s+med)?|${DASH})\\s*${N}\\s*${AR}`),
    read: (m) => ({ min: +m[1], max: +m[2] }),
  },
  { name: 'månader-år', regex: re(`${N}\\s*mån(?:ader)?\\s*${DASH}\\s*${N}\\s*${AR}`), read: (m) => ({ min: 0, max: +m[2] }) },
  { name: 'intervall', regex: re(`(?<![\\d,.])${N}\\s*(?:år\\s*)?${DASH}\\s*${N}\\s*${AR}`), read: (m) => ({ min: +m[1], max: +m[2] }) },
  { name: 'upp till och med', regex: re(`(?:upp\\s+)?till\\s+och\\s+med\\s+${N}\\s*${AR}`), read: (m) => ({ min: null, max: +m[1] }) },
  { name: 'upp till', regex: re(`(?:upp\\s+till|under)\\s+${N}\\s*${AR}`), read: (m) => ({ min: null, max: +m[1] - 1 }) },
  { name: 'yngre än', regex: re(`yngre\\s+än\\s+${N}\\s*${AR}`), read: (m) => ({ min: null, max: +m[1] - 1 }) },
  { name: 'högst', regex: re(`(?:högst|max(?:imalt)?)\\s+${N}\\s*${AR}`), read: (m) => ({ min: null, max: +m[1] }) },
  { name: 'inte fyllt', regex: re(`(?:inte|ej|ännu\\s+inte)\\s+(?:har\\s+)?fyllt\\s+${N}\\s*${AR}`), read: (m) => ({ min: null, max: +m[1] - 1 }) },
  { name: 'fyllt', regex: re(`fyllt\\s+${N}\\s*${AR}(?:\\s+(?:och|eller)\\s+(?:äldre|uppåt))?`), read: (m) => ({ min: +m[1], max: null }) },
  { name: 'och äldre', regex: re(`${N}\\s*${AR}\\s+(?:och|eller)\\s+(?:äldre|uppåt)`), read: (m) => ({ min: +m[1], max: null }) },
  { name: 'från', regex: re(`(?:från(?:\\s+och\\s+med)?|minst)\\s+${N}\\s*${AR}`), read: (m) => ({ min: +m[1], max: null }) },
  { name: 'över', regex: re(`(?:över|äldre\\s+än)\\s+${N}\\s*${AR}`), read: (m) => ({ min: +m[1] + 1, max: null }) },
  { name: 'bar ålder', regex: re(`(?<![\\d,.${'\\u2013'}-])\\b${N}\\s*${AR}`), read: (m) => ({ min: +m[1], max: null, ambiguous: true }) },
];

/** Every age phrase in the text, in order, without overlaps. */
export function findAges(text: string): AgeMatch[] {
  const found: AgeMatch[] = [];
  for (const pattern of AGE_PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m; m = pattern.regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.index + f.phrase.length && end > f.index)) continue;
      const read = pattern.read(m);
      if ((read.min !== null && read.min > 120) || (read.max !== null && read.max > 120)) continue;
      if (read.min !== null && read.max !== null && read.min > read.max) continue;
      found.push({ min: read.min, max: read.max, index: start, phrase: m[0], ambiguous: read.ambiguous ?? false });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first age range in the text, or null. */
export function parseAge(text: string): AgeMatch | null {
  return findAges(text)[0] ?? null;
}

export function formatAge(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}–${max} år`;
  if (min !== null) return `från ${min} år`;
  if (max !== null) return `till och med ${max} år`;
  return 'ingen ålder';
}
