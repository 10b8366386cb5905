// When the daily desktop notification runs: once at start, then every day at a fixed local hour, and
// never twice on the same day (a laptop waking from sleep fires overdue timers at once). Pure.
import { isoToday } from '../services/context';

/** The hour of the day (local time) for the daily summary. */
export const DAILY_HOUR = 8;

/** The next local `hour`:00 strictly after `now`. */
export function nextDailyRun(now: Date, hour = DAILY_HOUR): Date {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next;
}

/** Whether a summary is due: not yet shown on the local day of `now`. */
export function summaryDue(lastShownDay: string | null, now: Date): boolean {
  return lastShownDay !== isoToday(now);
}
