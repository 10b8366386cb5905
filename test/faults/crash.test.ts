// A process killed with SIGKILL in the middle of a large write (one import of a generated catalogue in
// one transaction): the database afterwards holds all or nothing of that write, every earlier
// committed write, and passes integrity_check and foreign_key_check.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';
import { startChild } from './child';

const migrationsDir = path.join(APP_ROOT, 'migrations');
const dir = tempDir('iub-krasch-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function counts(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      sparade: n("SELECT count(*) n FROM insats_version WHERE namn LIKE 'Sparad %'"),
      stora: n("SELECT count(*) n FROM insats_version WHERE namn LIKE 'Stor import %'"),
      insatser: n('SELECT count(*) n FROM insats'),
      fts: n('SELECT count(*) n FROM insats_version_fts'),
      importAudit: n("SELECT count(*) n FROM audit_log WHERE entity = 'katalog'"),
    };
  } finally {
    db.close();
  }
}

describe('krasch mitt i en stor skrivning', () => {
  const BIG = 1500;

  it('SIGKILL mitt i en import: inget av importen, allt som sparats innan, en hel fil', async () => {
    const file = path.join(dir, 'krasch.db');
    const child = startChild('import-child.ts', [file, '5', String(BIG), 'HOLD']);
    const [, walBefore] = await child.waitFor(/FÖRE (\d+)/);
    const [, walMiddle] = await child.waitFor(/MITT I (\d+)/);
    // uncommitted pages of the import are already in the write-ahead log on disk
    expect(Number(walMiddle)).toBeGreaterThan(Number(walBefore) + 500_000);
    child.process.kill('SIGKILL');
    const { signal } = await child.exited;
    expect(signal).toBe('SIGKILL');
    expect(child.output()).not.toMatch(/KLAR/); // killed before the commit: nothing of it may remain
    // the write-ahead log of the killed process is left behind, as after a power cut
    expect(fs.existsSync(`${file}-wal`)).toBe(true);

    // the app opens the file as usual: recovery, integrity_check and foreign_key_check pass
    const db = await openDatabase({ file, migrationsDir, backups: false });
    await db.close();
    expect(counts(file)).toEqual({ sparade: 5, stora: 0, insatser: 5, fts: 5, importAudit: 0 });
  });

  it('samma import utan avbrott landar helt (testet kan skilja på allt och inget)', async () => {
    const file = path.join(dir, 'hel.db');
    const child = startChild('import-child.ts', [file, '2', '200']);
    await child.waitFor(/KLAR/);
    expect((await child.exited).code).toBe(0);
    const db = await openDatabase({ file, migrationsDir, backups: false });
    await db.close();
    expect(counts(file)).toEqual({ sparade: 2, stora: 200, insatser: 202, fts: 202, importAudit: 1 });
  });

  it('SIGKILL under de små skrivningarna: varje bekräftad skrivning finns kvar', async () => {
    const file = path.join(dir, 'sma.db');
    const child = startChild('import-child.ts', [file, '100000', '10']);
    const [, last] = await child.waitFor(/SPARAD (\d+)/);
    await child.waitFor(new RegExp(`SPARAD ${Number(last) + 20}\\b`));
    child.process.kill('SIGKILL');
    await child.exited;
    const confirmed = Math.max(...[...child.output().matchAll(/SPARAD (\d+)/g)].map((m) => Number(m[1]))) + 1;
    const db = await openDatabase({ file, migrationsDir, backups: false });
    await db.close();
    const after = counts(file);
    // every write the child announced was committed before it said so; at most the one in flight more
    expect(after.sparade).toBeGreaterThanOrEqual(confirmed);
    expect(after.sparade).toBeLessThanOrEqual(confirmed + 1);
    expect(after.fts).toBe(after.insatser);
    expect(after.stora).toBe(0);
  });
});
