// Påminnelser on a real SQLite file through the real dispatcher: derived from seed 002's decision and a
// sammanträdesplan, acknowledged and snoozed with who and why in the audit trail, back when their date
// passes, gone when resolved; the sammanträdesplan's CRUD; the calendar export read back with ical.js.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { loadFixture } from '../fixtures/load-fixture';
import { importCatalogue } from '../../electron/services/portable';
import { servicesOnDay, testServices, type TestServices } from '../support/services';

const REVISION = 'revidering:beslut-1';

/** Socialnämnden's meetings in the autumn of 2026, ärenden due three weeks before. */
const PLAN = [
  { datum: '2026-09-22', arendeDeadline: '2026-09-01' },
  { datum: '2026-10-20', arendeDeadline: '2026-09-29' },
  { datum: '2026-11-24', arendeDeadline: '2026-11-03' },
];

/** Seed 002's decision: its meeting (held and justerat) is in the plan too, with the default deadline. */
const IMPORTED_MEETING = { datum: '2025-09-16', arendeDeadline: '2025-08-26' };

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2026-10-02' });
  await importCatalogue(s.ctx, loadFixture('alingsas'));
  for (const m of PLAN) await s.call('sammantradesplan/save', m);
});
afterEach(async () => s.cleanup());

async function onDay<T>(today: string, fn: (call: Awaited<ReturnType<typeof servicesOnDay>>['call']) => Promise<T>): Promise<T> {
  const other = await servicesOnDay(s.file, today);
  try {
    return await fn(other.call);
  } finally {
    await other.close();
  }
}

const shownKeys = async (call: TestServices['call']) => (await call('paminnelser/list', {})).reminders.filter((r) => r.state === 'aktuell').map((r) => r.key);

describe('påminnelser från seed 002', () => {
  it('shows the 90-day revision reminder on 2026-10-02, planned back to the last meeting', async () => {
    const list = await s.call('paminnelser/list', {});
    expect(list.today).toBe('2026-10-02');
    const r = list.reminders.find((x) => x.key === REVISION)!;
    expect(r).toMatchObject({ kind: 'revidering', due: '2026-12-31', state: 'aktuell', daysLeft: 90, overdue: false, link: '/beslut/arende/1' });
    expect(r.subject).toBe(
      'Insatser utan individuell behovsprövning (2025.053 SN § 37), 25 insatser, ska revideras senast 2026-12-31: ta upp på sammanträdet 2026-11-24, tjänsteskrivelsen senast 2026-11-03.',
    );
    expect(r.insatser).toHaveLength(25);
    expect(await s.call('paminnelser/summary', {})).toEqual({ shown: 1, overdue: 0, soon: 0, later: 1 });
    expect(await onDay('2026-10-01', shownKeys)).toEqual([]);
  });

  it('acknowledges with who in the audit trail, hides until the 30-day stage, then shows it again', async () => {
    const acked = await s.call('paminnelser/acknowledge', { key: REVISION, reason: 'Beredningen är påbörjad' });
    expect(acked).toMatchObject({
      state: 'kvitterad',
      ack: { mode: 'kvitterad', until: '2026-12-01', actor: 'Test Testsson', reason: 'Beredningen är påbörjad' },
    });
    expect(await shownKeys(s.call)).toEqual([]);
    const audit = await s.call('audit/list', { entity: 'paminnelse', entityId: REVISION });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Test Testsson', action: 'kvittera' });
    expect(await onDay('2026-11-30', shownKeys)).toEqual([]);
    expect(await onDay('2026-12-01', shownKeys)).toEqual([REVISION]);
  });

  it('snoozes to a date with a reason, and the reminder comes back on that date', async () => {
    const snoozed = await s.call('paminnelser/snooze', { key: REVISION, until: '2026-10-15', reason: 'Inväntar ny förvaltningsorganisation' });
    expect(snoozed).toMatchObject({ state: 'uppskjuten', ack: { until: '2026-10-15' } });
    const audit = await s.call('audit/list', { entity: 'paminnelse', entityId: REVISION });
    expect(audit[0]).toMatchObject({ actor: 'Test Testsson', action: 'skjut upp' });
    expect(audit[0].after).toMatchObject({ until: '2026-10-15', reason: 'Inväntar ny förvaltningsorganisation' });
    expect(await onDay('2026-10-14', shownKeys)).toEqual([]);
    expect(await onDay('2026-10-15', shownKeys)).toEqual([REVISION]);
  });

  it('refuses a snooze without a reason or to a date not after today, and writes nothing', async () => {
    await expect(s.call('paminnelser/snooze', { key: REVISION, until: '2026-10-15', reason: '  ' })).rejects.toThrow('Ange varför påminnelsen skjuts upp.');
    await expect(s.call('paminnelser/snooze', { key: REVISION, until: '2026-10-02', reason: 'x' })).rejects.toThrow('Välj ett datum efter i dag (2026-10-02).');
    await expect(s.call('paminnelser/snooze', { key: REVISION, until: '2026-02-30', reason: 'x' })).rejects.toThrow('Datumet finns inte i kalendern.');
    await expect(s.call('paminnelser/snooze', { key: 'revidering:beslut-99', until: '2026-10-15', reason: 'x' })).rejects.toThrow(/finns inte längre/);
    expect(await s.call('audit/list', { entity: 'paminnelse' })).toEqual([]);
    expect(s.sqlite.prepare('SELECT COUNT(*) AS n FROM reminder_ack').get()).toEqual({ n: 0 });
  });

  it('shows a snoozed reminder again on request', async () => {
    await s.call('paminnelser/snooze', { key: REVISION, until: '2026-11-01', reason: 'Semester' });
    expect(await s.call('paminnelser/reopen', { key: REVISION })).toMatchObject({ state: 'aktuell', ack: null });
    expect((await s.call('audit/list', { entity: 'paminnelse' })).map((a) => a.action)).toEqual(['visa igen', 'skjut upp']);
  });

  it('refuses to acknowledge a reminder before its first lead time', async () => {
    await s.call('settings/update', { paminnelseDagar: [30, 7] });
    await expect(s.call('paminnelser/acknowledge', { key: REVISION, reason: '' })).rejects.toThrow('Påminnelsen visas först 2026-12-01');
  });
});

describe('no meeting left before the revision deadline', () => {
  it('is overdue once the last meeting before it is justerat, and never points to that meeting', async () => {
    await s.call('sammantradesplan/save', { datum: '2026-12-15', arendeDeadline: '2026-11-24' });
    await s.call('sammantradesplan/save', { datum: '2027-01-26', arendeDeadline: '2027-01-05' });
    const before = await onDay('2026-12-14', async (call) => (await call('paminnelser/list', {})).reminders.find((r) => r.key === REVISION)!);
    expect(before).toMatchObject({ overdue: false, plan: { sammantrade: '2026-12-15' } });

    const meeting = (await s.call('sammantraden/list', {})).find((m) => m.datum === '2026-12-15')!;
    const onMeetingDay = await servicesOnDay(s.file, '2026-12-15');
    try {
      await onMeetingDay.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2026-12-15' });
      const r = (await onMeetingDay.call('paminnelser/list', {})).reminders.find((x) => x.key === REVISION)!;
      expect(r).toMatchObject({ overdue: true, daysLeft: 16, state: 'aktuell', plan: { sammantrade: '2027-01-26', basis: 'next' } });
      expect(r.subject).not.toContain('2026-12-15');
      expect(r.subject).toContain('inget sammanträde återstår före dess');
      expect(r.subject).toContain('extra sammanträde');
      expect(r.subject).toContain('ordförandebeslut');
      expect(r.subject).toContain('nytt revideringsdatum');
      expect(await onMeetingDay.call('paminnelser/summary', {})).toMatchObject({ overdue: 1, soon: 0 });
    } finally {
      await onMeetingDay.close();
    }
  });
});

describe('resolved reminders disappear', () => {
  it('återrapportering: shown at its lead time, gone when done', async () => {
    const [arende] = await s.call('arenden/list', {});
    const withTask = await s.call('beslut/addTask', { beslutId: arende.beslut!.id, text: 'Uppföljning av Gläntan', due: 'november 2026' });
    const taskId = withTask.beslut!.uppgifter[0].id;
    const key = `aterrapportering:uppgift-${taskId}`;
    const r = (await s.call('paminnelser/list', {})).reminders.find((x) => x.key === key)!;
    expect(r).toMatchObject({ due: '2026-11-30', state: 'aktuell', plan: { sammantrade: '2026-11-24', beredning: '2026-11-03' } });
    await s.call('beslut/completeTask', { taskId, done: true });
    expect((await s.call('paminnelser/list', {})).reminders.find((x) => x.key === key)).toBeUndefined();
  });

  it('justering: shown from the meeting day, overdue after 14 days, gone when justerat', async () => {
    // The plan's meeting is the sammanträde (entered once); held, its protocol is to be justerat.
    const meeting = (await s.call('sammantraden/list', {})).find((m) => m.datum === '2026-09-22')!;
    const key = `justering:sammantrade-${meeting.id}`;
    expect((await s.call('paminnelser/list', {})).reminders.find((x) => x.key === key)).toBeUndefined();
    await s.call('sammantraden/update', { id: meeting.id, status: 'hallet' });
    expect((await s.call('paminnelser/list', {})).reminders.find((x) => x.key === key)).toMatchObject({ due: '2026-10-06', state: 'aktuell', overdue: false });
    expect(await onDay('2026-10-07', async (call) => (await call('paminnelser/list', {})).reminders.find((x) => x.key === key)?.overdue)).toBe(true);
    await s.call('sammantraden/update', { id: meeting.id, status: 'justerat', justeringsdatum: '2026-09-30' });
    expect((await s.call('paminnelser/list', {})).reminders.find((x) => x.key === key)).toBeUndefined();
  });

  it('förslag: shown when waiting longer than the set time, with the enhet', async () => {
    const sektor = await s.call('organisation/createSektor', { namn: 'Öppenvård' });
    const { id: enhetId } = await s.call('organisation/createEnhet', { sektorId: sektor.id, namn: 'Familjestöd' });
    const v = await s.call('insatser/create', { content: { ...(await s.call('versions/get', { versionId: 1 })).content, namn: 'Nytt stöd', enhetId } });
    // Submitted as a förslag on 2026-07-01 (the lifecycle itself is tested elsewhere).
    s.sqlite.prepare("UPDATE insats_version SET status = 'forslag' WHERE id = ?").run(v.versionId);
    s.sqlite
      .prepare("INSERT INTO status_event (version_id, from_status, to_status, at, actor) VALUES (?, 'utkast', 'forslag', '2026-07-01T09:00:00.000Z', 'Test')")
      .run(v.versionId);
    const r = (await s.call('paminnelser/list', {})).reminders.find((x) => x.key === `forslag:version-${v.versionId}`)!;
    expect(r).toMatchObject({
      due: '2026-08-30',
      overdue: true,
      enheter: ['Familjestöd'],
      state: 'aktuell',
      link: `/katalog/insats/${v.insatsId}/${v.versionId}`,
    });
    expect(r.subject).toContain('har väntat på beslut sedan 2026-07-01 (93 dagar, längre än 60 dagar): nästa sammanträde som tar emot ärenden är 2026-11-24');
  });
});

describe('sammanträdesplan', () => {
  it('lists, edits and removes meetings, audited', async () => {
    expect(await s.call('sammantradesplan/list', {})).toEqual({ today: '2026-10-02', meetings: [IMPORTED_MEETING, ...PLAN] });
    const moved = await s.call('sammantradesplan/save', { previousDatum: '2026-11-24', datum: '2026-11-26', arendeDeadline: '2026-11-05' });
    expect(moved.meetings.at(-1)).toEqual({ datum: '2026-11-26', arendeDeadline: '2026-11-05' });
    expect((await s.call('paminnelser/list', {})).reminders.find((r) => r.key === REVISION)!.plan).toMatchObject({
      sammantrade: '2026-11-26',
      beredning: '2026-11-05',
    });
    expect((await s.call('sammantradesplan/delete', { datum: '2026-09-22' })).meetings).toHaveLength(3);
    expect((await s.call('audit/list', { entity: 'sammantradesplan' })).map((a) => a.action)).toEqual([
      'ta bort',
      'ändra',
      'lägg till',
      'lägg till',
      'lägg till',
    ]);
  });

  it('is the list of sammanträden: a meeting added to the plan can be scheduled at once, and one created under Beslut is in the plan', async () => {
    const planned = await s.call('sammantradesplan/save', { datum: '2026-12-15', arendeDeadline: '2026-11-24' });
    expect(planned.meetings.map((m) => m.datum)).toContain('2026-12-15');
    const meeting = (await s.call('sammantraden/list', {})).find((m) => m.datum === '2026-12-15')!;
    expect(meeting).toMatchObject({ status: 'planerat', namnd: 'Socialnämnden', arendeDeadline: '2026-11-24' });
    const arende = await s.call('arenden/create', { rubrik: 'Revidering av IUB-katalogen' });
    expect(await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id })).toMatchObject({ sammantradeId: meeting.id });

    const created = await s.call('sammantraden/create', { datum: '2027-01-26' });
    expect(created.arendeDeadline).toBe('2027-01-05');
    expect((await s.call('sammantradesplan/list', {})).meetings.at(-1)).toEqual({ datum: '2027-01-26', arendeDeadline: '2027-01-05' });
    await expect(s.call('sammantraden/create', { datum: '2026-12-15' })).rejects.toThrow('Socialnämnden har redan ett sammanträde 2026-12-15');
    // One with an ärende on its agenda, or one held, is not taken out of the plan.
    await expect(s.call('sammantradesplan/delete', { datum: '2026-12-15' })).rejects.toThrow('har ärenden på dagordningen och kan inte tas bort');
    await expect(s.call('sammantradesplan/delete', { datum: '2025-09-16' })).rejects.toThrow('har redan hållits');
    await expect(s.call('sammantradesplan/save', { previousDatum: '2025-09-16', datum: '2025-09-17', arendeDeadline: '2025-08-26' })).rejects.toThrow(
      'är redan hållet',
    );
    expect((await s.call('sammantraden/list', {})).filter((m) => m.datum === '2026-12-15')).toHaveLength(1);
  });

  it('refuses a deadline for ärenden on or after the meeting, and a second meeting on the same day', async () => {
    await expect(s.call('sammantradesplan/save', { datum: '2026-12-15', arendeDeadline: '2026-12-15' })).rejects.toThrow(
      'Sista dag för ärenden måste vara före sammanträdet.',
    );
    await expect(s.call('sammantradesplan/save', { datum: '2026-10-20', arendeDeadline: '2026-10-01' })).rejects.toThrow(
      'Planen har redan ett sammanträde 2026-10-20.',
    );
    await expect(s.call('sammantradesplan/delete', { datum: '2026-12-15' })).rejects.toThrow('finns inte i planen');
    expect(await s.call('sammantradesplan/list', {})).toEqual({ today: '2026-10-02', meetings: [IMPORTED_MEETING, ...PLAN] });
  });
});

describe('kalenderexport (.ics)', () => {
  const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
  function events(ics: string) {
    const cal = new ICAL.Component(ICAL.parse(ics));
    return cal.getAllSubcomponents('vevent').map((e) => ({
      uid: String(e.getFirstPropertyValue('uid')),
      start: e.getFirstProperty('dtstart')!,
      summary: String(e.getFirstPropertyValue('summary')),
      description: String(e.getFirstPropertyValue('description') ?? ''),
      sequence: Number(e.getFirstPropertyValue('sequence')),
      status: String(e.getFirstPropertyValue('status')),
      dtstamp: e.getFirstPropertyValue('dtstamp'),
    }));
  }

  it('is valid RFC 5545: CRLF, lines within 75 octets, DTSTAMP, all-day DATE events carrying the deadlines', async () => {
    const file = await s.call('paminnelser/calendar', {});
    expect(file).toMatchObject({ fileName: 'paminnelser-2026-10-02.ics', mimeType: 'text/calendar' });
    const ics = decode(file.base64);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');

    const list = events(ics);
    const revision = list.find((e) => e.uid === `${REVISION}@alingsas.iub-katalogen`)!;
    expect(revision.start.type).toBe('date');
    expect(revision.start.getFirstValue()!.toString()).toBe('2026-12-31');
    // the nämnd in every title (issue 17)
    expect(revision.summary).toBe('Socialnämnden – Revideras senast: Insatser utan individuell behovsprövning (2025.053 SN § 37)');
    expect(revision.description).toContain('ta upp på sammanträdet 2026-11-24, tjänsteskrivelsen senast 2026-11-03');
    expect(revision.dtstamp).toBeTruthy();
    const beredning = list.find((e) => e.uid === `${REVISION}/beredning@alingsas.iub-katalogen`)!;
    expect(beredning.start.getFirstValue()!.toString()).toBe('2026-11-03');
    expect(
      list
        .find((e) => e.uid === 'sammantradesplan-2026-11-24/arenden@alingsas.iub-katalogen')!
        .start.getFirstValue()!
        .toString(),
    ).toBe('2026-11-03');
    expect(list.every((e) => e.status === 'CONFIRMED' && e.sequence === 0)).toBe(true);
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
  });

  it('keeps UIDs and SEQUENCE across exports, bumps SEQUENCE when an event changes and cancels a resolved one', async () => {
    const first = events(decode((await s.call('paminnelser/calendar', {})).base64));
    const second = events(decode((await s.call('paminnelser/calendar', {})).base64));
    expect(second.map((e) => [e.uid, e.sequence])).toEqual(first.map((e) => [e.uid, e.sequence]));

    await s.call('sammantradesplan/save', { previousDatum: '2026-11-24', datum: '2026-11-26', arendeDeadline: '2026-11-05' });
    const third = events(decode((await s.call('paminnelser/calendar', {})).base64));
    const revision = third.find((e) => e.uid.startsWith(`${REVISION}@`))!;
    expect(revision).toMatchObject({ sequence: 1, status: 'CONFIRMED' });
    expect(
      third
        .find((e) => e.uid.startsWith(`${REVISION}/beredning@`))!
        .start.getFirstValue()!
        .toString(),
    ).toBe('2026-11-05');
    const gone = third.find((e) => e.uid.startsWith('sammantradesplan-2026-11-24@'))!;
    expect(gone).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(third.filter((e) => e.uid.startsWith('sammantradesplan-2026-10-20@'))).toMatchObject([{ sequence: 0, status: 'CONFIRMED' }]);
  });
});
