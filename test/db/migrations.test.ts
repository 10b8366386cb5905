// The database file: migrations applied in order, the schema version recorded, pragmas set, and
// files from newer versions, foreign files and cut-short files refused without being touched.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { readMigrations, schemaVersion } from '../../electron/database/migrator';
import { tempDir } from '../support/temp';
import { APP_ROOT } from '../support/services';

const migrationsDir = path.join(APP_ROOT, 'migrations');
const dirs: string[] = [];
function newFile() {
  const dir = tempDir();
  dirs.push(dir);
  return path.join(dir, 'iub.db');
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('migreringar', () => {
  it('skapar en ny databas med alla migreringar och rätt pragman', async () => {
    const file = newFile();
    const db = await openDatabase({ file, migrationsDir, backups: false });
    const files = readMigrations(migrationsDir);
    expect(db.migrated).toEqual(files.map((f) => f.version));
    expect(schemaVersion(db.sqlite)).toBe(files.at(-1)!.version);
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await db.close();
    const again = await openDatabase({ file, migrationsDir, backups: false });
    expect(again.migrated).toEqual([]);
    await again.close();
  });

  it('vägrar öppna en databas från en nyare version och lämnar den orörd', async () => {
    const file = newFile();
    const db = await openDatabase({ file, migrationsDir, backups: false });
    db.sqlite.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_framtid.sql', 'x')").run();
    await db.close();
    const before = fs.readFileSync(file);
    await expect(openDatabase({ file, migrationsDir, backups: false })).rejects.toThrow(/nyare version av IUB-katalogen/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('vägrar öppna en fil som inte är en SQLite-databas', async () => {
    const file = newFile();
    fs.writeFileSync(file, 'Det här är ett Word-dokument, inte en databas. '.repeat(20));
    await expect(openDatabase({ file, migrationsDir, backups: false })).rejects.toThrow(/inte en SQLite-fil/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^Det här är ett Word-dokument/);
  });

  it('vägrar öppna en avkortad databasfil', async () => {
    const file = newFile();
    const db = await openDatabase({ file, migrationsDir, backups: false });
    await db.close();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2) + 100));
    await expect(openDatabase({ file, migrationsDir, backups: false })).rejects.toThrow(/avkortad eller skadad/);
  });

  it('kör varje migrering i en transaktion: en trasig migrering lämnar inget halvt', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const mdir = path.join(dir, 'migrations');
    fs.mkdirSync(mdir);
    fs.copyFileSync(path.join(migrationsDir, '0001_init.sql'), path.join(mdir, '0001_init.sql'));
    fs.writeFileSync(path.join(mdir, '0002_trasig.sql'), 'CREATE TABLE halv (id INTEGER);\nINSERT INTO finns_inte VALUES (1);');
    const file = path.join(dir, 'iub.db');
    await expect(openDatabase({ file, migrationsDir: mdir, backups: false })).rejects.toThrow();
    const raw = new Database(file);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'halv'").get()).toBeUndefined();
    expect(raw.prepare('SELECT max(version) v FROM schema_migrations').get()).toEqual({ v: 1 });
    raw.close();
  });

  it('gör en säkerhetskopia innan en ny migrering körs', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const mdir = path.join(dir, 'migrations');
    fs.mkdirSync(mdir);
    fs.copyFileSync(path.join(migrationsDir, '0001_init.sql'), path.join(mdir, '0001_init.sql'));
    const file = path.join(dir, 'iub.db');
    (await openDatabase({ file, migrationsDir: mdir })).close();
    fs.writeFileSync(path.join(mdir, '0002_ny.sql'), 'CREATE TABLE ny (id INTEGER);');
    const db = await openDatabase({ file, migrationsDir: mdir });
    await db.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups.some((b) => b.includes('fore-migrering'))).toBe(true);
    const copy = new Database(
      path.join(
        dir,
        'backups',
        backups.find((b) => b.includes('fore-migrering'))!,
      ),
      { readonly: true },
    );
    expect(copy.prepare("SELECT name FROM sqlite_master WHERE name = 'ny'").get()).toBeUndefined();
    copy.close();
  });
});
