// What every service function gets: the database, who is acting, and the app's notion of today.
import type { Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from '../database/schema';
import type { ChangeFeed } from '../database/change-feed';
import type { DatabaseChoiceInput, DatabaseChoiceState } from '../../shared/api/session-contract';

export interface ServiceContext {
  db: Kysely<Database>;
  /** The SQLite handle; null on a shared PostgreSQL database (see electron/database/open-any.ts). */
  sqlite: BetterSqlite3.Database | null;
  /** The database file, for backups and restore (on PostgreSQL the URL without its password). */
  file: string;
  /** The operating-system user, recorded in the audit trail beside the display name. */
  osUser: string;
  /** Today's date as YYYY-MM-DD; injectable so tests can move the clock. */
  today(): string;
  /** The current instant; injectable for the same reason. */
  now(): Date;
  /** Swaps the database for a backup (closes, restores, reopens); absent where not supported. */
  restore?: (backupFile: string) => Promise<{ safetyCopy: string | null }>;
  /** Aborted when the caller no longer waits for the answer (the browser closed the request). */
  signal?: AbortSignal;
  /** Tells "changes/since" cheaply whether anything may have been committed; absent: the SQLite one on `sqlite`. */
  changeFeed?: ChangeFeed;
  /** Which database the app opens next (Inställningar → Databas); only the Electron app has one (electron/main/database-choice.ts). */
  databaseChoice?: { state(): DatabaseChoiceState; choose(input: DatabaseChoiceInput): DatabaseChoiceState };
}

export type Trx = Kysely<Database>;

/** Every write is one transaction: all of it lands, or none of it. */
export function write<T>(ctx: ServiceContext, fn: (trx: Trx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(fn);
}

export function isoToday(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}
