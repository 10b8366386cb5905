// The one query for "what is on a sammanträde": ärenden awaiting their beslut on its agenda and the beslut
// taken at it, read from their two tables as one list (used by §-numbering, the protocol extract and reminders).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingItems, meetingItemVersions } from '../../electron/services/decisions/meeting-items';
import { importCatalogue } from '../../electron/services/portable';
import { loadFixture } from '../fixtures/load-fixture';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-10-01' });
  await importCatalogue(s.ctx, loadFixture('alingsas'));
});
afterEach(async () => s.cleanup());

describe('meeting items', () => {
  it('lists the awaited ärenden and the beslut taken, each with its meeting and §', async () => {
    const [decided] = await s.call('arenden/list', {});
    const meeting = await s.call('sammantraden/create', { datum: '2025-10-21' });
    const other = await s.call('arenden/create', { rubrik: 'Delegationsordning' });
    await s.call('arenden/schedule', { arendeId: other.id, sammantradeId: meeting.id, paragraf: 52 });

    const items = await s.ctx.db.selectFrom(meetingItems(s.ctx.db).as('mi')).selectAll().orderBy('mi.paragraf').execute();
    expect(items).toEqual([
      { kind: 'beslut', id: decided.beslut!.id, arende_id: decided.id, sammantrade_id: decided.sammantradeId, paragraf: 37 },
      { kind: 'arende', id: other.id, arende_id: other.id, sammantrade_id: meeting.id, paragraf: 52 },
    ]);
    const versions = await s.ctx.db.selectFrom(meetingItemVersions(s.ctx.db).as('mv')).selectAll().execute();
    expect(versions.length).toBe(25);
    expect(new Set(versions.map((v) => v.sammantrade_id))).toEqual(new Set([decided.sammantradeId]));
  });
});
