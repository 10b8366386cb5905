// Engine equivalence: the same import and the same work through the API give the same results on SQLite
// and on PostgreSQL — the open-data JSON (timestamps aside), search hits, decisions with their diarienummer
// and §, RKA, reminders and the audit trail. PostgreSQL comes from test/support/postgres.ts (CI's server,
// or a throwaway cluster started here); in CI an unreachable server fails this suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededServices } from '../support/seeded';
import { bifall } from '../support/seed-beslut';
import { testEngines } from '../support/postgres';
import type { TestEngine, TestServices } from '../support/services';
import type { FixtureName } from '../fixtures/load-fixture';
import { withoutTimestamps } from '../support/normalise';

const TODAY = '2025-11-03';
const engines = await testEngines();

async function openDataJson(s: TestServices, mode: 'beslutad' | 'utkast') {
  const file = await s.call('exports/openData', { mode, datum: null, format: 'json' });
  return withoutTimestamps(JSON.parse(Buffer.from(file.base64, 'base64').toString('utf8')));
}

/** Work a secretary and a verksamhetsutvecklare do on an imported catalogue, returning what they saw. */
async function work(s: TestServices) {
  const seen: Record<string, unknown> = {};
  for (const sok of ['samtal', 'boende', 'Anhörig', 'rådgivning stöd', 'xyzzy']) {
    seen[`sok ${sok}`] = (await s.call('insatser/list', { sok })).map((r) => r.insatsId).sort((a, b) => a - b);
  }
  const [first] = await s.call('insatser/list', {});
  const draft = await s.call('versions/newDraft', { insatsId: first!.insatsId });
  seen.saved = await s.call('versions/save', {
    versionId: draft.versionId,
    revision: draft.revision,
    content: { ...draft.content, innehall: `${draft.content.innehall} Ändrad.`, andringssammanfattning: 'Ändrad.' },
  });
  seen.diff = await s.call('versions/diff', { fromVersionId: first!.versionId, toVersionId: draft.versionId });
  const refusal = (e: Error) => ({ refused: e.message });
  seen.forslag = await s.call('versions/transition', { versionId: draft.versionId, to: 'forslag' }).catch(refusal);
  seen.redo = await s.call('versions/transition', { versionId: draft.versionId, to: 'redo_for_beslut' }).catch(refusal);
  seen.rka = await s.call('rka/get', { versionId: draft.versionId });
  const meeting = await s.call('sammantraden/create', { datum: '2025-11-20' });
  // Eight ärenden at once: the diarienummer must still be unique and consecutive on both engines.
  const created = await Promise.all(Array.from({ length: 8 }, (_, i) => s.call('arenden/create', { rubrik: `Ärende ${i}` })));
  seen.diarienummer = created.map((a) => a.diarienummer).sort();
  const arende = await s.call('arenden/create', { rubrik: 'Revidering av katalogen', versionIds: [draft.versionId] });
  seen.scheduled = await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
  seen.decided = await s.call('beslut/record', bifall(arende.id, { beslutsdatum: '2025-11-20', giltigFran: '2025-12-01' })).catch(refusal);
  seen.sammantraden = await s.call('sammantraden/list', {});
  seen.reminders = await s.call('paminnelser/list', {});
  seen.audit = (await s.call('audit/insats', { insatsId: first!.insatsId })).map((e) => ({ ...e, id: undefined }));
  seen.exportUtkast = await openDataJson(s, 'utkast');
  return withoutTimestamps(seen);
}

describe.each<FixtureName>(['alingsas', 'ostersund'])('samma katalog på båda motorerna (%s)', (fixture) => {
  const results = new Map<TestEngine, { beslutad: unknown; utkast: unknown; work: unknown }>();
  const opened: TestServices[] = [];
  beforeAll(async () => {
    for (const engine of engines) {
      const s = await seededServices(fixture, { today: TODAY, engine });
      opened.push(s);
      results.set(engine, { beslutad: await openDataJson(s, 'beslutad'), utkast: await openDataJson(s, 'utkast'), work: await work(s) });
    }
  }, 120_000);
  afterAll(async () => {
    for (const s of opened) await s.cleanup();
  });

  it.each(engines.filter((e) => e !== 'sqlite'))('%s exporterar samma öppna data som SQLite efter samma import', (engine) => {
    expect(results.get(engine)!.beslutad).toEqual(results.get('sqlite')!.beslutad);
    expect(results.get(engine)!.utkast).toEqual(results.get('sqlite')!.utkast);
  });

  it.each(engines.filter((e) => e !== 'sqlite'))('%s ger samma sökträffar, diarienummer, §, RKA, påminnelser och granskningslogg', (engine) => {
    const sqliteWork = results.get('sqlite')!.work as Record<string, unknown>;
    expect((sqliteWork.diarienummer as string[]).length).toBe(8);
    expect(new Set(sqliteWork.diarienummer as string[]).size).toBe(8);
    expect(sqliteWork.decided).toHaveProperty('beslut.utfall', 'bifall');
    expect(results.get(engine)!.work).toEqual(sqliteWork);
  });

  it('söker med prefix och hittar något', () => {
    const w = results.get('sqlite')!.work as Record<string, number[]>;
    expect(w['sok samtal']!.length + w['sok rådgivning stöd']!.length).toBeGreaterThan(0);
    expect(w['sok xyzzy']).toEqual([]);
  });
});
