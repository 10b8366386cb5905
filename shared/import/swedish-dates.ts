// Dates as documents write them: 2025-09-16, 16 september 2025, 16/9 2025, 2025.09.16.
import { SWEDISH_MONTHS } from '../domain/dates';

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const FORMS: ReadonlyArray<{ regex: RegExp; read(m: RegExpExecArray): [number, number, number] | null }> = [
  { regex: /(\d{4})[-.](\d{1,2})[-.](\d{1,2})/u, read: (m) => [+m[1], +m[2], +m[3]] },
  {
    regex: new RegExp(`(\\d{1,2})\\s+(${SWEDISH_MONTHS.join('|')})\\s+(\\d{4})`, 'iu'),
    read: (m) => [+m[3], SWEDISH_MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]],
  },
  { regex: /(\d{1,2})\/(\d{1,2})\s+(\d{4})/u, read: (m) => [+m[3], +m[2], +m[1]] },
];

export interface DateHit {
  iso: string;
  index: number;
  length: number;
}

/** Every date in the text, in order. */
export function findDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  for (const form of FORMS) {
    const global = new RegExp(form.regex.source, `${form.regex.flags}g`);
    for (const m of text.matchAll(global)) {
      const parts = form.read(m as RegExpExecArray);
      const iso = parts ? valid(...parts) : null;
      const index = m.index ?? 0;
      if (iso && !hits.some((h) => index < h.index + h.length && index + m[0].length > h.index)) hits.push({ iso, index, length: m[0].length });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

export function parseSwedishDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
