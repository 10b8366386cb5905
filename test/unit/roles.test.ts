// People and roles on PostgreSQL (migrations/postgres/0013_roller.sql): each person connects as their own
// role; the database itself refuses what the role may not do (with a Swedish message, nothing written),
// the audit trail names the database role, and no role — not even the owner — can change the trail.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { adminQuery, freshPostgresDatabase, testEngines, withDatabase } from '../support/postgres';
import { runCli } from '../support/cli';
import { servicesOnDay, testServices, type TestServices } from '../support/services';

const engines = await testEngines();
const TODAY = '2026-02-02';
const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 7)}`;
const people = { sekreterare: `anna_${suffix}`, verksamhetsutvecklare: `vera_${suffix}`, lasare: `lars_${suffix}` } as const;

describe.skipIf(!engines.includes('postgres'))('roller i den gemensamma databasen', () => {
  let owner: TestServices;
  let pgDb: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  const as = (person: string) => servicesOnDay(withDatabase(pgDb.url, pgDb.name, { name: person }), TODAY);
  /** A statement sent over the person's own login (session_user is then that person). */
  const queryAs = async (person: string, text: string) => {
    const client = new pg.Client({ connectionString: withDatabase(pgDb.url, pgDb.name, { name: person }) });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  };
  const auditCount = async () => Number((await adminQuery('SELECT count(*) AS n FROM audit_log', [], pgDb.name)).rows[0].n);

  beforeAll(async () => {
    pgDb = await freshPostgresDatabase();
    owner = await testServices({ file: pgDb.url, today: TODAY });
    for (const [role, person] of Object.entries(people)) await adminQuery(`CREATE ROLE ${person} LOGIN IN ROLE iub_${role}`);
  }, 60_000);
  afterAll(async () => {
    await owner?.close();
    await pgDb?.drop();
    for (const person of Object.values(people)) await adminQuery(`DROP ROLE IF EXISTS ${person}`);
  });

  it('visar var och ens roll och vad den inte får göra', async () => {
    const lars = await as(people.lasare);
    try {
      const info = await lars.call('session/info', {});
      expect(info).toMatchObject({ motor: 'postgres', anvandare: people.lasare, roll: 'lasare', rollNamn: 'Läsare' });
      expect(info.behorigheter.beslut).toMatch(/läsbehörighet.*nämndsekreteraren/);
      expect(info.databas).not.toMatch(/:[^/@]*@/); // no password in what the UI shows
    } finally {
      await lars.close();
    }
    expect((await owner.call('session/info', {})).roll).toBe('agare');
  });

  it('låter databasen vägra en läsares skrivning, på svenska och utan att något skrivs', async () => {
    const lars = await as(people.lasare);
    const before = await auditCount();
    try {
      await expect(lars.call('insatser/create', { content: emptyInsatsContent('Läsarens insats') })).rejects.toThrow(/inte behörighet.*Inget har sparats/);
      await expect(lars.call('settings/update', { kommun: 'Annan kommun' })).rejects.toThrow(/inte behörighet/);
      expect((await lars.call('insatser/list', {})).length).toBe(0);
    } finally {
      await lars.close();
    }
    expect(await auditCount()).toBe(before);
    expect((await owner.call('settings/get', {})).kommun).toBe('Alingsås');
  });

  it('ger verksamhetsutvecklaren utkast men inte sammanträden, och sekreteraren tvärtom', async () => {
    const vera = await as(people.verksamhetsutvecklare);
    const anna = await as(people.sekreterare);
    try {
      const v = await vera.call('insatser/create', { content: emptyInsatsContent('Samtalsstöd') });
      await vera.call('versions/save', { versionId: v.versionId, revision: v.revision, content: { ...v.content, innehall: 'Samtal.' } });
      await expect(vera.call('sammantraden/create', { datum: '2026-03-01' })).rejects.toThrow(/inte behörighet/);
      const m = await anna.call('sammantraden/create', { datum: '2026-03-01' });
      expect(m.datum).toBe('2026-03-01');
      await expect(anna.call('insatser/create', { content: emptyInsatsContent('Sekreterarens insats') })).rejects.toThrow(/inte behörighet/);
      // A verksamhetsutvecklare cannot write a decided version even by going around the services (RLS).
      await adminQuery(`UPDATE insats_version SET status = 'beslutad' WHERE id = $1`, [v.versionId], pgDb.name);
      await expect(
        adminQuery(`SET ROLE ${people.verksamhetsutvecklare}; UPDATE insats_version SET namn = 'x' WHERE id = ${v.versionId}`, [], pgDb.name).then(
          (r) => (r as unknown as Array<{ rowCount: number }>)[1]!.rowCount,
        ),
      ).resolves.toBe(0);
    } finally {
      await vera.close();
      await anna.close();
    }
    const actors = (
      await adminQuery(`SELECT DISTINCT db_user FROM audit_log WHERE entity IN ('insats', 'insats_version', 'sammantrade') ORDER BY db_user`, [], pgDb.name)
    ).rows.map((r) => r.db_user);
    expect(actors).toEqual([people.sekreterare, people.verksamhetsutvecklare].sort());
  });

  it('låter sekreterare och verksamhetsutvecklare spara importprofiler (0015), läsaren bara läsa dem', async () => {
    const insert = (kommun: string) => `INSERT INTO import_profile (kommun_key, kommun, profile, updated_at) VALUES ('${kommun}', '${kommun}', '{}', 'x')`;
    await queryAs(people.sekreterare, insert('a'));
    await queryAs(people.verksamhetsutvecklare, insert('b'));
    await queryAs(people.verksamhetsutvecklare, `UPDATE import_profile SET profile = '{"labels":{}}' WHERE kommun_key = 'a'`);
    await expect(queryAs(people.lasare, insert('c'))).rejects.toThrow(/permission denied/);
    await expect(queryAs(people.lasare, `DELETE FROM import_profile`)).rejects.toThrow(/permission denied/);
    expect((await queryAs(people.lasare, 'SELECT kommun_key FROM import_profile ORDER BY kommun_key')).rows).toEqual([
      { kommun_key: 'a' },
      { kommun_key: 'b' },
    ]);
    await adminQuery('DELETE FROM import_profile', [], pgDb.name);
  });

  it('håller granskningsloggen oföränderlig för alla, ägaren också', async () => {
    await expect(adminQuery(`UPDATE audit_log SET actor = 'någon annan'`, [], pgDb.name)).rejects.toThrow(/Granskningsloggen kan inte ändras/);
    await expect(adminQuery(`DELETE FROM audit_log`, [], pgDb.name)).rejects.toThrow(/Granskningsloggen kan inte ändras/);
    await expect(adminQuery(`TRUNCATE audit_log`, [], pgDb.name)).rejects.toThrow(/Granskningsloggen kan inte ändras/);
    // The client cannot choose the role recorded: an insert naming another one gets session_user.
    await queryAs(
      people.sekreterare,
      `INSERT INTO audit_log (at, actor, os_user, entity, entity_id, action, db_user) VALUES ('x', 'x', 'x', 'test', '1', 'test', 'någon_annan')`,
    );
    const row = (await adminQuery(`SELECT db_user FROM audit_log WHERE entity = 'test'`, [], pgDb.name)).rows[0];
    expect(row.db_user).toBe(people.sekreterare);
    await expect(queryAs(people.sekreterare, `UPDATE audit_log SET actor = 'y'`)).rejects.toThrow(/permission denied/);
  });

  it('listar vem som har vilken roll (iub roles)', async () => {
    const result = await runCli(['roles', '--db', pgDb.url, '--json'], { timeoutMs: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout) as Array<{ anvandare: string; roller: string[] }>;
    for (const [role, person] of Object.entries(people)) expect(listed).toContainEqual(expect.objectContaining({ anvandare: person, roller: [role] }));
  }, 60_000);
});
