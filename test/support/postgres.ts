// PostgreSQL for tests: the server CI started (IUB_TEST_PG_URL, an admin URL such as
// postgres://postgres@127.0.0.1:PORT/postgres), or outside CI a throwaway cluster this process starts
// itself (Debian's binaries, run as the `postgres` user) and stops when it exits. Every test gets a
// fresh database of its own. A suite that cannot reach PostgreSQL fails in CI and skips loudly elsewhere.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const BIN = '/usr/lib/postgresql/15/bin';
let adminUrl: string | null | undefined;
let why = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface Cluster {
  url: string;
  restart(): void;
  stop(): void;
}

/** initdb + pg_ctl start as `postgres` in a temporary folder; stopped when this process exits. */
async function startCluster(): Promise<string> {
  return (await startOwnCluster()).url;
}

/** A cluster of the caller's own (for faults such as a server restart); stopped at exit at the latest. */
export async function startOwnCluster(): Promise<Cluster> {
  if (!fs.existsSync(`${BIN}/initdb`)) throw new Error(`PostgreSQL saknas (${BIN}/initdb)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iub-test-pg-'));
  const asPostgres = (args: string[]) =>
    (process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)]) as [string, string[]];
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  const data = path.join(dir, 'data');
  execFileSync(...asPostgres([`${BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']), { stdio: 'ignore' });
  execFileSync(
    ...asPostgres([
      `${BIN}/pg_ctl`,
      '-D',
      data,
      '-w',
      '-l',
      path.join(dir, 'log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]),
    { stdio: 'ignore' },
  );
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(...asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'immediate', 'stop']), { stdio: 'ignore' });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  // Vitest may end a worker without running 'exit' handlers: a watchdog stops the cluster once this
  // process is gone, so no server outlives the test run.
  const [cmd, args] = asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'immediate', 'stop']);
  const watchdog = spawn('sh', ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; "$0" "$@" >/dev/null 2>&1; rm -rf "${dir}"`, cmd, ...args], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: () => execFileSync(...asPostgres([`${BIN}/pg_ctl`, '-D', data, '-w', '-m', 'fast', 'restart']), { stdio: 'ignore' }),
    stop,
  };
}

/** The admin URL of a reachable server, or null (with the reason in pgUnavailableReason()). */
export async function postgresAdminUrl(): Promise<string | null> {
  if (adminUrl !== undefined) return adminUrl;
  try {
    const url = process.env.IUB_TEST_PG_URL || (process.env.CI ? null : await startCluster());
    if (!url) throw new Error('IUB_TEST_PG_URL är inte satt');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.end();
    adminUrl = url;
  } catch (error) {
    why = (error as Error).message;
    adminUrl = null;
  }
  return adminUrl;
}

export function pgUnavailableReason(): string {
  return why;
}

/** The URL with another database name (and optionally another user and password). */
export function withDatabase(url: string, database: string, user?: { name: string; password?: string }): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (user) {
    u.username = user.name;
    u.password = user.password ?? '';
  }
  return u.toString();
}

export async function adminQuery(sqlText: string, params: unknown[] = [], database?: string): Promise<pg.QueryResult> {
  const url = await postgresAdminUrl();
  if (!url) throw new Error(`PostgreSQL kan inte nås: ${why}`);
  const client = new pg.Client({ connectionString: database ? withDatabase(url, database) : url });
  await client.connect();
  try {
    return await client.query(sqlText, params);
  } finally {
    await client.end();
  }
}

/** A new empty database; drop() removes it (ending any connection still open to it). */
export async function freshPostgresDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const url = await postgresAdminUrl();
  if (!url) throw new Error(`PostgreSQL kan inte nås: ${why}`);
  const name = `iub_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  return {
    name,
    url: withDatabase(url, name),
    async drop() {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * The engines a suite runs on: SQLite always; PostgreSQL when reachable. In CI an unreachable
 * PostgreSQL is an error; elsewhere the suite says loudly that it was skipped.
 */
export async function testEngines(): Promise<Array<'sqlite' | 'postgres'>> {
  if (await postgresAdminUrl()) return ['sqlite', 'postgres'];
  const message = `PostgreSQL kan inte nås (${why}); PostgreSQL-delen av testerna hoppas över.`;
  if (process.env.CI) throw new Error(`${message} I CI måste PostgreSQL finnas (.ci/run startar den).`);
  console.warn(`\n*** ${message} ***\n`);
  return ['sqlite'];
}
