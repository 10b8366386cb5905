// Reminders derived from plain facts (no I/O; `today` is passed in). A reminder exists while its thing
// is unresolved: a decision whose insatser no later decision covers, a proposal still waiting, an RKA
// still flagged, a protocol not justerat, an återrapportering not done.
import type { MeetingPlan, Reminder, ReminderKind } from './model';
import { addDays, daysBetween } from './dates';
import { planForDeadline, planText, nextOpenMeeting, noMeetingLeftBefore, noMeetingText, type PlannedMeeting } from './plan';
import { ackHolds, stageDates, stageOn, stateOn, type StoredAck } from './stages';

/** An RKA flagged for review should be reviewed within this many days. */
export const RKA_GRANSKNING_DAGAR = 30;

export interface CoveredInsats {
  insatsId: number;
  namn: string;
  enhet: string | null;
  /** The version this decision made was later upphävd: nothing left to revise. */
  revoked?: boolean;
}

export interface DecisionFacts {
  beslutId: number;
  arendeId: number;
  /** The ärende's rubrik, e.g. "Insatser utan individuell behovsprövning". */
  rubrik: string;
  /** "2025.053 SN § 37" */
  beteckning: string;
  beslutsdatum: string;
  giltigTill: string | null;
  reviderasSenast: string | null;
  insatser: CoveredInsats[];
}

export interface ProposalFacts {
  versionId: number;
  insatsId: number;
  versionNo: number;
  namn: string;
  enhet: string | null;
  status: string;
  /** The day the version became a förslag. */
  since: string;
  /** The sammanträde whose agenda it is on, if scheduled. */
  scheduledOn: string | null;
}

export interface RkaFacts {
  versionId: number;
  insatsId: number;
  versionNo: number;
  namn: string;
  enhet: string | null;
  versionStatus: string;
  needsReview: boolean;
  complete: boolean;
  flaggedOn: string | null;
}

export interface MeetingFacts {
  sammantradeId: number;
  datum: string;
  status: string;
  /** The justering deadline (14 days after the meeting). */
  justeringSenast: string;
  enheter: string[];
}

export interface TaskFacts {
  taskId: number;
  beslutId: number;
  arendeId: number;
  beteckning: string;
  text: string;
  dueFrom: string;
  dueTo: string;
  done: boolean;
  insatser: CoveredInsats[];
}

export interface ReminderFacts {
  today: string;
  /** Lead times in days before a deadline (Inställningar, default 90, 30, 7). */
  leadDays: readonly number[];
  /** A proposal waiting longer than this is reminded of. */
  proposalWaitDays: number;
  plan: readonly PlannedMeeting[];
  decisions: readonly DecisionFacts[];
  proposals: readonly ProposalFacts[];
  rkas: readonly RkaFacts[];
  meetings: readonly MeetingFacts[];
  tasks: readonly TaskFacts[];
  acks: readonly StoredAck[];
}

const OPEN_VERSION_STATUSES = ['utkast', 'aterremitterad', 'forslag', 'redo_for_beslut'];
const WAITING_STATUSES = ['forslag', 'redo_for_beslut'];

const uniqueSorted = (names: Array<string | null>) => [...new Set(names.filter((n): n is string => !!n))].sort((a, b) => a.localeCompare(b, 'sv'));

function insatserText(remaining: CoveredInsats[], total: number): string {
  if (remaining.length === 1 && total === 1) return remaining[0].namn;
  return remaining.length === total ? `${total} insatser` : `${remaining.length} av ${total} insatser`;
}

interface Draft {
  key: string;
  kind: ReminderKind;
  due: string;
  title: string;
  subject: (overdue: boolean) => string;
  link: string;
  enheter: string[];
  insatser: string[];
  plan: MeetingPlan | null;
  stages: string[];
  /** No meeting is left before the deadline: late already, though the date has not passed. */
  noMeetingLeft?: boolean;
}

/** What the nämnd can still do about a revision or an expiry when no meeting is left before it. */
const REVISION_ALTERNATIVES =
  'kalla till ett extra sammanträde, låt ordföranden besluta i brådskande fall (ordförandebeslut) eller besluta om ett nytt revideringsdatum';
const VALIDITY_ALTERNATIVES = 'kalla till ett extra sammanträde eller låt ordföranden besluta i brådskande fall (ordförandebeslut)';

export function deriveReminders(facts: ReminderFacts): Reminder[] {
  const { today } = facts;
  const drafts: Draft[] = [];
  const deadlinePlan = (due: string) => planForDeadline(facts.plan, due, today);
  // Known to be out of reach: within its lead times, or the plan already reaches past the deadline.
  const outOfReach = (due: string, stages: string[]) =>
    noMeetingLeftBefore(facts.plan, due, today) && (stageOn(stages, today).stageFrom !== null || facts.plan.some((m) => m.datum > due));

  // For each insats, the latest decision covering it: an older decision's deadlines no longer apply.
  const latestDecision = new Map<number, DecisionFacts>();
  for (const d of facts.decisions) {
    for (const i of d.insatser) {
      const current = latestDecision.get(i.insatsId);
      if (!current || d.beslutsdatum > current.beslutsdatum || (d.beslutsdatum === current.beslutsdatum && d.beslutId > current.beslutId)) {
        latestDecision.set(i.insatsId, d);
      }
    }
  }

  for (const d of facts.decisions) {
    const remaining = d.insatser.filter((i) => !i.revoked && latestDecision.get(i.insatsId)?.beslutId === d.beslutId);
    if (remaining.length === 0) continue;
    const title = `${d.rubrik} (${d.beteckning})`;
    const which = insatserText(remaining, d.insatser.length);
    const common = {
      title,
      link: `/beslut/arende/${d.arendeId}`,
      enheter: uniqueSorted(remaining.map((i) => i.enhet)),
      insatser: remaining.map((i) => i.namn),
    };
    if (d.reviderasSenast) {
      const due = d.reviderasSenast;
      const plan = deadlinePlan(due);
      const stages = stageDates(due, facts.leadDays);
      const noMeetingLeft = outOfReach(due, stages);
      drafts.push({
        ...common,
        key: `revidering:beslut-${d.beslutId}`,
        kind: 'revidering',
        due,
        plan,
        stages,
        noMeetingLeft,
        subject: (overdue) =>
          noMeetingLeft
            ? `${title}, ${which}, ska revideras senast ${due}, men ${noMeetingText(plan, REVISION_ALTERNATIVES)}.`
            : overdue
              ? `${title}, ${which}, skulle ha reviderats senast ${due}: ${planText(plan)}.`
              : `${title}, ${which}, ska revideras senast ${due}: ${planText(plan)}.`,
      });
    }
    if (d.giltigTill) {
      const due = d.giltigTill;
      const plan = deadlinePlan(due);
      const stages = stageDates(due, facts.leadDays);
      const noMeetingLeft = outOfReach(due, stages);
      drafts.push({
        ...common,
        key: `giltighet:beslut-${d.beslutId}`,
        kind: 'giltighet',
        due,
        plan,
        stages,
        noMeetingLeft,
        subject: (overdue) =>
          noMeetingLeft
            ? `${title}, ${which}, gäller till ${due}; ett nytt beslut behövs före dess, men ${noMeetingText(plan, VALIDITY_ALTERNATIVES)}.`
            : overdue
              ? `${title}, ${which}, gällde till ${due} och har gått ut – insatserna får inte erbjudas utan behovsprövning förrän ett nytt beslut finns: ${planText(plan)}.`
              : `${title}, ${which}, gäller till ${due}; ett nytt beslut behövs före dess: ${planText(plan)}.`,
      });
    }
  }

  for (const p of facts.proposals) {
    if (!WAITING_STATUSES.includes(p.status)) continue;
    const due = addDays(p.since, facts.proposalWaitDays);
    const plan = p.scheduledOn ? null : nextOpenMeeting(facts.plan, today);
    const title = `${p.namn} (version ${p.versionNo})`;
    drafts.push({
      key: `forslag:version-${p.versionId}`,
      kind: 'forslag',
      due,
      title,
      link: `/katalog/insats/${p.insatsId}/${p.versionId}`,
      enheter: uniqueSorted([p.enhet]),
      insatser: [p.namn],
      plan,
      stages: stageDates(due, [], addDays(due, 1)),
      subject: () => {
        const waited = `Förslaget ${title} har väntat på beslut sedan ${p.since} (${daysBetween(p.since, today)} dagar, längre än ${facts.proposalWaitDays} dagar)`;
        return p.scheduledOn ? `${waited}; det står på dagordningen för sammanträdet ${p.scheduledOn}.` : `${waited}: ${planText(plan)}.`;
      },
    });
  }

  for (const r of facts.rkas) {
    if (!r.needsReview || r.complete || !OPEN_VERSION_STATUSES.includes(r.versionStatus)) continue;
    const flagged = (r.flaggedOn ?? today).slice(0, 10);
    const due = addDays(flagged, RKA_GRANSKNING_DAGAR);
    const plan = nextOpenMeeting(facts.plan, today);
    const title = `Riskanalys för ${r.namn} (version ${r.versionNo})`;
    drafts.push({
      key: `rka:version-${r.versionId}`,
      kind: 'rka',
      due,
      title,
      link: `/katalog/insats/${r.insatsId}/${r.versionId}`,
      enheter: uniqueSorted([r.enhet]),
      insatser: [r.namn],
      plan,
      stages: stageDates(due, facts.leadDays, flagged),
      subject: (overdue) =>
        `Risk- och konsekvensanalysen för ${r.namn} (version ${r.versionNo}) behöver granskas eftersom insatsen ändrats (flaggad ${flagged})` +
        `${overdue ? `; den skulle ha granskats senast ${due}` : `, senast ${due}`}: ${planText(plan)}.`,
    });
  }

  for (const m of facts.meetings) {
    if (m.status === 'justerat') continue;
    const due = m.justeringSenast;
    drafts.push({
      key: `justering:sammantrade-${m.sammantradeId}`,
      kind: 'justering',
      due,
      title: `Protokollet från sammanträdet ${m.datum}`,
      link: `/beslut/sammantrade/${m.sammantradeId}`,
      enheter: [...m.enheter],
      insatser: [],
      plan: null,
      stages: stageDates(due, facts.leadDays, m.datum),
      subject: (overdue) =>
        overdue
          ? `Protokollet från sammanträdet ${m.datum} skulle ha justerats senast ${due} (inom 14 dagar).`
          : `Protokollet från sammanträdet ${m.datum} ska justeras senast ${due} (inom 14 dagar).`,
    });
  }

  for (const t of facts.tasks) {
    if (t.done) continue;
    const due = t.dueTo;
    const plan = deadlinePlan(due);
    const period = t.dueFrom !== t.dueTo ? ` (perioden ${t.dueFrom} – ${t.dueTo})` : '';
    drafts.push({
      key: `aterrapportering:uppgift-${t.taskId}`,
      kind: 'aterrapportering',
      due,
      title: `${t.text} (${t.beteckning})`,
      link: `/beslut/arende/${t.arendeId}`,
      enheter: uniqueSorted(t.insatser.map((i) => i.enhet)),
      insatser: t.insatser.map((i) => i.namn),
      plan,
      stages: stageDates(due, facts.leadDays),
      subject: (overdue) =>
        `Återrapportering till nämnden: ${t.text} (${t.beteckning}), ${overdue ? 'skulle ha skett' : 'ska ske'} senast ${due}${period}: ${planText(plan)}.`,
    });
  }

  const acks = new Map(facts.acks.map((a) => [a.key, a]));
  return drafts
    .map((d): Reminder => {
      const overdue = today > d.due || !!d.noMeetingLeft;
      const staged = stageOn(d.stages, today);
      // Out of reach before its first lead time: shown now, as late.
      const position = d.noMeetingLeft && staged.stageFrom === null ? { visibleFrom: today, stageFrom: today, nextStage: staged.visibleFrom } : staged;
      const ack = acks.get(d.key);
      const state = stateOn(position, ack, d.due, today);
      return {
        key: d.key,
        kind: d.kind,
        due: d.due,
        title: d.title,
        subject: d.subject(overdue),
        link: d.link,
        overdue,
        daysLeft: daysBetween(today, d.due),
        enheter: d.enheter,
        insatser: d.insatser,
        plan: d.plan,
        visibleFrom: position.visibleFrom,
        stageFrom: position.stageFrom,
        nextStage: position.nextStage,
        state,
        ack: ack && ackHolds(ack, d.due, today) ? { mode: ack.mode, until: ack.until, actor: ack.actor, reason: ack.reason, at: ack.at } : null,
      };
    })
    .sort(compareReminders);
}

/** Overdue first (the oldest first), then by deadline; ties by key so the order is stable. */
export function compareReminders(a: Reminder, b: Reminder): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.due.localeCompare(b.due) || a.key.localeCompare(b.key);
}
