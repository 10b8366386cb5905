// Others' changes without polling the tables (issue 18, item 5): on PostgreSQL every committed write is
// announced with NOTIFY iub_changes (migrations/postgres/0017) and a server's LISTEN connection raises the
// stamp "changes/since" checks; a quiet poll then reads no table at all. SQLite keeps PRAGMA data_version.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { startServices, type RunningServices } from '../../electron/services/start-services';
import { changeFeedOf } from '../../electron/services/changes';
import { PostgresChangeFeed } from '../../electron/database/postgres-change-feed';
import { dispatch } from '../../electron/api/dispatch';
import type { Database } from '../../electron/database/schema';
import type { ChangeSet } from '../../shared/api/changes-contract';
import { testEngines } from '../support/postgres';
import { APP_ROOT, testServices, type TestServices } from '../support/services';

const engines = await testEngines();

/** A Kysely that fails any query: what a poll answered from the feed alone must never touch. */
const noQueries = new Proxy({} as Kysely<Database>, {
  get(_target, prop) {
    throw new Error(`Frågade databasen (${String(prop)}) trots att inget har ändrats.`);
  },
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('Ändringen anmäldes inte i tid.');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(engines)('ändringsflödet (%s)', (engine) => {
  let writer: TestServices;
  let reader: RunningServices;
  beforeEach(async () => {
    writer = await testServices({ engine });
    reader = await startServices({ file: writer.file, appRoot: APP_ROOT, backups: false });
  }, 60_000);
  afterEach(async () => {
    await reader?.close();
    await writer?.cleanup();
  });

  const since = async (after: number | null): Promise<ChangeSet> => {
    const envelope = await dispatch(reader.ctx, 'changes/since', { after }, () => undefined);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as ChangeSet;
  };

  it('ser en annan anslutnings skrivning utan att läsa tabellerna medan inget händer', async () => {
    const feed = changeFeedOf(reader.ctx);
    if (engine === 'postgres') {
      expect(feed).toBeInstanceOf(PostgresChangeFeed);
      await (feed as PostgresChangeFeed).ready();
    }
    const { cursor } = await since(null);
    const db = reader.ctx.db;
    const quiet = feed.stamp();
    expect(feed.stamp()).toBe(quiet); // nothing committed: the same stamp, poll after poll

    reader.ctx.db = noQueries;
    try {
      expect(await since(cursor)).toEqual({ cursor, changes: [], more: false });
      expect(await since(cursor)).toEqual({ cursor, changes: [], more: false });
    } finally {
      reader.ctx.db = db;
    }

    const created = await writer.call('insatser/create', { content: emptyInsatsContent('Anhörigstöd') });
    // The other server learns of the commit from the feed (NOTIFY, or the file's data_version) …
    await until(() => feed.stamp() !== quiet);
    // … and only then reads the trail, which names what changed.
    const changed = await since(cursor);
    expect(changed.cursor).toBeGreaterThan(cursor);
    expect(changed.changes).toContainEqual({ entity: 'insats', entityId: String(created.insatsId) });
  });

  it.runIf(engine === 'postgres')('anmäler inte en skrivning som rullades tillbaka', async () => {
    const feed = changeFeedOf(reader.ctx) as PostgresChangeFeed;
    await feed.ready();
    const quiet = feed.stamp();
    // An audit entry written and rolled back: NOTIFY is sent at COMMIT only.
    const client = new pg.Client({ connectionString: writer.file });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO audit_log (at, actor, os_user, entity, entity_id, action) VALUES ('2026-01-01T00:00:00Z', 'x', 'x', 'insats', '1', 'test')`,
      );
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(feed.stamp()).toBe(quiet);
    await writer.call('settings/update', { forvaltning: 'Välfärdsförvaltningen' });
    await until(() => feed.stamp() !== quiet);
  });
});
