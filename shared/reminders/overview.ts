// What Översikt, the badge and the desktop notification make of the reminders: the shown ones grouped
// (overdue, within 30 days, later), counted per enhet, and the coming year's deadlines by month.
import type { Reminder, ReminderKind } from './model';
import { addMonths, monthLabel } from './dates';
import type { PlannedMeeting } from './plan';

/** "Due soon" on Översikt and in the notification. */
export const SOON_DAYS = 30;
export const NO_ENHET = 'Ingen enhet angiven';

export const isShown = (r: Reminder) => r.state === 'aktuell';

/** Generic so that what the list carries beside the reminder (its revision) stays with it. */
export function groupForOverview<R extends Reminder>(reminders: readonly R[]) {
  const shown = reminders.filter(isShown);
  return {
    overdue: shown.filter((r) => r.overdue),
    soon: shown.filter((r) => !r.overdue && r.daysLeft <= SOON_DAYS),
    later: shown.filter((r) => !r.overdue && r.daysLeft > SOON_DAYS),
  };
}

export interface ReminderSummary {
  /** Shown now (not acknowledged or snoozed). */
  shown: number;
  overdue: number;
  soon: number;
  later: number;
}

export function summarize(reminders: readonly Reminder[]): ReminderSummary {
  const g = groupForOverview(reminders);
  return { shown: g.overdue.length + g.soon.length + g.later.length, overdue: g.overdue.length, soon: g.soon.length, later: g.later.length };
}

/** The desktop notification's text, or null when nothing is due. */
export function summaryText(s: ReminderSummary): string | null {
  if (s.shown === 0) return null;
  const parts: string[] = [];
  if (s.overdue) parts.push(`${s.overdue} ${s.overdue === 1 ? 'försenad' : 'försenade'}`);
  if (s.soon) parts.push(`${s.soon} inom ${SOON_DAYS} dagar`);
  if (s.later) parts.push(`${s.later} senare`);
  return `${s.shown === 1 ? '1 påminnelse' : `${s.shown} påminnelser`}: ${parts.join(', ')}. Öppna Översikt i IUB-katalogen.`;
}

export interface EnhetCount {
  enhet: string;
  total: number;
  overdue: number;
}

/** Shown reminders per enhet; a reminder that concerns several enheter counts for each. */
export function countsPerEnhet(reminders: readonly Reminder[]): EnhetCount[] {
  const counts = new Map<string, EnhetCount>();
  for (const r of reminders.filter(isShown)) {
    for (const enhet of r.enheter.length ? r.enheter : [NO_ENHET]) {
      const c = counts.get(enhet) ?? { enhet, total: 0, overdue: 0 };
      c.total++;
      if (r.overdue) c.overdue++;
      counts.set(enhet, c);
    }
  }
  return [...counts.values()].sort((a, b) => (a.enhet === NO_ENHET ? 1 : b.enhet === NO_ENHET ? -1 : a.enhet.localeCompare(b.enhet, 'sv')));
}

export type TimelineEntryKind = 'deadline' | 'beredning' | 'arenden' | 'sammantrade';

export interface TimelineEntry {
  date: string;
  type: TimelineEntryKind;
  /** The reminder kind for deadlines and beredning dates. */
  kind: ReminderKind | null;
  text: string;
  link: string | null;
  key: string | null;
  /** For the sammanträdesplan's entries: the meeting's date. */
  meeting: string | null;
}

const KIND_DEADLINE_LABEL: Record<ReminderKind, string> = {
  revidering: 'Revideras senast',
  giltighet: 'Giltighetstiden går ut',
  forslag: 'Förslaget har väntat för länge',
  rka: 'Riskanalysen ska granskas',
  justering: 'Protokollet ska justeras',
  aterrapportering: 'Återrapportering senast',
};

export function deadlineLabel(kind: ReminderKind): string {
  return KIND_DEADLINE_LABEL[kind];
}

/**
 * Every dated thing from the reminders and the sammanträdesplan: deadlines, the beredning dates planned
 * backwards from them, the meetings and their deadlines for ärenden. Also the calendar export's source.
 */
export function datedEntries(reminders: readonly Reminder[], plan: readonly PlannedMeeting[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const r of reminders) {
    entries.push({ date: r.due, type: 'deadline', kind: r.kind, text: `${deadlineLabel(r.kind)}: ${r.title}`, link: r.link, key: r.key, meeting: null });
    if (r.plan && r.plan.basis === 'deadline' && !r.plan.beredningPassed) {
      entries.push({
        date: r.plan.beredning,
        type: 'beredning',
        kind: r.kind,
        text: `Sista dag för tjänsteskrivelsen till sammanträdet ${r.plan.sammantrade}: ${deadlineLabel(r.kind)} ${r.due} – ${r.title}`,
        link: r.link,
        key: `${r.key}/beredning`,
        meeting: null,
      });
    }
  }
  for (const m of plan) {
    entries.push({
      date: m.arendeDeadline,
      type: 'arenden',
      kind: null,
      text: `Sista dag för ärenden till nämndens sammanträde ${m.datum}`,
      link: null,
      key: `sammantradesplan-${m.datum}/arenden`,
      meeting: m.datum,
    });
    entries.push({
      date: m.datum,
      type: 'sammantrade',
      kind: null,
      text: 'Nämndens sammanträde',
      link: null,
      key: `sammantradesplan-${m.datum}`,
      meeting: m.datum,
    });
  }
  const order: Record<TimelineEntryKind, number> = { deadline: 0, beredning: 1, arenden: 2, sammantrade: 3 };
  return entries.sort((a, b) => a.date.localeCompare(b.date) || order[a.type] - order[b.type] || a.text.localeCompare(b.text, 'sv'));
}

export interface TimelineMonth {
  month: string;
  label: string;
  entries: TimelineEntry[];
}

/** The coming year: from today to the end of the twelfth month (this one included), empty months kept. */
export function timeline(reminders: readonly Reminder[], plan: readonly PlannedMeeting[], today: string): TimelineMonth[] {
  const end = addMonths(`${today.slice(0, 7)}-01`, 12);
  const entries = datedEntries(reminders, plan).filter((e) => e.date >= today && e.date < end);
  const months: TimelineMonth[] = [];
  for (let i = 0; i < 12; i++) {
    const month = addMonths(`${today.slice(0, 7)}-01`, i).slice(0, 7);
    months.push({ month, label: monthLabel(month), entries: entries.filter((e) => e.date.startsWith(month)) });
  }
  return months;
}
