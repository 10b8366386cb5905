// What a reminder is, as the service returns it and the renderer shows it. Reminders are never typed
// by hand: they are derived from the catalogue, the decisions and the sammanträdesplan (derive.ts).
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const REMINDER_KINDS = ['revidering', 'giltighet', 'forslag', 'rka', 'justering', 'aterrapportering'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  revidering: 'Revidering',
  giltighet: 'Giltighetstid',
  forslag: 'Förslag väntar på beslut',
  rka: 'Riskanalys att granska',
  justering: 'Justering av protokoll',
  aterrapportering: 'Återrapportering',
};

/** kommande: its first lead time has not come; aktuell: shown; kvitterad/uppskjuten: hidden for now. */
export const REMINDER_STATES = ['kommande', 'aktuell', 'kvitterad', 'uppskjuten'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export const ACK_MODES = ['kvitterad', 'uppskjuten'] as const;
export type AckMode = (typeof ACK_MODES)[number];

/** The last sammanträde before a deadline and its deadline for ärenden (the beredning date). */
export const meetingPlanSchema = z.object({
  sammantrade: isoDate,
  beredning: isoDate,
  /** The ärende deadline of that meeting has passed. */
  beredningPassed: z.boolean(),
  /** deadline: the last meeting on or before the due date; next: the next meeting still open for ärenden. */
  basis: z.enum(['deadline', 'next']),
});
export type MeetingPlan = z.infer<typeof meetingPlanSchema>;

export const reminderSchema = z.object({
  /** Stable across days and exports: kind and the thing it is about (also the calendar UID). */
  key: z.string(),
  kind: z.enum(REMINDER_KINDS),
  /** The deadline. */
  due: isoDate,
  /** What it is about, short: the decision, the insats, the meeting. */
  title: z.string(),
  /** The whole reminder as one Swedish sentence, with the planning when there is one. */
  subject: z.string(),
  /** Route in the app (hash path) of the thing it is about. */
  link: z.string(),
  overdue: z.boolean(),
  /** Days from today to the deadline; negative when overdue. */
  daysLeft: z.number().int(),
  /** Enheter concerned (names); empty when the insatser have none. */
  enheter: z.array(z.string()),
  /** Names of the insatser concerned. */
  insatser: z.array(z.string()),
  plan: meetingPlanSchema.nullable(),
  /** The first day it is shown (the first lead time). */
  visibleFrom: isoDate,
  /** The start of the lead-time stage it is in now, and the next one (null in the last stage). */
  stageFrom: isoDate.nullable(),
  nextStage: isoDate.nullable(),
  state: z.enum(REMINDER_STATES),
  /** Acknowledged or snoozed: who, why, until when. */
  ack: z.object({ mode: z.enum(ACK_MODES), until: isoDate, actor: z.string(), reason: z.string(), at: z.string() }).nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;
