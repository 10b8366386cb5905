// The one module that knows the database is SQLite: the Kysely dialect and the FTS5 search index.
// A PostgreSQL deployment replaces this module (tsvector search) and keeps every service as it is.
import { CompiledQuery, SqliteDialect, SqliteDriver, sql, type DatabaseConnection, type Driver, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './schema';

/**
 * Kysely's SQLite driver with two changes that matter when another process writes to the same file
 * and when the disk fills up:
 * - a write transaction starts with BEGIN IMMEDIATE, so it waits (busy_timeout) for another writer
 *   instead of failing at once when its read snapshot turns out to be stale (SQLITE_BUSY_SNAPSHOT);
 * - SQLite rolls a transaction back by itself on SQLITE_FULL (and some I/O errors); a second ROLLBACK
 *   would then fail and hide the real error, so it is only sent while a transaction is open.
 */
class AppSqliteDriver extends SqliteDriver {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.sqlite.inTransaction) await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
}

class AppSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new AppSqliteDriver(this.sqlite);
  }
}

export function createDialect(sqlite: BetterSqlite3.Database): SqliteDialect {
  return new AppSqliteDialect(sqlite);
}

/** Replaces the searchable text of one version. Runs inside the caller's transaction. */
export async function indexVersionText(trx: Kysely<Database>, versionId: number, body: string): Promise<void> {
  await sql`DELETE FROM insats_version_fts WHERE rowid = ${versionId}`.execute(trx);
  await sql`INSERT INTO insats_version_fts (rowid, body) VALUES (${versionId}, ${body})`.execute(trx);
}

/** Turns what a user types into an FTS5 query: every word must match as a prefix. */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

/**
 * A subquery of the insats ids with any version whose text matches, for `where('i.id', 'in', …)`;
 * null when the text has no words. `+id` keeps SQLite from looking every hit up in the wide version
 * rows: it scans the narrow insats_id index instead, which is several times faster for common words.
 */
export function insatsIdsMatching(text: string) {
  const query = toFtsQuery(text);
  if (!query) return null;
  return sql<number>`(SELECT insats_id FROM insats_version INDEXED BY insats_version_insats
    WHERE +id IN (SELECT rowid FROM insats_version_fts WHERE insats_version_fts MATCH ${query}))`;
}

/** The insats ids with any version whose text matches (see insatsIdsMatching). */
export async function searchInsatsIds(db: Kysely<Database>, text: string): Promise<Set<number>> {
  const matching = insatsIdsMatching(text);
  if (!matching) return new Set();
  const result = await sql<{ insats_id: number }>`SELECT DISTINCT insats_id FROM ${matching} AS hits`.execute(db);
  return new Set(result.rows.map((r) => r.insats_id));
}

/**
 * A value that changes whenever the database's content may have changed: rows written on this
 * connection (total_changes) or a commit by another process on the same file (data_version).
 * Lets read-mostly results be reused until the next write.
 */
export function contentVersion(sqlite: BetterSqlite3.Database): string {
  const statements = versionStatements.get(sqlite) ?? {
    changes: sqlite.prepare('SELECT total_changes()').pluck(),
    dataVersion: sqlite.prepare('PRAGMA data_version').pluck(),
  };
  versionStatements.set(sqlite, statements);
  return `${String(statements.changes.get())}:${String(statements.dataVersion.get())}`;
}
const versionStatements = new WeakMap<BetterSqlite3.Database, { changes: BetterSqlite3.Statement; dataVersion: BetterSqlite3.Statement }>();

/** SQLite reports a locked database as SQLITE_BUSY / SQLITE_LOCKED. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** SQLite reports a full disk as SQLITE_FULL. */
export function isDiskFullError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code.startsWith('SQLITE_FULL') || code === 'ENOSPC';
}
