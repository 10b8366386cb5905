// Påminnelser: the facts are read from the database and handed to the pure derivation in
// shared/reminders; acknowledging and snoozing are recorded (who, why, until when) in reminder_ack and
// the audit trail. Also the sammanträdesplan the reminders are planned from, and the calendar export.
import { createHash } from 'node:crypto';
import { ServiceError } from '../../shared/api/envelope';
import type { GeneratedFile } from '../../shared/api/files';
import { safeFileStem } from '../../shared/api/files';
import type { ListedReminder, MeetingPlanList, PlannedMeetingDto, ReminderList } from '../../shared/api/reminders-contract';
import { justeringDeadline } from '../../shared/domain/protokoll';
import {
  REMINDER_KIND_LABELS,
  acknowledgedUntil,
  datedEntries,
  deriveReminders,
  summarize,
  type AckMode,
  type CoveredInsats,
  type PlannedMeeting,
  type Reminder,
  type ReminderFacts,
  type ReminderSummary,
  type StoredAck,
} from '../../shared/reminders';
import { addDays } from '../../shared/reminders/dates';
import { defaultArendeDeadline } from '../../shared/reminders/plan';
import { currentActor, recordAudit } from './audit';
import { buildIcs, type IcsEvent } from './calendar-ics';
import { isoToday, write, type ServiceContext, type Trx } from './context';
import { beteckning } from '../../shared/domain/beslut';
import { meetingItemVersions, meetingItems } from './decisions/meeting-items';
import { generatedFile } from './files';
import { readSettings } from './settings';
import { refuseIfStale } from './revision';

/** A timestamp (ISO, UTC) as the local calendar day; a plain date is kept as it is. */
function localDay(at: string): string {
  return at.length === 10 ? at : isoToday(new Date(at));
}

/** The sammanträdesplan: the sammanträden, one per date, with each one's last day for ärenden (0016). */
async function planRows(db: Trx) {
  const rows = await db.selectFrom('sammantrade').select(['id', 'datum', 'arende_deadline', 'status']).orderBy('datum').orderBy('id').execute();
  const byDate = new Map<string, PlannedMeeting>();
  for (const r of rows) {
    const held = r.status !== 'planerat';
    const seen = byDate.get(r.datum);
    // Two nämnder on one day: the date is open while either meeting is.
    if (seen) seen.held = seen.held && held;
    else byDate.set(r.datum, { datum: r.datum, arendeDeadline: r.arende_deadline ?? defaultArendeDeadline(r.datum), held });
  }
  return [...byDate.values()];
}

export async function readPlan(db: Trx): Promise<PlannedMeetingDto[]> {
  return (await planRows(db)).map((m) => ({ datum: m.datum, arendeDeadline: m.arendeDeadline }));
}

/** The plan as the derivation needs it: a meeting already held (or justerat) takes no more ärenden. */
const planWithHeld = planRows;

/** Everything the derivation needs, read in one go. */
export async function reminderFacts(db: Trx, today: string): Promise<ReminderFacts> {
  const settings = await readSettings(db);
  const plan = await planWithHeld(db);

  const decidedVersions = await db
    .selectFrom('insats_version as v')
    .leftJoin('enhet as e', 'e.id', 'v.enhet_id')
    .select(['v.id', 'v.insats_id', 'v.namn', 'v.status', 'v.beslut_id', 'e.namn as enhet'])
    .where('v.beslut_id', 'is not', null)
    .orderBy('v.namn')
    .execute();
  const coveredBy = new Map<number, CoveredInsats[]>();
  for (const v of decidedVersions) {
    const list = coveredBy.get(v.beslut_id!) ?? [];
    list.push({ insatsId: v.insats_id, namn: v.namn, enhet: v.enhet, revoked: v.status === 'upphavd' });
    coveredBy.set(v.beslut_id!, list);
  }

  const beslut = await db
    .selectFrom('beslut as b')
    .innerJoin('arende as a', 'a.id', 'b.arende_id')
    .select(['b.id', 'b.arende_id', 'b.beslutsdatum', 'b.giltig_till', 'b.revideras_senast', 'a.rubrik', 'a.diarienummer', 'b.paragraf'])
    .where('b.utfall', '=', 'bifall')
    .execute();
  const beteckningOf = new Map(beslut.map((b) => [b.id, beteckning(b.diarienummer, settings.namndForkortning, b.paragraf)]));
  const decisions = beslut.map((b) => ({
    beslutId: b.id,
    arendeId: b.arende_id,
    rubrik: b.rubrik,
    beteckning: beteckningOf.get(b.id)!,
    beslutsdatum: b.beslutsdatum,
    giltigTill: b.giltig_till,
    reviderasSenast: b.revideras_senast,
    insatser: coveredBy.get(b.id) ?? [],
  }));

  const waiting = await db
    .selectFrom('insats_version as v')
    .leftJoin('enhet as e', 'e.id', 'v.enhet_id')
    .select(['v.id', 'v.insats_id', 'v.version_no', 'v.namn', 'v.status', 'v.updated_at', 'e.namn as enhet'])
    .where('v.status', 'in', ['forslag', 'redo_for_beslut'])
    .execute();
  const proposals = [];
  for (const v of waiting) {
    const became = await db
      .selectFrom('status_event')
      .select((eb) => eb.fn.max('at').as('at'))
      .where('version_id', '=', v.id)
      .where('to_status', '=', 'forslag')
      .executeTakeFirst();
    // An ärende's place on an agenda is held only while it awaits its beslut (0007).
    const scheduled = await db
      .selectFrom('arende_version as av')
      .innerJoin('arende as a', 'a.id', 'av.arende_id')
      .innerJoin('sammantrade as s', 's.id', 'a.sammantrade_id')
      .select('s.datum')
      .where('av.version_id', '=', v.id)
      .orderBy('s.datum', 'desc')
      .executeTakeFirst();
    proposals.push({
      versionId: v.id,
      insatsId: v.insats_id,
      versionNo: v.version_no,
      namn: v.namn,
      enhet: v.enhet,
      status: v.status,
      since: localDay(String(became?.at ?? v.updated_at)),
      scheduledOn: scheduled?.datum ?? null,
    });
  }

  const rkaRows = await db
    .selectFrom('rka as r')
    .innerJoin('insats_version as v', 'v.id', 'r.version_id')
    .leftJoin('enhet as e', 'e.id', 'v.enhet_id')
    .select([
      'r.version_id',
      'r.needs_review',
      'r.complete',
      'r.flagged_on',
      'r.updated_at',
      'v.insats_id',
      'v.version_no',
      'v.namn',
      'v.status',
      'e.namn as enhet',
    ])
    .where('r.needs_review', '=', 1)
    .execute();
  const rkas = rkaRows.map((r) => ({
    versionId: r.version_id,
    insatsId: r.insats_id,
    versionNo: r.version_no,
    namn: r.namn,
    enhet: r.enhet,
    versionStatus: r.status,
    needsReview: r.needs_review === 1,
    complete: r.complete === 1,
    flaggedOn: localDay(r.flagged_on ?? r.updated_at),
  }));

  const unjusterat = await db.selectFrom('sammantrade').select(['id', 'datum', 'status']).where('status', '!=', 'justerat').execute();
  // A protocol to justera: of a meeting marked held, or one with ärenden or beslut on it. A planned meeting
  // with nothing of the catalogue's on it has no protocol here.
  const withItems = new Set(
    unjusterat.length === 0
      ? []
      : (
          await db
            .selectFrom(meetingItems(db).as('mi'))
            .select('mi.sammantrade_id')
            .distinct()
            .where(
              'mi.sammantrade_id',
              'in',
              unjusterat.map((m) => m.id),
            )
            .execute()
        ).map((r) => r.sammantrade_id),
  );
  const meetingRows = unjusterat.filter((m) => m.status === 'hallet' || withItems.has(m.id));
  // The enheter concerned by each meeting: of the ärenden awaiting a beslut there and of the beslut taken there.
  const enheterOf = new Map<number, string[]>();
  if (meetingRows.length > 0) {
    const rows = await db
      .selectFrom(meetingItemVersions(db).as('mv'))
      .innerJoin('insats_version as v', 'v.id', 'mv.version_id')
      .innerJoin('enhet as e', 'e.id', 'v.enhet_id')
      .select(['mv.sammantrade_id', 'e.namn'])
      .distinct()
      .where(
        'mv.sammantrade_id',
        'in',
        meetingRows.map((m) => m.id),
      )
      .execute();
    for (const r of rows) enheterOf.set(r.sammantrade_id!, [...(enheterOf.get(r.sammantrade_id!) ?? []), r.namn]);
  }
  const meetings = meetingRows.map((m) => ({
    sammantradeId: m.id,
    datum: m.datum,
    status: m.status,
    justeringSenast: justeringDeadline(m.datum),
    enheter: [...new Set(enheterOf.get(m.id) ?? [])].sort((x, y) => x.localeCompare(y, 'sv')),
  }));

  const taskRows = await db
    .selectFrom('aterrapportering as t')
    .innerJoin('beslut as b', 'b.id', 't.beslut_id')
    .select(['t.id', 't.beslut_id', 't.text', 't.due_from', 't.due_to', 't.done', 'b.arende_id'])
    .where('t.done', '=', 0)
    .execute();
  const arendeOf = new Map(
    (await db.selectFrom('beslut as b').innerJoin('arende as a', 'a.id', 'b.arende_id').select(['b.id', 'a.diarienummer', 'b.paragraf']).execute()).map((b) => [
      b.id,
      beteckning(b.diarienummer, settings.namndForkortning, b.paragraf),
    ]),
  );
  const tasks = taskRows.map((t) => ({
    taskId: t.id,
    beslutId: t.beslut_id,
    arendeId: t.arende_id,
    beteckning: arendeOf.get(t.beslut_id) ?? '',
    text: t.text,
    dueFrom: t.due_from,
    dueTo: t.due_to,
    done: t.done === 1,
    insatser: coveredBy.get(t.beslut_id) ?? [],
  }));

  const acks: StoredAck[] = (await db.selectFrom('reminder_ack').selectAll().execute())
    .filter((a) => a.until !== null)
    .map((a) => ({ key: a.key, due: a.due, mode: a.mode as AckMode, until: a.until!, actor: a.actor, reason: a.reason, at: a.at }));

  return {
    today,
    leadDays: settings.paminnelseDagar,
    proposalWaitDays: settings.forslagVantetidDagar,
    plan,
    decisions,
    proposals,
    rkas,
    meetings,
    tasks,
    acks,
  };
}

async function remindersOn(db: Trx, today: string): Promise<Reminder[]> {
  return deriveReminders(await reminderFacts(db, today));
}

/** The reminders with the revision of their acknowledgement or snooze (0017; 0 when there is none). */
async function withRevisions(db: Trx, reminders: Reminder[]): Promise<ListedReminder[]> {
  const rows = await db.selectFrom('reminder_ack').select(['key', 'revision']).execute();
  const revisions = new Map(rows.map((r) => [r.key, Number(r.revision)]));
  return reminders.map((r) => ({ ...r, revision: revisions.get(r.key) ?? 0 }));
}

export async function listReminders(ctx: ServiceContext): Promise<ReminderList> {
  const today = ctx.today();
  return { today, reminders: await withRevisions(ctx.db, await remindersOn(ctx.db, today)), plan: await readPlan(ctx.db) };
}

export async function reminderSummary(ctx: ServiceContext): Promise<ReminderSummary> {
  return summarize(await remindersOn(ctx.db, ctx.today()));
}

async function findReminder(trx: Trx, today: string, key: string): Promise<Reminder> {
  const reminder = (await remindersOn(trx, today)).find((r) => r.key === key);
  if (!reminder) throw new ServiceError('not_found', 'Påminnelsen finns inte längre – det den gällde kan redan vara åtgärdat.');
  return reminder;
}

async function findListed(trx: Trx, today: string, key: string): Promise<ListedReminder> {
  const [listed] = await withRevisions(trx, [await findReminder(trx, today, key)]);
  return listed!;
}

/** The stored acknowledgement of the reminder, after refusing a change based on an older revision of it. */
async function ackBasedOn(trx: Trx, key: string, revision: number | undefined) {
  const row = await trx.selectFrom('reminder_ack').selectAll().where('key', '=', key).executeTakeFirst();
  await refuseIfStale(trx, { audit: { entity: 'paminnelse', entityId: key }, what: 'påminnelsen' }, revision, Number(row?.revision ?? 0));
  return row;
}

async function storeAck(trx: Trx, ctx: ServiceContext, reminder: Reminder, mode: AckMode, until: string, reason: string, revision: number | undefined) {
  const before = await ackBasedOn(trx, reminder.key, revision);
  const next = Number(before?.revision ?? 0) + 1;
  const row = { key: reminder.key, until, actor: await currentActor(trx), reason, at: ctx.now().toISOString(), due: reminder.due, mode, revision: next };
  await trx
    .insertInto('reminder_ack')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ until: row.until, actor: row.actor, reason: row.reason, at: row.at, due: row.due, mode: row.mode, revision: next }),
    )
    .execute();
  await recordAudit(trx, ctx, {
    entity: 'paminnelse',
    entityId: reminder.key,
    action: mode === 'kvitterad' ? 'kvittera' : 'skjut upp',
    before: before ?? undefined,
    after: { mode, until, reason, due: reminder.due, subject: reminder.subject },
  });
}

export function acknowledgeReminder(ctx: ServiceContext, input: { key: string; reason: string; revision?: number }): Promise<ListedReminder> {
  return write(ctx, async (trx) => {
    const today = ctx.today();
    const reminder = await findReminder(trx, today, input.key);
    if (reminder.state === 'kommande') {
      throw new ServiceError('refused', `Påminnelsen visas först ${reminder.visibleFrom} och kan inte kvitteras före dess.`);
    }
    await storeAck(trx, ctx, reminder, 'kvitterad', acknowledgedUntil(reminder, today), input.reason, input.revision);
    return findListed(trx, today, input.key);
  });
}

export function snoozeReminder(ctx: ServiceContext, input: { key: string; until: string; reason: string; revision?: number }): Promise<ListedReminder> {
  return write(ctx, async (trx) => {
    const today = ctx.today();
    if (input.until <= today) {
      throw new ServiceError('invalid_input', `Välj ett datum efter i dag (${today}).`, [{ path: 'until', message: 'Datumet måste vara efter i dag.' }]);
    }
    const reminder = await findReminder(trx, today, input.key);
    await storeAck(trx, ctx, reminder, 'uppskjuten', input.until, input.reason, input.revision);
    return findListed(trx, today, input.key);
  });
}

/** Shows the reminder again: its row stays, without an until, so its revision keeps rising (0017). */
export function reopenReminder(ctx: ServiceContext, input: { key: string; revision?: number }): Promise<ListedReminder> {
  return write(ctx, async (trx) => {
    const today = ctx.today();
    const reminder = await findReminder(trx, today, input.key);
    const before = await ackBasedOn(trx, input.key, input.revision);
    if (!before || before.until === null) throw new ServiceError('refused', 'Påminnelsen är varken kvitterad eller uppskjuten.');
    await trx
      .updateTable('reminder_ack')
      .set({ until: null, actor: await currentActor(trx), at: ctx.now().toISOString(), revision: Number(before.revision) + 1 })
      .where('key', '=', input.key)
      .execute();
    await recordAudit(trx, ctx, { entity: 'paminnelse', entityId: input.key, action: 'visa igen', before, after: { subject: reminder.subject } });
    return findListed(trx, today, input.key);
  });
}

// ---- Sammanträdesplan ----

export async function listPlan(ctx: ServiceContext): Promise<MeetingPlanList> {
  return { today: ctx.today(), meetings: await readPlan(ctx.db) };
}

/** The plan's meeting on a date: the nämnd's own when two nämnder meet that day. */
async function meetingOn(trx: Trx, datum: string) {
  const settings = await readSettings(trx);
  const rows = await trx.selectFrom('sammantrade').selectAll().where('datum', '=', datum).orderBy('id').execute();
  return rows.find((r) => r.namnd === settings.namnd) ?? rows[0];
}

const planEntry = (m: { datum: string; arende_deadline: string | null }) => ({ datum: m.datum, arende_deadline: m.arende_deadline });

/** Adds a meeting to the plan (a planerat sammanträde, schedulable at once) or moves one that is not held yet. */
export function saveMeetingPlan(ctx: ServiceContext, input: { datum: string; arendeDeadline: string; previousDatum?: string }) {
  return write(ctx, async (trx) => {
    const existing = await meetingOn(trx, input.datum);
    const previous = input.previousDatum ? await meetingOn(trx, input.previousDatum) : undefined;
    if (input.previousDatum && !previous) throw new ServiceError('not_found', `Sammanträdet ${input.previousDatum} finns inte i planen.`);
    if (existing && input.previousDatum !== input.datum) {
      throw new ServiceError('conflict', `Planen har redan ett sammanträde ${input.datum}.`, [{ path: 'datum', message: 'Finns redan i planen.' }]);
    }
    if (previous) {
      if (previous.status !== 'planerat' && previous.datum !== input.datum) {
        throw new ServiceError('refused', `Sammanträdet ${previous.datum} är redan hållet; dess datum kan inte ändras.`, [
          { path: 'datum', message: 'Sammanträdet är hållet.' },
        ]);
      }
      await trx
        .updateTable('sammantrade')
        .set((eb) => ({ datum: input.datum, arende_deadline: input.arendeDeadline, revision: eb('revision', '+', 1) }))
        .where('id', '=', previous.id)
        .execute();
    } else {
      const settings = await readSettings(trx);
      await trx
        .insertInto('sammantrade')
        .values({ datum: input.datum, namnd: settings.namnd, arende_deadline: input.arendeDeadline, justeringsdatum: null, anslagsdatum: null })
        .execute();
    }
    await recordAudit(trx, ctx, {
      entity: 'sammantradesplan',
      entityId: input.datum,
      action: previous ? 'ändra' : 'lägg till',
      before: previous ? planEntry(previous) : undefined,
      after: { datum: input.datum, arende_deadline: input.arendeDeadline },
    });
    return { today: ctx.today(), meetings: await readPlan(trx) };
  });
}

/** Takes a meeting out of the plan: only one not held and with nothing on it (no ärende, no beslut). */
export function deleteMeetingPlan(ctx: ServiceContext, input: { datum: string }) {
  return write(ctx, async (trx) => {
    const before = await meetingOn(trx, input.datum);
    if (!before) throw new ServiceError('not_found', `Sammanträdet ${input.datum} finns inte i planen.`);
    const items = await trx
      .selectFrom(meetingItems(trx).as('mi'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('mi.sammantrade_id', '=', before.id)
      .executeTakeFirstOrThrow();
    if (before.status !== 'planerat' || Number(items.n) > 0) {
      throw new ServiceError(
        'refused',
        `Sammanträdet ${input.datum} har ${before.status !== 'planerat' ? 'redan hållits' : 'ärenden på dagordningen'} och kan inte tas bort ur planen.`,
      );
    }
    await trx.deleteFrom('sammantrade').where('id', '=', before.id).execute();
    await recordAudit(trx, ctx, { entity: 'sammantradesplan', entityId: input.datum, action: 'ta bort', before: planEntry(before) });
    return { today: ctx.today(), meetings: await readPlan(trx) };
  });
}

// ---- Calendar export ----

/** Cancelled events stay in the file this long, so every calendar that imported them sees the cancellation. */
const KEEP_CANCELLED_DAYS = 365;

const CALENDAR_CATEGORY = 'IUB-katalogen';

function fingerprint(e: { date: string; summary: string; description: string; categories: string[] }): string {
  return createHash('sha256')
    .update(JSON.stringify([e.date, e.summary, e.description, e.categories]))
    .digest('hex');
}

/**
 * All deadlines as an .ics for the secretariat's shared calendar. UIDs follow the thing (not the date),
 * so a re-import updates an event; SEQUENCE and LAST-MODIFIED move only when the event changed; an event
 * whose deadline was resolved is published once more as CANCELLED.
 */
export function exportCalendar(ctx: ServiceContext): Promise<GeneratedFile> {
  return write(ctx, async (trx) => {
    const today = ctx.today();
    const now = ctx.now();
    const settings = await readSettings(trx);
    const reminders = await remindersOn(trx, today);
    const byKey = new Map(reminders.map((r) => [r.key, r]));
    const domain = `${safeFileStem(settings.kommun || 'kommun')}.iub-katalogen`;
    const current = datedEntries(reminders, await readPlan(trx)).map((entry) => {
      const reminder = entry.key ? byKey.get(entry.key.replace(/\/beredning$/, '')) : undefined;
      const categories = [CALENDAR_CATEGORY, reminder ? REMINDER_KIND_LABELS[reminder.kind] : 'Sammanträdesplan'];
      const description = reminder
        ? `${reminder.subject}${reminder.enheter.length ? `\nEnhet: ${reminder.enheter.join(', ')}` : ''}`
        : entry.type === 'arenden'
          ? `Sista dag att lämna in ärenden (tjänsteskrivelser) till ${settings.namnd}s sammanträde ${entry.meeting}.`
          : `${settings.namnd}${settings.kommun ? `, ${settings.kommun}` : ''}.`;
      return { uid: `${entry.key}@${domain}`, date: entry.date, summary: entry.text, description, categories };
    });

    const stored = new Map((await trx.selectFrom('calendar_event').selectAll().execute()).map((r) => [r.uid, r]));
    const events: IcsEvent[] = [];
    const seen = new Set<string>();
    const nowIso = now.toISOString();
    for (const e of current) {
      if (seen.has(e.uid)) continue;
      seen.add(e.uid);
      const print = fingerprint(e);
      const old = stored.get(e.uid);
      let sequence = 0;
      let modified = nowIso;
      if (!old) {
        await trx
          .insertInto('calendar_event')
          .values({ uid: e.uid, fingerprint: print, sequence: 0, modified: nowIso, summary: e.summary, dtstart: e.date, cancelled: null })
          .execute();
      } else if (old.fingerprint !== print || old.cancelled !== null) {
        sequence = old.sequence + 1;
        await trx
          .updateTable('calendar_event')
          .set({ fingerprint: print, sequence, modified: nowIso, summary: e.summary, dtstart: e.date, cancelled: null })
          .where('uid', '=', e.uid)
          .execute();
      } else {
        sequence = old.sequence;
        modified = old.modified;
      }
      events.push({ ...e, sequence, lastModified: new Date(modified), cancelled: false });
    }
    for (const old of stored.values()) {
      if (seen.has(old.uid)) continue;
      let { sequence, modified, cancelled } = old;
      if (cancelled === null) {
        sequence += 1;
        modified = nowIso;
        cancelled = today;
        await trx.updateTable('calendar_event').set({ sequence, modified, cancelled }).where('uid', '=', old.uid).execute();
      }
      if (addDays(cancelled, KEEP_CANCELLED_DAYS) < today) continue;
      events.push({
        uid: old.uid,
        date: old.dtstart,
        summary: old.summary,
        description: `Inställt: det här är åtgärdat eller gäller inte längre (${cancelled}).`,
        categories: [CALENDAR_CATEGORY],
        sequence,
        lastModified: new Date(modified),
        cancelled: true,
      });
    }
    events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
    const ics = buildIcs({ name: `Påminnelser – ${settings.namnd}${settings.kommun ? ` ${settings.kommun}` : ''}`, namnd: settings.namnd, events, now });
    await recordAudit(trx, ctx, {
      entity: 'kalender',
      entityId: 'paminnelser',
      action: 'exportera',
      after: { handelser: events.filter((e) => !e.cancelled).length, installda: events.filter((e) => e.cancelled).length },
    });
    return generatedFile(`paminnelser-${today}`, 'ics', ics);
  });
}
