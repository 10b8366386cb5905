// Issue 16, findings 4, 5 and 7: SQLite files that are not ours are never changed, restore takes only a
// file whose schema is what its migration version produces, and every refusal is Swedish and true.
// Each case runs the real CLI (the browser mode and the app open files through the same openDatabase).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_MESSAGES, storageErrorMessage } from '../../electron/database/errors';
import { buildSchemaSnapshots, readSchemaSnapshots } from '../../electron/database/schema-snapshot';
import { migrationsDir } from '../../electron/services/start-services';
import { seedDatabase } from '../e2e/harness';
import { runCli } from '../support/cli';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';

const dir = tempDir('iub-frammande-');
let good: string;
beforeAll(async () => {
  good = path.join(dir, 'bra.db');
  await seedDatabase(good, { fixtures: ['alingsas'] });
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sqliteFile(name: string, sql: string): string {
  const file = path.join(dir, name);
  const db = new Database(file);
  db.exec(sql);
  db.close();
  return file;
}

/** Everything beside the file that a write would leave: its own bytes, -wal/-shm/-journal, backups/. */
function footprint(file: string) {
  const folder = path.dirname(file);
  return {
    bytes: fs.readFileSync(file),
    siblings: fs
      .readdirSync(folder)
      .filter((f) => f.startsWith(path.basename(file)))
      .sort(),
    backups: fs.existsSync(path.join(folder, 'backups')),
  };
}

const FOREIGN = /är en SQLite-databas men ingen IUB-katalogen-databas \(den saknar programmets migreringshistorik\) och har inte ändrats/;

describe('främmande SQLite-filer', () => {
  const cases: Array<[string, string]> = [
    [
      'webbläsarhistorik.sqlite',
      "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT, title TEXT); CREATE INDEX moz_places_url ON moz_places (url); INSERT INTO moz_places (url, title) VALUES ('https://example.org', 'Exempel');",
    ],
    [
      'egen-settings.sqlite',
      "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT); INSERT INTO settings VALUES ('antalSakerhetskopior', 'inte json'), ('theme', 'dark');",
    ],
    [
      'rails.sqlite',
      "CREATE TABLE schema_migrations (version TEXT PRIMARY KEY); INSERT INTO schema_migrations VALUES ('20240101000000'); CREATE TABLE users (id INTEGER PRIMARY KEY);",
    ],
    [
      'annan-historik.sqlite',
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (1, 'V1__create.sql', '2024-01-01');",
    ],
  ];
  it.each(cases)('%s vägras av migrate och serve med ett sant besked och lämnas byte för byte orörd', async (name, sql) => {
    const file = sqliteFile(name, sql);
    const before = footprint(file);
    for (const args of [
      ['migrate', '--db', file],
      ['serve', '--db', file, '--port', '0'],
    ]) {
      const result = await runCli(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(FOREIGN);
      expect(result.stderr).not.toMatch(/disken är full|säkerhetskopia|at .*\.ts:\d+/i);
      expect(footprint(file)).toEqual(before);
    }
  });

  it('en tom SQLite-fil (inga tabeller) blir en ny databas', async () => {
    const file = sqliteFile('tom.sqlite', 'PRAGMA user_version = 0;');
    const result = await runCli(['migrate', '--db', file]);
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('fel sorts sökväg', () => {
  it('en mapp som --db vägras på svenska', async () => {
    const folder = path.join(dir, 'en-mapp');
    fs.mkdirSync(folder);
    const result = await runCli(['migrate', '--db', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(STORAGE_MESSAGES.directory('en-mapp'));
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  // root writes to any file regardless of its mode, so the real file test needs an ordinary user
  it.skipIf(process.getuid?.() === 0)('en skrivskyddad fil vägras på svenska och lämnas orörd', async () => {
    const file = path.join(dir, 'skrivskyddad.db');
    fs.copyFileSync(good, file);
    fs.chmodSync(file, 0o444);
    const before = footprint(file);
    const result = await runCli(['migrate', '--db', file]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(STORAGE_MESSAGES.readOnly('skrivskyddad.db'));
    expect(footprint(file)).toEqual(before);
  });

  it('SQLite:s och filsystemets felkoder får samma svenska ord överallt', () => {
    expect(storageErrorMessage({ code: 'SQLITE_FULL' })).toBe('Disken är full. Inget har sparats. Frigör utrymme och försök igen.');
    expect(storageErrorMessage({ code: 'ENOSPC' })).toBe(STORAGE_MESSAGES.diskFull);
    expect(storageErrorMessage({ code: 'SQLITE_READONLY_DBMOVED' }, '/x/iub.db')).toBe(STORAGE_MESSAGES.readOnly('iub.db'));
    expect(storageErrorMessage({ code: 'EISDIR' }, '/x/mapp')).toBe(STORAGE_MESSAGES.directory('mapp'));
    expect(storageErrorMessage(new Error('annat'))).toBeNull();
  });
});

describe('säkerhetskopior som inte är hela', () => {
  function variant(name: string, sql: string): string {
    const file = path.join(dir, name);
    fs.copyFileSync(good, file);
    const db = new Database(file);
    db.pragma('foreign_keys = OFF');
    db.exec(sql);
    db.pragma('journal_mode = DELETE');
    db.close();
    return file;
  }
  function appTables(): string[] {
    const db = new Database(good, { readonly: true });
    const names = (
      db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' AND sql NOT LIKE 'CREATE VIRTUAL%'",
        )
        .all() as Array<{ name: string }>
    ).map((r) => r.name);
    const virtual = (db.prepare("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'").all() as Array<{ name: string }>).map((r) => r.name);
    db.close();
    return [...virtual, ...names.filter((n) => !virtual.some((v) => n.startsWith(`${v}_`)))];
  }
  function triggers(): string[] {
    const db = new Database(good, { readonly: true });
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as Array<{ name: string }>).map((r) => r.name);
    db.close();
    return names;
  }

  it.each([
    [
      'ihålig.db',
      () =>
        appTables()
          .map((t) => `DROP TABLE IF EXISTS "${t}";`)
          .join('\n'),
      /saknar tabell/,
    ],
    [
      'utan-utlosare.db',
      () =>
        triggers()
          .map((t) => `DROP TRIGGER "${t}";`)
          .join('\n'),
      /saknar utlösare/,
    ],
    ['extra-tabell.db', () => 'CREATE TABLE bakdorr (x TEXT);', /har främmande tabell bakdorr/],
  ])('%s återställs inte och databasen lämnas orörd', async (name, sql, detail) => {
    const backup = variant(name, sql());
    const target = path.join(dir, `mal-${name}`);
    fs.copyFileSync(good, target);
    const before = fs.readFileSync(target);
    const result = await runCli(['restore', backup, '--db', target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/har inte den databasstruktur som schemaversion \d+ ska ha/);
    expect(result.stderr).toMatch(detail);
    expect(result.stderr).toMatch(/återställs inte\. Inget har ändrats\./);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });

  it('en riktig säkerhetskopia återställs fortfarande', async () => {
    const target = path.join(dir, 'mal-bra.db');
    fs.copyFileSync(good, target);
    const result = await runCli(['restore', good, '--db', target]);
    expect(result.code, result.stderr).toBe(0);
  });

  it('schemaögonblicksbilden i repot är den som migreringarna ger (kör npm run schema:snapshot)', () => {
    expect(readSchemaSnapshots(migrationsDir(APP_ROOT))).toEqual(buildSchemaSnapshots(migrationsDir(APP_ROOT)));
  });
});
