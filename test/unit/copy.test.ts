// `iub copy`: SQLite → PostgreSQL → SQLite gives the same catalogue (every table, row for row, and the
// same open-data export), a non-empty target is refused with nothing written, and every table of the
// schema is in the copy list (a table added by a later migration must be added there too).
import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COPIED_TABLES } from '../../electron/database/copy';
import { runCli } from '../support/cli';
import { freshPostgresDatabase, testEngines } from '../support/postgres';
import { seededServices } from '../support/seeded';
import { bifall } from '../support/seed-beslut';
import { servicesOnDay, type TestServices } from '../support/services';
import { tempDir } from '../support/temp';
import { withoutTimestamps } from '../support/normalise';

const TODAY = '2025-11-03';
const engines = await testEngines();

/** Every row of every copied table, without what a copy may set (the copying role, the copy's time). */
function contents(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      COPIED_TABLES.map((t) => [
        t,
        (db.prepare(`SELECT * FROM ${t}`).all() as Array<Record<string, unknown>>)
          .filter((r) => !(t === 'settings' && r.key === 'senasteKopiering'))
          .map((r) => JSON.stringify({ ...r, db_user: undefined }))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

async function openData(file: string) {
  const s = await servicesOnDay(file, TODAY);
  try {
    const out: unknown[] = [];
    for (const mode of ['beslutad', 'utkast'] as const) {
      const f = await s.call('exports/openData', { mode, datum: null, format: 'json' });
      out.push(withoutTimestamps(JSON.parse(Buffer.from(f.base64, 'base64').toString('utf8'))));
    }
    return out;
  } finally {
    await s.close();
  }
}

describe('kopieringslistan', () => {
  it('tar med varje tabell i schemat', async () => {
    const s = await seededServices('alingsas', { today: TODAY });
    const tables = (
      s.sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'insats_version_fts%' AND name != 'schema_migrations'",
        )
        .all() as Array<{ name: string }>
    ).map((t) => t.name);
    await s.cleanup();
    expect([...COPIED_TABLES].sort()).toEqual(tables.sort());
  });
});

describe.skipIf(!engines.includes('postgres'))('iub copy mellan SQLite och PostgreSQL', () => {
  let source: string;
  const dir = tempDir();
  let pg: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  beforeAll(async () => {
    const s: TestServices = await seededServices('alingsas', { today: TODAY });
    // Beyond the import: a draft, an ärende decided at a sammanträde, an RKA, an acknowledged reminder.
    const [first] = await s.call('insatser/list', {});
    const draft = await s.call('versions/newDraft', { insatsId: first!.insatsId });
    await s.call('versions/save', {
      versionId: draft.versionId,
      revision: draft.revision,
      content: { ...draft.content, innehall: `${draft.content.innehall} Ny text.`, andringssammanfattning: 'Ny text.' },
    });
    await s.call('versions/transition', { versionId: draft.versionId, to: 'forslag' });
    await s.call('versions/transition', { versionId: draft.versionId, to: 'redo_for_beslut' });
    const meeting = await s.call('sammantraden/create', { datum: '2025-11-20' });
    const arende = await s.call('arenden/create', { rubrik: 'Revidering', versionIds: [draft.versionId] });
    await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
    await s.call('beslut/record', bifall(arende.id, { beslutsdatum: '2025-11-20', giltigFran: '2025-12-01' }));
    source = path.join(dir, 'lokal.db');
    await s.close();
    const fs = await import('node:fs');
    fs.copyFileSync(s.file, source);
    pg = await freshPostgresDatabase();
  }, 60_000);
  afterAll(async () => {
    await pg?.drop();
  });

  it('kopierar till PostgreSQL och tillbaka till samma katalog och samma export', async () => {
    const there = await runCli(['copy', '--from', source, '--to', pg.url], { timeoutMs: 60_000 });
    expect(there.stderr).toBe('');
    expect(there.code).toBe(0);
    expect(there.stdout).toMatch(/Kopierade \d+ rader/);

    const again = await runCli(['copy', '--from', source, '--to', pg.url], { timeoutMs: 60_000 });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Måldatabasen är inte tom/);

    const back = path.join(dir, 'tillbaka.db');
    const home = await runCli(['copy', '--from', pg.url, '--to', back], { timeoutMs: 60_000 });
    expect(home.code, home.stderr + home.stdout).toBe(0);

    expect(contents(back)).toEqual(contents(source));
    const expected = await openData(source);
    expect(await openData(pg.url)).toEqual(expected);
    expect(await openData(back)).toEqual(expected);
    // The search index came along: the same words find the same insatser.
    const a = await servicesOnDay(back, TODAY);
    const b = await servicesOnDay(pg.url, TODAY);
    try {
      expect((await b.call('insatser/list', { sok: 'Ny text' })).map((r) => r.insatsId)).toEqual(
        (await a.call('insatser/list', { sok: 'Ny text' })).map((r) => r.insatsId),
      );
      expect((await a.call('insatser/list', { sok: 'Ny text' })).length).toBe(1);
      // New rows continue after the copied ids on PostgreSQL (sequences moved on).
      const created = await b.call('arenden/create', { rubrik: 'Efter kopieringen' });
      expect(created.id).toBeGreaterThan(1);
    } finally {
      await a.close();
      await b.close();
    }
  }, 120_000);
});
