// What differs between the engines, behind one set of functions the services call: each picks the
// dialect module (sqlite-dialect.ts or postgres-dialect.ts) from the Kysely instance it is given, so no
// service ever asks which engine it runs on. Error predicates accept either engine's errors (their
// codes do not overlap: SQLITE_* versus PostgreSQL's five-character SQLSTATEs).
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './schema';
import { DatabaseRefusedError } from './errors';
import type { Roll } from '../../shared/domain/roles';
import * as sqlite from './sqlite-dialect';
import * as postgres from './postgres-dialect';

export type Engine = 'sqlite' | 'postgres';

export function engineOf(db: Kysely<Database>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Replaces the searchable text of one version. Runs inside the caller's transaction. */
export function indexVersionText(trx: Kysely<Database>, versionId: number, body: string): Promise<void> {
  return engineOf(trx) === 'postgres' ? postgres.indexVersionText(trx, versionId, body) : sqlite.indexVersionText(trx, versionId, body);
}

/** A subquery of the insats ids with any version whose text matches; null when the text has no words. */
export function insatsIdsMatching(db: Kysely<Database>, text: string) {
  return engineOf(db) === 'postgres' ? postgres.insatsIdsMatching(text) : sqlite.insatsIdsMatching(text);
}

export function searchInsatsIds(db: Kysely<Database>, text: string): Promise<Set<number>> {
  return engineOf(db) === 'postgres' ? postgres.searchInsatsIds(db, text) : sqlite.searchInsatsIds(db, text);
}

/** `column`'s JSON has a numeric `key` equal to one of `values`; text that is not JSON matches nothing. */
export function jsonNumberIn(db: Kysely<Database>, column: string, key: string, values: number[]) {
  if (engineOf(db) === 'postgres') return postgres.jsonNumberIn(column, key, values);
  if (values.length === 0) return sql<boolean>`(1 = 0)`;
  const col = sql.ref(column);
  return sql<boolean>`(CASE WHEN json_valid(${col}) THEN json_extract(${col}, ${`$.${key}`}) END IN (${sql.join(values)}))`;
}

/**
 * A value that changes whenever the content may have changed, for reusing read-mostly results; null
 * when the engine cannot tell cheaply (PostgreSQL: other servers write too), and then nothing is reused.
 */
export function contentVersion(sqliteHandle: BetterSqlite3.Database | null): string | null {
  return sqliteHandle ? sqlite.contentVersion(sqliteHandle) : null;
}

export const isBusyError = (e: unknown) => sqlite.isBusyError(e) || postgres.isBusyError(e);
export const isDiskFullError = (e: unknown) => sqlite.isDiskFullError(e) || postgres.isDiskFullError(e);
export const isConnectionLostError = (e: unknown) => postgres.isConnectionLostError(e);
export const isPermissionDeniedError = (e: unknown) => postgres.isPermissionDeniedError(e);

export function isUniqueViolation(error: unknown): boolean {
  return String((error as { code?: string } | null)?.code ?? '').startsWith('SQLITE_CONSTRAINT_UNIQUE') || postgres.isUniqueViolationError(error);
}

/** A UNIQUE constraint or a refusing trigger of a migration (e.g. a § used twice on a meeting). */
export function isConstraintRefusal(error: unknown): boolean {
  const code = String((error as { code?: string } | null)?.code ?? '');
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_TRIGGER' ||
    postgres.isUniqueViolationError(error) ||
    postgres.isConstraintTriggerError(error)
  );
}

/** The SQLite handle for what only a local file has (backups, restore); on PostgreSQL IT keeps the backups. */
export function requireLocalFile<T>(sqliteHandle: T | null): T {
  if (sqliteHandle === null) {
    throw new DatabaseRefusedError(
      'Den gemensamma databasen säkerhetskopieras av IT (pg_dump och återställning till en tidpunkt), inte av programmet. Vill du ha en egen kopia: "npm run iub -- copy --from postgres://… --to FIL.db".',
      'other',
    );
  }
  return sqliteHandle;
}

/** Who is connected and with which of the catalogue's roles (shared/domain/roles.ts). */
export async function currentRole(db: Kysely<Database>, osUser: string): Promise<{ user: string; role: Roll }> {
  if (engineOf(db) === 'sqlite') return { user: osUser, role: 'lokal' };
  return postgres.currentRole(db);
}

/** The searchable text of every version, as indexed (for `iub copy`). */
export async function readSearchIndex(db: Kysely<Database>): Promise<Array<{ versionId: number; body: string }>> {
  const result =
    engineOf(db) === 'postgres'
      ? await sql<{ versionId: number; body: string }>`SELECT version_id AS "versionId", body FROM insats_version_fts ORDER BY version_id`.execute(db)
      : await sql<{ versionId: number; body: string }>`SELECT rowid AS versionId, body FROM insats_version_fts ORDER BY rowid`.execute(db);
  return result.rows;
}
