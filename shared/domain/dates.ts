// What a date is here: a YYYY-MM-DD string end to end and, where a day must exist, a real calendar day.
import { z } from 'zod';

/** The Swedish month names, lower case, January first (index = month number - 1). */
export const SWEDISH_MONTHS: readonly string[] = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** YYYY-MM-DD that is a real calendar date (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * What is wrong with a date as typed in a date field, in Swedish; null when it is empty or a real date.
 * The same text field everywhere, whatever the browser's locale (a native date input shows mm/dd/yyyy
 * and English messages in an English browser).
 */
export function dateEntryProblem(value: string): string | null {
  const typed = value.trim();
  if (typed === '') return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(typed)) return 'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.';
  if (!isIsoDate(typed)) return `${typed} finns inte i kalendern.`;
  return null;
}

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum ska skrivas ÅÅÅÅ-MM-DD.' });

/** A real calendar date (2026-02-30 is refused), written ÅÅÅÅ-MM-DD. */
export const calendarDateSchema = isoDateSchema.refine(isIsoDate, { error: 'Datumet finns inte i kalendern.' });
