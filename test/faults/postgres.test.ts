// Faults on the shared PostgreSQL database: two servers allocating diarienummer at once, a connection
// dropped in the middle of a write, the server restarted in the middle of a write, and a role without any
// grant. Nothing is half-written and every refusal is in Swedish.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRITER_LOCK_KEY } from '../../electron/database/postgres-dialect';
import { startServices } from '../../electron/services/start-services';
import { adminQuery, freshPostgresDatabase, startOwnCluster, testEngines, withDatabase, type Cluster } from '../support/postgres';
import { APP_ROOT, servicesOnDay } from '../support/services';

const engines = await testEngines();
const TODAY = '2026-02-02';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!engines.includes('postgres'))('fel i den gemensamma databasen', () => {
  let pgDb: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  beforeAll(async () => {
    pgDb = await freshPostgresDatabase();
    const s = await servicesOnDay(pgDb.url, TODAY);
    await s.call('settings/update', { kommun: 'Alingsås', namnd: 'Socialnämnden', anvandare: 'Sara' });
    await s.close();
  }, 60_000);
  afterAll(async () => pgDb?.drop());

  /** Holds the writers' lock from another session, so that a write waits inside its open transaction. */
  async function holdWriterLock() {
    const client = new pg.Client({ connectionString: pgDb.url });
    await client.connect();
    await client.query('SELECT pg_advisory_lock($1)', [WRITER_LOCK_KEY]);
    return { release: () => client.end() };
  }
  const arendeCount = async () => Number((await adminQuery('SELECT count(*) AS n FROM arende', [], pgDb.name)).rows[0].n);

  it('ger två servrar som skapar ärenden samtidigt aldrig samma diarienummer', async () => {
    const a = await servicesOnDay(pgDb.url, TODAY);
    const b = await servicesOnDay(pgDb.url, TODAY);
    try {
      const created = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).call('arenden/create', { rubrik: `Ärende ${i}` })));
      const numbers = created.map((c) => c.diarienummer);
      expect(new Set(numbers).size).toBe(20);
      const seqs = numbers.map((n) => Number(n.split('.')[1])).sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 20 }, (_, i) => seqs[0]! + i));
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);

  it('skriver ingenting när förbindelsen bryts mitt i en skrivning, och fungerar igen efteråt', async () => {
    const s = await servicesOnDay(pgDb.url, TODAY);
    try {
      const before = await arendeCount();
      const lock = await holdWriterLock();
      const pending = s.call('arenden/create', { rubrik: 'Avbrutet ärende' }).then(
        () => null,
        (e: Error) => e.message,
      );
      await pause(300);
      await adminQuery(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND query NOT LIKE '%pg_advisory_lock%'`,
        [pgDb.name],
      );
      expect(await pending).toMatch(/Förbindelsen med den gemensamma databasen bröts\. Inget har sparats/);
      await lock.release();
      expect(await arendeCount()).toBe(before);
      expect((await s.call('arenden/create', { rubrik: 'Efter avbrottet' })).rubrik).toBe('Efter avbrottet');
    } finally {
      await s.close();
    }
  }, 60_000);

  it('skriver ingenting när servern startas om mitt i en skrivning', async () => {
    let cluster: Cluster | null = null;
    try {
      cluster = await startOwnCluster();
      const url = withDatabase(cluster.url, 'postgres');
      const running = await startServices({ file: url, appRoot: APP_ROOT, today: TODAY, backups: false });
      const { dispatch } = await import('../../electron/api/dispatch');
      const call = async (method: string, input: unknown) => dispatch(running.ctx, method, input, () => undefined);
      await call('settings/update', { kommun: 'Alingsås', namnd: 'Socialnämnden', anvandare: 'Sara' });
      const holder = new pg.Client({ connectionString: url });
      await holder.connect();
      holder.on('error', () => undefined);
      await holder.query('SELECT pg_advisory_lock($1)', [WRITER_LOCK_KEY]);
      const pending = call('arenden/create', { rubrik: 'Mitt i omstarten' });
      await pause(300);
      cluster.restart();
      const result = await pending;
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Förbindelsen med den gemensamma databasen bröts/) } });
      await holder.end().catch(() => undefined);
      // A connection that died idle in the pool may refuse the first call after the restart (with the same
      // Swedish message); the user's next try gets a fresh connection.
      let count = await call('arenden/list', {});
      for (let i = 0; i < 5 && !count.ok; i++) {
        expect(JSON.stringify(count)).toMatch(/Förbindelsen med den gemensamma databasen bröts/);
        await pause(200);
        count = await call('arenden/list', {});
      }
      expect(count, JSON.stringify(count)).toMatchObject({ ok: true });
      expect(JSON.stringify(count)).not.toMatch(/Mitt i omstarten/);
      await running.close();
    } finally {
      cluster?.stop();
    }
  }, 90_000);

  it('vägrar på svenska att öppna katalogen för en roll utan behörighet', async () => {
    const name = `utan_roll_${process.pid}`;
    await adminQuery(`DROP ROLE IF EXISTS ${name}`);
    await adminQuery(`CREATE ROLE ${name} LOGIN`);
    try {
      await expect(startServices({ file: withDatabase(pgDb.url, pgDb.name, { name }), appRoot: APP_ROOT, backups: false })).rejects.toThrow(
        /Din databasroll får inte öppna katalogen/,
      );
    } finally {
      await adminQuery(`DROP ROLE IF EXISTS ${name}`);
    }
  });
});
