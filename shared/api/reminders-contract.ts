// Påminnelser, the sammanträdesplan they are planned from, and the calendar export of all deadlines.
import { z } from 'zod';
import { shortText } from '../domain/insats';
import { reminderSchema } from '../reminders/model';
import { isIsoDate } from '../domain/dates';
import { generatedFileSchema } from './files';

const date = z
  .string({ error: 'Ange ett datum.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum ska skrivas ÅÅÅÅ-MM-DD.' })
  .refine(isIsoDate, { error: 'Datumet finns inte i kalendern.' });

const reminderKey = z.string().min(1, { error: 'Påminnelsen saknas.' }).max(200);

/** The revision of the reminder the user saw (0017); a reminder changed meanwhile is refused with `conflict`. */
const revision = z.number({ error: 'Revisionen ska vara ett tal: ladda om sidan.' }).int().min(0).optional();

/** A reminder as listed: with the revision of its acknowledgement or snooze (0: never acknowledged). */
export const listedReminderSchema = reminderSchema.extend({ revision: z.number().int() });
export type ListedReminder = z.infer<typeof listedReminderSchema>;

export const plannedMeetingSchema = z.object({ datum: z.string(), arendeDeadline: z.string() });
export type PlannedMeetingDto = z.infer<typeof plannedMeetingSchema>;

export const meetingPlanSaveSchema = z
  .object({
    datum: date,
    /** The meeting's deadline for ärenden (the last day to hand in a tjänsteskrivelse). */
    arendeDeadline: date,
    /** When editing: the meeting's date before the change. */
    previousDatum: date.optional(),
  })
  .strict()
  .refine((m) => m.arendeDeadline < m.datum, { path: ['arendeDeadline'], error: 'Sista dag för ärenden måste vara före sammanträdet.' });

export const snoozeSchema = z
  .object({
    key: reminderKey,
    until: date,
    reason: shortText.trim().min(1, { error: 'Ange varför påminnelsen skjuts upp.' }),
    revision,
  })
  .strict();

export const reminderListSchema = z.object({
  today: z.string(),
  /** Every unresolved reminder, in every state (kommande, aktuell, kvitterad, uppskjuten). */
  reminders: z.array(listedReminderSchema),
  plan: z.array(plannedMeetingSchema),
});
export type ReminderList = z.infer<typeof reminderListSchema>;

export const meetingPlanListSchema = z.object({ today: z.string(), meetings: z.array(plannedMeetingSchema) });
export type MeetingPlanList = z.infer<typeof meetingPlanListSchema>;

export const reminderSummarySchema = z.object({ shown: z.number(), overdue: z.number(), soon: z.number(), later: z.number() });

export const remindersContract = {
  'paminnelser/list': { input: z.object({}).strict(), output: reminderListSchema },
  'paminnelser/summary': { input: z.object({}).strict(), output: reminderSummarySchema },
  'paminnelser/acknowledge': {
    input: z.object({ key: reminderKey, reason: shortText.trim().default(''), revision }).strict(),
    output: listedReminderSchema,
  },
  'paminnelser/snooze': { input: snoozeSchema, output: listedReminderSchema },
  'paminnelser/reopen': { input: z.object({ key: reminderKey, revision }).strict(), output: listedReminderSchema },
  'paminnelser/calendar': { input: z.object({}).strict(), output: generatedFileSchema },
  'sammantradesplan/list': { input: z.object({}).strict(), output: meetingPlanListSchema },
  'sammantradesplan/save': { input: meetingPlanSaveSchema, output: meetingPlanListSchema },
  'sammantradesplan/delete': { input: z.object({ datum: date }).strict(), output: meetingPlanListSchema },
} as const;
