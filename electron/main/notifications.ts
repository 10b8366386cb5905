// Desktop notifications: one summary of what is due at start, then once a day while the app runs.
// No electron import here: main.ts hands in the function that shows a notification.
import { summaryText, type ReminderSummary } from '../../shared/reminders';
import type { ServiceContext } from '../services/context';
import { isoToday } from '../services/context';
import { reminderSummary } from '../services/reminders';
import { nextDailyRun, summaryDue } from './notification-schedule';

export type Notify = (title: string, body: string) => void;

export interface NotificationOptions {
  /** The wall clock (injectable for tests). */
  clock?: () => Date;
  summary?: () => Promise<ReminderSummary>;
  /** Errors are logged, never shown: a failed summary must not disturb the user. */
  log?: (message: string, error: unknown) => void;
}

export function startDailyNotifications(ctx: ServiceContext, notify: Notify, options: NotificationOptions = {}): () => void {
  const clock = options.clock ?? (() => new Date());
  const summary = options.summary ?? (() => reminderSummary(ctx));
  const log = options.log ?? ((message, error) => console.error(message, error));
  let lastShownDay: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const run = async () => {
    const now = clock();
    if (!summaryDue(lastShownDay, now)) return;
    lastShownDay = isoToday(now);
    try {
      const text = summaryText(await summary());
      if (text && !stopped) notify('IUB-katalogen – påminnelser', text);
    } catch (error) {
      log('Kunde inte sammanställa påminnelserna', error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    const now = clock();
    timer = setTimeout(
      async () => {
        await run();
        schedule();
      },
      nextDailyRun(now).getTime() - now.getTime(),
    );
  };

  void run();
  schedule();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
