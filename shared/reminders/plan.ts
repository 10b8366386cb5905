// Planning backwards from the nämnd's sammanträdesplan: to have a decision by a deadline the ärende
// must be on the agenda of the last meeting before it, and the tjänsteskrivelse in by that meeting's
// deadline for ärenden. A meeting already held (or justerat) takes no more ärenden and is never proposed.
import type { MeetingPlan } from './model';
import { addDays } from './dates';

/** A meeting's last day for ärenden when none is given: three weeks before it. */
export const DEFAULT_ARENDE_LEAD_DAYS = 21;

export function defaultArendeDeadline(datum: string): string {
  return addDays(datum, -DEFAULT_ARENDE_LEAD_DAYS);
}

export interface PlannedMeeting {
  datum: string;
  /** The meeting's deadline for ärenden (the beredning date). */
  arendeDeadline: string;
  /** The meeting has been held (its protocol may be justerat): no ärende can be put on it any more. */
  held?: boolean;
}

const stillOpen = (plan: readonly PlannedMeeting[]) => plan.filter((m) => !m.held);

/** The last meeting on or before the deadline that is still ahead (today or later) and not held. */
export function lastMeetingBefore(plan: readonly PlannedMeeting[], due: string, today: string): MeetingPlan | null {
  const candidates = stillOpen(plan)
    .filter((m) => m.datum <= due && m.datum >= today)
    .sort((a, b) => a.datum.localeCompare(b.datum));
  const m = candidates.at(-1);
  return m ? { sammantrade: m.datum, beredning: m.arendeDeadline, beredningPassed: m.arendeDeadline < today, basis: 'deadline' } : null;
}

/** The next meeting that still takes ärenden (its deadline for ärenden is today or later). */
export function nextOpenMeeting(plan: readonly PlannedMeeting[], today: string): MeetingPlan | null {
  const m = stillOpen(plan)
    .filter((p) => p.arendeDeadline >= today)
    .sort((a, b) => a.datum.localeCompare(b.datum))[0];
  return m ? { sammantrade: m.datum, beredning: m.arendeDeadline, beredningPassed: false, basis: 'next' } : null;
}

/** For a deadline: the last meeting before it, or — when none is left — the next open one. */
export function planForDeadline(plan: readonly PlannedMeeting[], due: string, today: string): MeetingPlan | null {
  if (due >= today) {
    const before = lastMeetingBefore(plan, due, today);
    if (before) return before;
  }
  return nextOpenMeeting(plan, today);
}

/**
 * The deadline has not passed, but no meeting is left before it to decide on: every meeting before it is
 * held, or none is planned. Then the nämnd cannot decide in time in the ordinary way.
 */
export function noMeetingLeftBefore(plan: readonly PlannedMeeting[], due: string, today: string): boolean {
  return due >= today && lastMeetingBefore(plan, due, today) === null;
}

/** The planning as the tail of a Swedish sentence. */
export function planText(plan: MeetingPlan | null): string {
  if (!plan) return 'det finns inget kommande sammanträde i sammanträdesplanen – lägg in nämndens sammanträden under Inställningar';
  if (plan.basis === 'next') return `nästa sammanträde som tar emot ärenden är ${plan.sammantrade}, tjänsteskrivelsen senast ${plan.beredning}`;
  if (plan.beredningPassed) return `ta upp på sammanträdet ${plan.sammantrade}; sista dag för ärenden till det (${plan.beredning}) har passerat`;
  return `ta upp på sammanträdet ${plan.sammantrade}, tjänsteskrivelsen senast ${plan.beredning}`;
}

/**
 * What can still be done when no meeting is left before the deadline (the tail of a Swedish sentence):
 * an extra sammanträde, an ordförandebeslut in brådskande fall (6 kap. 39 § kommunallagen), or — for a
 * revision — the nämnd sets a new revision date; then the next meeting, when there is one.
 */
export function noMeetingText(plan: MeetingPlan | null, alternatives: string): string {
  const next = plan ? `; nästa sammanträde som tar emot ärenden är ${plan.sammantrade}` : '; det finns inget kommande sammanträde i sammanträdesplanen';
  return `inget sammanträde återstår före dess – ${alternatives}${next}`;
}
