// No lost update on the smaller edits (issue 18, item 4; migration 0017): the settings and a reminder's
// acknowledgement carry a revision; of two writers who read the same revision one lands and the other is
// refused with `conflict`, naming who changed it and when, and nothing of the refused write is stored.
// On both engines, two service contexts on one database (two people at two desks).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/load-fixture';
import { importCatalogue } from '../../electron/services/portable';
import { testEngines } from '../support/postgres';
import { servicesOnDay, testServices, type TestServices } from '../support/services';

const engines = await testEngines();
const TODAY = '2026-10-02';
const REVISION = 'revidering:beslut-1';

const apiError = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { apiError: { code: string; message: string } }) => e.apiError,
  );

describe.each(engines)('revision på inställningar och påminnelser (%s)', (engine) => {
  let s: TestServices;
  let other: Awaited<ReturnType<typeof servicesOnDay>>;
  beforeEach(async () => {
    s = await testServices({ today: TODAY, engine });
    other = await servicesOnDay(s.file, TODAY);
  }, 60_000);
  afterEach(async () => {
    await other?.close();
    await s?.cleanup();
  });

  it('inställningar: två som utgår från samma revision – den ena sparas, den andra får conflict', async () => {
    const seenHere = await s.call('settings/get', {});
    const seenThere = await other.call('settings/get', {});
    expect(seenHere.revision).toBe(1); // testServices saved the first-run settings once
    expect(seenThere.revision).toBe(seenHere.revision);

    const saved = await s.call('settings/update', { forvaltning: 'Välfärdsförvaltningen', revision: seenHere.revision });
    expect(saved).toMatchObject({ forvaltning: 'Välfärdsförvaltningen', revision: 2 });

    const error = await apiError(other.call('settings/update', { namndForkortning: 'VN', revision: seenThere.revision }));
    expect(error?.code).toBe('conflict');
    expect(error?.message).toMatch(/Test Testsson ändrade inställningarna \d{1,2} \p{L}+ \d{4} kl\. \d\d\.\d\d/u);
    expect(error?.message).toMatch(/revision 1, nu gäller revision 2/);

    const now = await other.call('settings/get', {});
    expect(now).toMatchObject({ forvaltning: 'Välfärdsförvaltningen', namndForkortning: 'SN', revision: 2 });
    expect((await s.call('audit/list', { entity: 'installningar' })).length).toBe(2);
    // based on what is there now, the second writer's change lands
    expect(await other.call('settings/update', { namndForkortning: 'VN', revision: now.revision })).toMatchObject({ namndForkortning: 'VN', revision: 3 });
  });

  it('påminnelse: två som kvitterar och skjuter upp samma påminnelse – den ena landar, den andra får conflict', async () => {
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    await s.call('sammantradesplan/save', { datum: '2026-10-20', arendeDeadline: '2026-09-29' });
    const find = async (call: TestServices['call']) => (await call('paminnelser/list', {})).reminders.find((r) => r.key === REVISION)!;
    const seenHere = await find(s.call);
    const seenThere = await find(other.call);
    expect(seenHere).toMatchObject({ state: 'aktuell', revision: 0 });
    expect(seenThere.revision).toBe(0);

    const acknowledged = await s.call('paminnelser/acknowledge', { key: REVISION, reason: 'Revideringen är påbörjad', revision: seenHere.revision });
    expect(acknowledged).toMatchObject({ state: 'kvitterad', revision: 1 });

    const error = await apiError(other.call('paminnelser/snooze', { key: REVISION, until: '2026-12-01', reason: 'Semester', revision: seenThere.revision }));
    expect(error?.code).toBe('conflict');
    expect(error?.message).toMatch(/Test Testsson ändrade påminnelsen \d{1,2} \p{L}+ \d{4} kl\. \d\d\.\d\d/u);
    expect((await find(other.call)).ack).toMatchObject({ mode: 'kvitterad', reason: 'Revideringen är påbörjad' });
    expect((await s.call('audit/list', { entity: 'paminnelse', entityId: REVISION })).map((a) => a.action)).toEqual(['kvittera']);

    // "visa igen" raises the revision too, so a snooze based on the acknowledgement is refused after it
    const reopened = await s.call('paminnelser/reopen', { key: REVISION, revision: acknowledged.revision });
    expect(reopened).toMatchObject({ state: 'aktuell', ack: null, revision: 2 });
    expect((await apiError(other.call('paminnelser/snooze', { key: REVISION, until: '2026-12-01', reason: 'x', revision: 1 })))?.code).toBe('conflict');
    expect(await other.call('paminnelser/snooze', { key: REVISION, until: '2026-12-01', reason: 'Semester', revision: 2 })).toMatchObject({
      state: 'uppskjuten',
      revision: 3,
    });
    // a reopened reminder is not "kvitterad eller uppskjuten" any more
    await s.call('paminnelser/reopen', { key: REVISION, revision: 3 });
    expect((await apiError(s.call('paminnelser/reopen', { key: REVISION, revision: 4 })))?.message).toMatch(/varken kvitterad eller uppskjuten/);
  });
});
