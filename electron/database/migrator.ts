// Applies the numbered SQL files in migrations/ in order, each in its own transaction.
// The applied list must be an exact prefix of the files on disk; a database that has seen
// a migration this app does not know comes from a newer version and is refused.
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { DatabaseRefusedError } from './errors';

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: string): MigrationFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 4)), name: f, sql: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

/**
 * Whether the file may be migrated: it is empty (no schema at all) or it carries our migration history.
 * Anything else is another program's database and is refused before a single write.
 */
export function migrationOwnership(sqlite: BetterSqlite3.Database): 'empty' | 'ours' | 'foreign' {
  const objects = sqlite.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>;
  if (objects.length === 0) return 'empty';
  if (!objects.some((o) => o.name === 'schema_migrations')) return 'foreign';
  const columns = (sqlite.prepare("SELECT name FROM pragma_table_info('schema_migrations')").all() as Array<{ name: string }>).map((c) => c.name);
  // another framework's schema_migrations (Rails has only "version") is not ours either
  if (!['version', 'name', 'applied_at'].every((c) => columns.includes(c))) return 'foreign';
  const first = sqlite.prepare('SELECT name FROM schema_migrations ORDER BY version LIMIT 1').get() as { name: string } | undefined;
  return first === undefined || /^0001_[\w-]+\.sql$/.test(first.name) ? 'ours' : 'foreign';
}

export function appliedMigrations(sqlite: BetterSqlite3.Database): Array<{ version: number; name: string }> {
  const exists = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!exists) {
    // only a writable, empty (or our own) database gets here: openDatabase checks ownership first
    if (sqlite.readonly) return [];
    sqlite.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  }
  return sqlite.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as Array<{
    version: number;
    name: string;
  }>;
}

/** Throws DatabaseRefusedError when the database is newer than this app or its history differs. */
export function pendingMigrations(sqlite: BetterSqlite3.Database, files: MigrationFile[]): MigrationFile[] {
  return pendingAfter(appliedMigrations(sqlite), files);
}

/** The files still to apply after `applied`, which must be an exact prefix of them (either engine). */
export function pendingAfter(applied: Array<{ version: number; name: string }>, files: MigrationFile[]): MigrationFile[] {
  const newest = files.at(-1)?.version ?? 0;
  const tooNew = applied.find((m) => m.version > newest);
  if (tooNew) {
    throw new DatabaseRefusedError(
      `Databasen kommer från en nyare version av IUB-katalogen (schemaversion ${tooNew.version}, den här versionen känner till ${newest}). Uppdatera programmet innan du öppnar filen.`,
      'newer',
    );
  }
  applied.forEach((m, i) => {
    if (files[i]?.version !== m.version || files[i]?.name !== m.name) {
      throw new DatabaseRefusedError(
        `Databasens migreringshistorik stämmer inte med programmets (${m.name}). Filen öppnas inte för att inget ska skrivas fel.`,
        'history',
      );
    }
  });
  return files.slice(applied.length);
}

export function applyMigrations(sqlite: BetterSqlite3.Database, pending: MigrationFile[], now: string): number[] {
  const record = sqlite.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of pending) {
    // better-sqlite3 prepares one statement at a time, so a multi-statement file goes through exec.
    sqlite.transaction(() => {
      sqlite.exec(m.sql);
      record.run(m.version, m.name, now);
    })();
  }
  return pending.map((m) => m.version);
}

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return appliedMigrations(sqlite).at(-1)?.version ?? 0;
}
