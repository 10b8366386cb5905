// Date arithmetic on YYYY-MM-DD strings (no clock is read here).
import dayjs from 'dayjs';
import { SWEDISH_MONTHS } from '../domain/dates';

const ISO = 'YYYY-MM-DD';

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format(ISO);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

export function addMonths(date: string, months: number): string {
  return dayjs(date).add(months, 'month').format(ISO);
}

/** "2026-10" → "oktober 2026". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${SWEDISH_MONTHS[Number(m) - 1]} ${y}`;
}
