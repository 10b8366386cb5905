// Two processes on one database file: the browser-mode server (`iub serve`, as the app runs) and a
// second process writing through the same services (as the CLI does). Every write either lands or is
// answered with the clear "busy" message and leaves nothing; no write that was confirmed is lost, and
// the file stays intact. A restore is refused while the server has the file open.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase, startWeb, type WebApp } from '../e2e/harness';
import { dispatch } from '../../electron/api/dispatch';
import { openDatabase } from '../../electron/database/open-database';
import { emptyInsatsContent } from '../../shared/domain/insats';
import type { Envelope } from '../../shared/api/envelope';
import { APP_ROOT, testServices } from '../support/services';
import { tempDir } from '../support/temp';
import { runCli } from '../support/cli';
import { startChild } from './child';

const migrationsDir = path.join(APP_ROOT, 'migrations');
const BUSY = 'Databasen är upptagen av en annan process just nu. Försök igen om en stund; inget har sparats.';

describe('två processer skriver samtidigt', () => {
  const dir = tempDir('iub-samtidigt-');
  const file = path.join(dir, 'iub.db');
  let web: WebApp;

  beforeAll(async () => {
    await seedDatabase(file, { fixtures: ['alingsas'] });
    web = await startWeb({ dbFile: file });
  }, 60_000);
  afterAll(async () => {
    await web?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function viaHttp(method: string, input: unknown): Promise<Envelope> {
    const token = web.openUrl.split('#token=')[1];
    const res = await fetch(`${web.url}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Envelope;
  }

  it('webbläsarläget och en annan process: varje skrivning landar eller får "upptagen", ingen försvinner', async () => {
    const N = 60;
    const other = startChild('writer-child.ts', [file, 'Kommandorad', String(N)]);
    await other.waitFor(/REDO/);
    type Outcome = { kind: 'insats' | 'installning'; name: string; code: string };
    const fromWeb: Outcome[] = [];
    const code = (e: Envelope) => (e.ok ? 'ok' : `${e.error.code}: ${e.error.message}`);
    for (let i = 0; i < N; i++) {
      const name = `Webbläsare ${i}`;
      fromWeb.push({ kind: 'insats', name, code: code(await viaHttp('insatser/create', { content: emptyInsatsContent(name) })) });
      fromWeb.push({ kind: 'installning', name, code: code(await viaHttp('settings/update', { forvaltning: name })) });
    }
    const [line] = await other.waitFor(/^\[.*\]$/m);
    expect((await other.exited).code).toBe(0);
    const fromCli = JSON.parse(line) as Outcome[];

    const all = [...fromWeb, ...fromCli];
    for (const o of all) expect(['ok', `busy: ${BUSY}`], o.name).toContain(o.code);
    const db = new Database(file, { readonly: true });
    const insatser = new Set((db.prepare('SELECT namn FROM insats_version').all() as Array<{ namn: string }>).map((r) => r.namn));
    const settingWrites = new Set(
      (db.prepare("SELECT json_extract(after_json, '$.forvaltning') f FROM audit_log WHERE entity = 'installningar'").all() as Array<{ f: string }>).map(
        (r) => r.f,
      ),
    );
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
    for (const o of all) expect((o.kind === 'insats' ? insatser : settingWrites).has(o.name), `${o.kind} ${o.name}`).toBe(o.code === 'ok');
    // with BEGIN IMMEDIATE and the busy timeout, short writes wait for each other instead of failing
    expect(all.filter((o) => o.code !== 'ok')).toEqual([]);
  });

  it('en restore på kommandoraden vägras medan webbläsarläget har filen öppen', async () => {
    const backup = path.join(dir, 'kopia.db');
    const made = await runCli(['backup', '--db', file, '--out', backup]);
    expect(made.code, made.stderr).toBe(0);
    const before = (await viaHttp('insatser/list', {})) as { ok: true; value: unknown[] };
    const restore = await runCli(['restore', backup, '--db', file]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/Databasen är öppen i ett annat program .* Stäng det först/);
    const after = (await viaHttp('insatser/list', {})) as { ok: true; value: unknown[] };
    expect(after.value).toEqual(before.value);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.includes('fore-aterstallning'))).toEqual([]);
  });
});

describe('en annan process håller skrivlåset', () => {
  it('ger det tydliga "upptagen"-beskedet, skriver inget, och fungerar när låset släpps', async () => {
    const s = await testServices();
    try {
      s.sqlite.pragma('busy_timeout = 300'); // the app waits 5 s; the test need not
      const locker = startChild('lock-child.ts', [s.file, '4000']);
      await locker.waitFor(/LÅST/);
      const before = s.sqlite.prepare('SELECT count(*) n FROM insats').get();
      const result = await dispatch(s.ctx, 'insatser/create', { content: emptyInsatsContent('Medan låst') }, () => undefined);
      expect(result).toEqual({ ok: false, error: { code: 'busy', message: BUSY } });
      expect(s.sqlite.prepare('SELECT count(*) n FROM insats').get()).toEqual(before);
      await locker.waitFor(/SLÄPPT/, 10_000);
      await s.call('insatser/create', { content: emptyInsatsContent('Efter låset') });
      expect((await s.call('insatser/list', {})).map((r) => r.namn)).toEqual(['Efter låset']);
      const db = await openDatabase({ file: s.file, migrationsDir, backups: false });
      expect(db.sqlite.prepare("SELECT value FROM settings WHERE key = 'annan_process'").get()).toEqual({ value: '1' });
      await db.close();
    } finally {
      await s.cleanup();
    }
  });
});
