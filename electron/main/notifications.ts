// Desktop notifications: one summary of what is due at start, then once a day while the app runs.
import type { ServiceContext } from '../services/context';

export type Notify = (title: string, body: string) => void;

export type SummaryProvider = (ctx: ServiceContext) => Promise<{ overdue: number; soon: number } | null>;
let summaryProvider: SummaryProvider = async () => null;
export function setSummaryProvider(provider: SummaryProvider) {
  summaryProvider = provider;
}

export function summaryText(summary: { overdue: number; soon: number }): string | null {
  if (summary.overdue === 0 && summary.soon === 0) return null;
  const parts = [];
  if (summary.overdue) parts.push(`${summary.overdue} försenade`);
  if (summary.soon) parts.push(`${summary.soon} inom 30 dagar`);
  return `Påminnelser: ${parts.join(', ')}.`;
}

export function startDailyNotifications(ctx: ServiceContext, notify: Notify): () => void {
  const run = async () => {
    const summary = await summaryProvider(ctx).catch(() => null);
    const text = summary && summaryText(summary);
    if (text) notify('IUB-katalogen', text);
  };
  void run();
  const timer = setInterval(run, 24 * 60 * 60 * 1000);
  return () => clearInterval(timer);
}
