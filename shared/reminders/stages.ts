// Lead-time stages: a reminder is shown from its first lead time (default 90 days before the deadline),
// comes back at each later lead time (30, 7) and once more when the deadline has passed. Acknowledging
// hides it until the next stage; snoozing hides it until a chosen date. Either holds only for the
// deadline it was given for: a moved deadline brings the reminder back at once.
import type { AckMode, ReminderState } from './model';
import { addDays } from './dates';

/** An overdue reminder that was acknowledged comes back after this many days. */
export const OVERDUE_REPEAT_DAYS = 7;

/**
 * Start dates of the stages, ascending, the last one being the first overdue day (due + 1).
 * `appearFrom` is the earliest day the reminder can exist (the meeting day for a justering, the day an
 * RKA was flagged); lead times before it collapse onto it.
 */
export function stageDates(due: string, leadDays: readonly number[], appearFrom?: string): string[] {
  const overdueFrom = addDays(due, 1);
  const starts = [...new Set(leadDays.filter((d) => Number.isInteger(d) && d > 0))].map((d) => addDays(due, -d));
  if (appearFrom) starts.push(appearFrom);
  const clipped = starts.map((s) => (appearFrom && s < appearFrom ? appearFrom : s)).filter((s) => s <= due);
  return [...new Set([...clipped, overdueFrom])].filter((s) => !appearFrom || s >= appearFrom).sort();
}

export interface StagePosition {
  visibleFrom: string;
  /** Start of the stage today is in; null before the first stage. */
  stageFrom: string | null;
  nextStage: string | null;
}

export function stageOn(stages: readonly string[], today: string): StagePosition {
  let index = -1;
  for (let i = 0; i < stages.length; i++) if (stages[i] <= today) index = i;
  return { visibleFrom: stages[0], stageFrom: index >= 0 ? stages[index] : null, nextStage: stages[index + 1] ?? null };
}

export interface StoredAck {
  key: string;
  /** The deadline the acknowledgement or snooze was given for. */
  due: string | null;
  mode: AckMode;
  until: string;
  actor: string;
  reason: string;
  at: string;
}

/** Whether an acknowledgement or snooze still hides the reminder today. */
export function ackHolds(ack: StoredAck | undefined, due: string, today: string): ack is StoredAck {
  return !!ack && (ack.due === null || ack.due === due) && today < ack.until;
}

export function stateOn(position: StagePosition, ack: StoredAck | undefined, due: string, today: string): ReminderState {
  if (position.stageFrom === null) return 'kommande';
  if (ackHolds(ack, due, today)) return ack.mode;
  return 'aktuell';
}

/** Until when acknowledging today hides the reminder: its next stage, or a week when it is overdue. */
export function acknowledgedUntil(position: Pick<StagePosition, 'nextStage'>, today: string): string {
  return position.nextStage && position.nextStage > today ? position.nextStage : addDays(today, OVERDUE_REPEAT_DAYS);
}
