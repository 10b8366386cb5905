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

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum ska skrivas ÅÅÅÅ-MM-DD.' });

/** A real calendar date (2026-02-30 is refused), written ÅÅÅÅ-MM-DD. */
export const calendarDateSchema = isoDateSchema.refine(isIsoDate, { error: 'Datumet finns inte i kalendern.' });
