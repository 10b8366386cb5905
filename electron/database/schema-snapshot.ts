// What the schema of each migration version looks like (tables, indexes, triggers, views, as SQLite
// stores them), kept in the repository in schema-snapshots.json, as actualbudget/actual keeps its
// schema snapshot. A restored backup must match the snapshot of its own version exactly: a "backup"
// with the app's tables dropped, or with the audit log's triggers removed, is refused.
// `npm run schema:snapshot` rewrites the file after a new migration; a test fails while it is stale.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { applyMigrations, readMigrations } from './migrator';

export type SchemaSnapshot = string[];
export type SchemaSnapshots = Record<string, SchemaSnapshot>;

export const SNAPSHOT_FILE = 'schema-snapshots.json';

/** One line per schema object: type, name and its SQL with whitespace collapsed, sorted. */
export function schemaOf(sqlite: BetterSqlite3.Database): SchemaSnapshot {
  const rows = sqlite.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as Array<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>;
  return rows.map((r) => `${r.type} ${r.name} ON ${r.tbl_name}: ${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`).sort();
}

/** The schema every migration version produces, built by applying the migrations to an empty database. */
export function buildSchemaSnapshots(migrationsDir: string): SchemaSnapshots {
  const db = new Database(':memory:');
  try {
    const out: SchemaSnapshots = {};
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const m of readMigrations(migrationsDir)) {
      applyMigrations(db, [m], '2000-01-01T00:00:00.000Z');
      out[String(m.version)] = schemaOf(db);
    }
    return out;
  } finally {
    db.close();
  }
}

export function readSchemaSnapshots(migrationsDir: string): SchemaSnapshots {
  return JSON.parse(fs.readFileSync(path.join(migrationsDir, SNAPSHOT_FILE), 'utf8')) as SchemaSnapshots;
}

export interface SchemaDifference {
  missing: string[];
  extra: string[];
}

/** How `actual` differs from the kept snapshot of `version`; null when it matches or no snapshot is kept. */
export function schemaDifference(actual: SchemaSnapshot, expected: SchemaSnapshot): SchemaDifference | null {
  const have = new Set(actual);
  const want = new Set(expected);
  const missing = expected.filter((l) => !have.has(l));
  const extra = actual.filter((l) => !want.has(l));
  return missing.length === 0 && extra.length === 0 ? null : { missing, extra };
}

/** "tabell insats, utlösare audit_log_no_delete" for a message. */
export function describeObjects(lines: readonly string[], max = 4): string {
  const words: Record<string, string> = { table: 'tabell', index: 'index', trigger: 'utlösare', view: 'vy' };
  const rank: Record<string, number> = { table: 0, trigger: 1, view: 2, index: 3 };
  const ordered = [...lines].sort((a, b) => (rank[a.split(' ')[0]] ?? 9) - (rank[b.split(' ')[0]] ?? 9));
  const named = ordered.map((l) => {
    const [type, name] = l.split(' ');
    return `${words[type] ?? type} ${name}`;
  });
  return named.length > max ? `${named.slice(0, max).join(', ')} med flera (${named.length})` : named.join(', ');
}
