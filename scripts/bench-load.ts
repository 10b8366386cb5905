// The load run of `npm run bench` (issue 18, item 9): simulated users over the HTTP API of browser-mode
// servers (`iub serve --db …`), editing drafts, deciding (ärenden with diarienummer and §) and reading, for
// a while: two servers on one PostgreSQL database, and the same run on SQLite with one server. Counts what
// must be 0 — lost updates (a save that was answered "sparat" but whose change is not in the final text),
// duplicate diarienummer and duplicate § — and the p50/p95 latency per call.
// Duration: --load-seconds N or IUB_BENCH_LOAD_SECONDS (default 60); users: IUB_BENCH_LOAD_USERS (default 20).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { startServices } from '../electron/services/start-services';
import { emptyInsatsContent } from '../shared/domain/insats';
import type { Envelope } from '../shared/api/envelope';
import type { BenchResult } from './bench';

const DRAFTS = 20;
const MEETING = '2026-12-15';

interface Server {
  url: string;
  token: string;
  child: ChildProcess;
}

interface LoadRun {
  engine: 'sqlite' | 'postgres';
  servers: number;
  users: number;
  seconds: number;
  calls: number;
  errors: Record<string, number>;
  saves: number;
  conflicts: number;
  lostUpdates: number;
  arenden: number;
  duplicateDiarienummer: number;
  duplicateParagraf: number;
  latency: Record<string, { n: number; p50: number; p95: number }>;
}

function startServer(appRoot: string, db: string): Promise<Server> {
  const args = [
    path.join(appRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join(appRoot, 'electron', 'cli', 'iub.ts'),
    'serve',
    '--db',
    db,
    '--port',
    '0',
  ];
  const child = spawn(process.execPath, args, { cwd: appRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Servern startade inte:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Öppna: (http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9a-f]+)/);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, token: match[2]!, child });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Servern avslutades (${code}):\n${output}`));
    });
  });
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN);

/** One run: seed, start the servers, let the users work until the deadline, then check the database. */
async function loadRun(options: {
  appRoot: string;
  engine: 'sqlite' | 'postgres';
  db: string;
  servers: number;
  users: number;
  seconds: number;
}): Promise<LoadRun> {
  const { appRoot, db } = options;
  // Seed through the services: the settings, the drafts everyone edits and the sammanträde the ärenden go to.
  const seeded = await startServices({ file: db, appRoot, backups: false });
  const draftIds: number[] = [];
  let meetingId: number;
  try {
    const { updateSettings } = await import('../electron/services/settings');
    const { createInsats } = await import('../electron/services/catalogue');
    const { dispatch } = await import('../electron/api/dispatch');
    await updateSettings(seeded.ctx, { kommun: 'Benchby', namnd: 'Socialnämnden', anvandare: 'Bench' });
    for (let i = 1; i <= DRAFTS; i++) draftIds.push((await createInsats(seeded.ctx, { content: emptyInsatsContent(`Lastprov ${i}`) })).versionId);
    const meeting = await dispatch(seeded.ctx, 'sammantraden/create', { datum: MEETING }, () => undefined);
    if (!meeting.ok) throw new Error(meeting.error.message);
    meetingId = (meeting.value as { id: number }).id;
  } finally {
    await seeded.close();
  }

  const servers: Server[] = [];
  try {
    for (let i = 0; i < options.servers; i++) servers.push(await startServer(appRoot, db));
    const latencies = new Map<string, number[]>();
    const errors: Record<string, number> = {};
    const landed = new Map<number, string[]>(); // versionId → markers of saves answered "sparat"
    let calls = 0;
    let saves = 0;
    let conflicts = 0;

    async function call(server: Server, method: string, input: unknown): Promise<Envelope> {
      const t = performance.now();
      const res = await fetch(`${server.url}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: JSON.stringify(input),
      });
      const envelope = (await res.json()) as Envelope;
      const list = latencies.get(method) ?? [];
      list.push(performance.now() - t);
      latencies.set(method, list);
      calls++;
      if (!envelope.ok && envelope.error.code !== 'conflict')
        errors[`${method}: ${envelope.error.code}`] = (errors[`${method}: ${envelope.error.code}`] ?? 0) + 1;
      return envelope;
    }

    const deadline = Date.now() + options.seconds * 1000;
    async function user(u: number) {
      const server = servers[u % servers.length]!;
      let cursor: number | null = null;
      for (let n = 0; Date.now() < deadline; n++) {
        const pick = Math.random();
        if (pick < 0.45) {
          // Editing: read a draft, add this user's marker to the text, save on the revision read.
          const versionId = draftIds[Math.floor(Math.random() * draftIds.length)]!;
          const got = await call(server, 'versions/get', { versionId });
          if (!got.ok) continue;
          const version = got.value as { revision: number; content: { innehall: string } };
          const marker = `u${u}.${n}`;
          const saved = await call(server, 'versions/save', {
            versionId,
            revision: version.revision,
            content: { ...version.content, innehall: `${version.content.innehall} ${marker}`.trim() },
          });
          saves++;
          if (saved.ok) landed.set(versionId, [...(landed.get(versionId) ?? []), marker]);
          else if (saved.error.code === 'conflict') conflicts++;
        } else if (pick < 0.6) {
          // Deciding: a new ärende gets the next diarienummer, on the agenda the next §, then its beslut.
          const created = await call(server, 'arenden/create', { rubrik: `Ärende från användare ${u}` });
          if (!created.ok) continue;
          const arendeId = (created.value as { id: number }).id;
          const scheduled = await call(server, 'arenden/schedule', { arendeId, sammantradeId: meetingId });
          if (!scheduled.ok) continue;
          await call(server, 'beslut/record', {
            arendeId,
            utfall: 'avslag',
            beslutsdatum: MEETING,
            beslutandeInstans: 'Socialnämnden',
            beslutstext: 'Nämnden avslår förslaget.',
            motivering: 'Lastprov.',
          });
        } else {
          // Reading: the catalogue, a search, the reminders, and what changed.
          const r = Math.random();
          if (r < 0.35) await call(server, 'insatser/list', {});
          else if (r < 0.55) await call(server, 'insatser/list', { sok: 'Lastprov' });
          else if (r < 0.75) await call(server, 'paminnelser/list', {});
          else {
            const changes = await call(server, 'changes/since', { after: cursor });
            if (changes.ok) cursor = (changes.value as { cursor: number }).cursor;
          }
        }
      }
    }
    const started = performance.now();
    await Promise.all(Array.from({ length: options.users }, (_, u) => user(u)));
    const seconds = (performance.now() - started) / 1000;

    // The checks, on the database itself.
    const check = await startServices({ file: db, appRoot, backups: false });
    try {
      let lostUpdates = 0;
      for (const versionId of draftIds) {
        const row = await check.ctx.db.selectFrom('insats_version').select('content_json').where('id', '=', versionId).executeTakeFirstOrThrow();
        const words = new Set(String((JSON.parse(row.content_json) as { innehall: string }).innehall).split(' '));
        for (const marker of landed.get(versionId) ?? []) if (!words.has(marker)) lostUpdates++;
      }
      const dupDiarienummer = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM (SELECT diarienummer FROM arende GROUP BY diarienummer HAVING count(*) > 1) d`.execute(check.ctx.db);
      const dupArendeParagraf = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM (SELECT sammantrade_id, paragraf FROM arende WHERE paragraf IS NOT NULL GROUP BY sammantrade_id, paragraf HAVING count(*) > 1) d`.execute(
        check.ctx.db,
      );
      const dupBeslutParagraf = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM (SELECT sammantrade_id, paragraf FROM beslut WHERE paragraf IS NOT NULL GROUP BY sammantrade_id, paragraf HAVING count(*) > 1) d`.execute(
        check.ctx.db,
      );
      const arenden = await check.ctx.db
        .selectFrom('arende')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const latency: LoadRun['latency'] = {};
      for (const [method, list] of [...latencies].sort(([a], [b]) => a.localeCompare(b))) {
        list.sort((a, b) => a - b);
        latency[method] = { n: list.length, p50: Math.round(percentile(list, 50) * 10) / 10, p95: Math.round(percentile(list, 95) * 10) / 10 };
      }
      return {
        engine: options.engine,
        servers: options.servers,
        users: options.users,
        seconds: Math.round(seconds),
        calls,
        errors,
        saves,
        conflicts,
        lostUpdates,
        arenden: Number(arenden.n),
        duplicateDiarienummer: Number(dupDiarienummer.rows[0]?.n ?? 0),
        duplicateParagraf: Number(dupArendeParagraf.rows[0]?.n ?? 0) + Number(dupBeslutParagraf.rows[0]?.n ?? 0),
        latency,
      };
    } finally {
      await check.close();
    }
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

function loadSeconds(): number {
  const i = process.argv.indexOf('--load-seconds');
  const given = i >= 0 ? process.argv[i + 1] : process.env.IUB_BENCH_LOAD_SECONDS;
  const n = Number(given ?? 60);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`Ogiltig längd på lastkörningen: ${given}`);
  return n;
}

/** Both runs side by side; PostgreSQL from IUB_TEST_PG_URL or a throwaway cluster (test/support/postgres.ts). */
export async function benchLoad(appRoot: string): Promise<BenchResult[]> {
  const seconds = loadSeconds();
  const users = Number(process.env.IUB_BENCH_LOAD_USERS ?? 20);
  const runs: LoadRun[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iub-bench-load-'));
  try {
    runs.push(await loadRun({ appRoot, engine: 'sqlite', db: path.join(dir, 'last.db'), servers: 1, users, seconds }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const { freshPostgresDatabase, testEngines } = await import('../test/support/postgres');
  if ((await testEngines()).includes('postgres')) {
    const pg = await freshPostgresDatabase();
    try {
      runs.push(await loadRun({ appRoot, engine: 'postgres', db: pg.url, servers: 2, users, seconds }));
    } finally {
      await pg.drop();
    }
  }
  printRuns(runs);
  fs.mkdirSync(path.join(appRoot, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(appRoot, 'test-results', 'bench-load.json'), JSON.stringify(runs, null, 2));
  const results: BenchResult[] = [];
  for (const r of runs) {
    const label = r.engine === 'postgres' ? `PostgreSQL, ${r.servers} servrar` : 'SQLite, 1 server';
    results.push({ name: `Last (${label}): förlorade uppdateringar`, value: r.lostUpdates, unit: 'st', target: 1 });
    results.push({ name: `Last (${label}): dubbla diarienummer`, value: r.duplicateDiarienummer, unit: 'st', target: 1 });
    results.push({ name: `Last (${label}): dubbla §`, value: r.duplicateParagraf, unit: 'st', target: 1 });
    results.push({ name: `Last (${label}): anrop per sekund`, value: Math.round(r.calls / r.seconds), unit: '/s' });
  }
  return results;
}

function printRuns(runs: LoadRun[]) {
  console.log(`\nLastkörning: ${runs[0]?.users ?? 0} användare i ${runs[0]?.seconds ?? 0} s\n`);
  const head = ['', ...runs.map((r) => (r.engine === 'postgres' ? `PostgreSQL (${r.servers} servrar)` : 'SQLite (1 server)'))];
  const rows: string[][] = [
    ['Anrop', ...runs.map((r) => String(r.calls))],
    ['Sparanden / varav conflict', ...runs.map((r) => `${r.saves} / ${r.conflicts}`)],
    ['Förlorade uppdateringar', ...runs.map((r) => String(r.lostUpdates))],
    ['Ärenden', ...runs.map((r) => String(r.arenden))],
    ['Dubbla diarienummer', ...runs.map((r) => String(r.duplicateDiarienummer))],
    ['Dubbla §', ...runs.map((r) => String(r.duplicateParagraf))],
    ['Fel (utom conflict)', ...runs.map((r) => String(Object.values(r.errors).reduce((a, b) => a + b, 0)))],
  ];
  const methods = [...new Set(runs.flatMap((r) => Object.keys(r.latency)))].sort();
  for (const m of methods) rows.push([`${m} p50/p95 ms`, ...runs.map((r) => (r.latency[m] ? `${r.latency[m].p50} / ${r.latency[m].p95}` : '–'))]);
  for (const row of [head, ...rows])
    console.log(
      `${row[0]!.padEnd(34)}${row
        .slice(1)
        .map((c) => c.padStart(26))
        .join('')}`,
    );
  for (const r of runs) for (const [what, n] of Object.entries(r.errors)) console.log(`  ${r.engine}: ${what} × ${n}`);
}
