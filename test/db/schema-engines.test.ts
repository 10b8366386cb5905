// The two migration folders must give the same schema: migrations/NNNN_name.sql (SQLite) and its twin
// migrations/postgres/NNNN_name.sql (PostgreSQL) — same numbers and names, and after applying them the
// same tables, columns (type, NOT NULL, default), primary keys, UNIQUE constraints, foreign keys, CHECK
// constraints (counted), indexes (columns, unique, partial) and refusing triggers. A new SQLite migration
// without its twin, or a twin that drifts, fails here. Only the full-text index differs by design
// (FTS5 virtual table versus a tsvector table of the same name), and is checked for presence only.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase } from '../../electron/database/open-database';
import { openPostgres } from '../../electron/database/open-postgres';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';
import { adminQuery, freshPostgresDatabase, testEngines } from '../support/postgres';

const MIGRATIONS = path.join(APP_ROOT, 'migrations');
const FULL_TEXT = 'insats_version_fts';
/** Triggers only PostgreSQL has: TRUNCATE refused (no such statement on SQLite), session_user recorded, NOTIFY of a change. */
const POSTGRES_ONLY_TRIGGERS = ['audit_log_db_user', 'audit_log_notify'];
const engines = await testEngines();

interface Column {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
}
interface TableSnapshot {
  columns: Column[];
  primaryKey: string[];
  unique: string[];
  foreignKeys: string[];
  checks: number;
  indexes: string[];
  triggers: string[];
}
type Snapshot = Record<string, TableSnapshot>;

/** '…'::text, ('x'), 0 → the bare value, so that the two engines' spellings of a default compare. */
function normaliseDefault(value: string | null): string | null {
  if (value === null) return null;
  return value
    .replace(/::[\w ]+/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^'(.*)'$/, '$1');
}

/** A partial index's WHERE, reduced to its words (the engines print it differently). */
function normaliseWhere(where: string): string {
  return where
    .toLowerCase()
    .replace(/::\w+(\[\])?/g, '')
    .replace(/any \(array\[(.*?)\]\)/g, 'in ($1)')
    .replace(/= in/g, 'in')
    .replace(/[^a-z_,']+/g, ' ')
    .trim();
}

function sqliteSnapshot(sqlite: BetterSqlite3.Database): Snapshot {
  const tables = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE ?")
    .all(`${FULL_TEXT}%`) as Array<{ name: string; sql: string }>;
  const snapshot: Snapshot = {};
  for (const t of tables) {
    const info = sqlite.pragma(`table_info(${t.name})`) as Array<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>;
    const indexList = sqlite.pragma(`index_list(${t.name})`) as Array<{ name: string; unique: number; origin: string; partial: number }>;
    const cols = (index: string) => (sqlite.pragma(`index_info(${index})`) as Array<{ name: string }>).map((c) => c.name).join(',');
    const indexSql = (name: string) => (sqlite.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string | null }).sql ?? '';
    snapshot[t.name] = {
      columns: info
        .map((c) => ({ name: c.name, type: c.type.toLowerCase(), notNull: c.notnull === 1 || c.pk > 0, default: normaliseDefault(c.dflt_value) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      primaryKey: info
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      unique: indexList
        .filter((i) => i.origin === 'u')
        .map((i) => cols(i.name))
        .sort(),
      foreignKeys: (sqlite.pragma(`foreign_key_list(${t.name})`) as Array<{ from: string; table: string; to: string | null }>)
        .map((f) => `${f.from}->${f.table}.${f.to ?? 'id'}`)
        .sort(),
      checks: (t.sql.match(/\bCHECK\s*\(/gi) ?? []).length,
      indexes: indexList
        .filter((i) => i.origin === 'c')
        .map(
          (i) =>
            `${i.name}(${cols(i.name)})${i.unique ? ' unique' : ''}${i.partial ? ` where ${normaliseWhere(indexSql(i.name).replace(/^[\s\S]*\bWHERE\b/i, ''))}` : ''}`,
        )
        .sort(),
      triggers: (
        sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? ORDER BY name").all(t.name) as Array<{ name: string }>
      ).map((r) => r.name),
    };
  }
  return snapshot;
}

async function postgresSnapshot(database: string): Promise<Snapshot> {
  const q = async <T>(text: string, params: unknown[] = []) => (await adminQuery(text, params, database)).rows as T[];
  const tables = await q<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1`,
    [FULL_TEXT],
  );
  const snapshot: Snapshot = {};
  for (const { name } of tables) {
    const columns = await q<{ name: string; type: string; nullable: string; dflt: string | null; identity: string }>(
      `SELECT column_name AS name, data_type AS type, is_nullable AS nullable, column_default AS dflt, is_identity AS identity FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [name],
    );
    const constraint = (type: string) =>
      q<{ cols: string; ref: string | null; refcols: string | null }>(
        `SELECT (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS cols,
                c.confrelid::regclass::text AS ref,
                (SELECT string_agg(a.attname, ',') FROM unnest(c.confkey) k(n) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS refcols
         FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype = $2`,
        [name, type],
      );
    const indexes = await q<{ name: string; cols: string; unique: boolean; pred: string | null }>(
      `SELECT ic.relname AS name, i.indisunique AS unique, pg_get_expr(i.indpred, i.indrelid) AS pred,
              (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(n, ord) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n) AS cols
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
       WHERE i.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [name],
    );
    const triggers = await q<{ name: string }>(
      `SELECT tgname AS name FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal AND tgtype & 32 = 0 ORDER BY tgname`,
      [name],
    );
    snapshot[name] = {
      columns: columns
        .map((c) => ({ name: c.name, type: c.type, notNull: c.nullable === 'NO', default: c.identity === 'YES' ? null : normaliseDefault(c.dflt) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      primaryKey: ((await constraint('p'))[0]?.cols ?? '').split(',').filter(Boolean),
      unique: (await constraint('u')).map((c) => c.cols).sort(),
      foreignKeys: (await constraint('f')).map((f) => `${f.cols}->${f.ref}.${f.refcols}`).sort(),
      checks: (await constraint('c')).length,
      indexes: indexes.map((i) => `${i.name}(${i.cols})${i.unique ? ' unique' : ''}${i.pred ? ` where ${normaliseWhere(i.pred)}` : ''}`).sort(),
      triggers: triggers
        .map((t) => t.name)
        .filter((t) => !POSTGRES_ONLY_TRIGGERS.includes(t))
        .sort(),
    };
  }
  return snapshot;
}

describe('migreringar för båda motorerna', () => {
  it('har en PostgreSQL-tvilling med samma nummer och namn för varje SQLite-migrering', () => {
    const names = (dir: string) =>
      fs
        .readdirSync(dir)
        .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
        .sort();
    expect(names(path.join(MIGRATIONS, 'postgres'))).toEqual(names(MIGRATIONS));
  });

  const cleanup: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
  });

  it.skipIf(!engines.includes('postgres'))('ger samma tabeller, kolumner, nycklar, index och triggrar', async () => {
    const file = path.join(tempDir(), 'schema.db');
    const sqliteDb = await openDatabase({ file, migrationsDir: MIGRATIONS, backups: false });
    cleanup.push(() => sqliteDb.close());
    const pgDb = await freshPostgresDatabase();
    cleanup.push(pgDb.drop);
    const opened = await openPostgres({ url: pgDb.url, migrationsDir: MIGRATIONS });
    cleanup.unshift(opened.close);
    const fromSqlite = sqliteSnapshot(sqliteDb.sqlite);
    const fromPostgres = await postgresSnapshot(pgDb.name);
    expect(Object.keys(fromPostgres).sort()).toEqual(Object.keys(fromSqlite).sort());
    for (const table of Object.keys(fromSqlite)) expect({ table, ...fromPostgres[table] }).toEqual({ table, ...fromSqlite[table] });
    // The full-text index exists on both, in each engine's own form.
    expect(sqliteDb.sqlite.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(FULL_TEXT)).toBeTruthy();
    expect((await adminQuery(`SELECT to_regclass($1)::text AS t`, [FULL_TEXT], pgDb.name)).rows[0].t).toBe(FULL_TEXT);
  });
});
