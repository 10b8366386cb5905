// "Has anything changed since?" for open screens, without a reload. Every write records itself in the
// audit trail inside its own transaction, so the trail's ids are a portable change counter: the entries
// after the id a screen last saw name the kinds and ids that changed (see services/changes.ts).
//
// Reading the trail on every poll would cost a query per open window every few seconds, so a ChangeFeed
// first answers the cheap question "may anything have been committed since I last looked?":
// - SQLite: PRAGMA data_version (a commit by another connection or process on the same file) plus
//   total_changes() (a write on this connection), both in contentVersion(), no table read;
// - PostgreSQL (postgres-change-feed.ts): LISTEN iub_changes on a connection of its own, with a trigger
//   AFTER INSERT ON audit_log FOR EACH STATEMENT doing pg_notify('iub_changes', '') (migrations/postgres/
//   0017); the notification handler raises a counter and stamp() returns it. A dropped connection
//   re-LISTENs in a new generation and asks meanwhile, so a screen re-reads rather than missing a change.
// The services never ask which engine they are on: they get a ChangeFeed from the context.
import type BetterSqlite3 from 'better-sqlite3';
import { contentVersion } from './sqlite-dialect';

export interface ChangeFeed {
  /** A value that differs whenever a commit may have happened since it was last read. Cheap: called on every poll. */
  stamp(): string;
}

export class SqliteChangeFeed implements ChangeFeed {
  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  stamp(): string {
    return contentVersion(this.sqlite);
  }
}

const feeds = new WeakMap<BetterSqlite3.Database, ChangeFeed>();

/** The feed of one SQLite connection, made once. */
export function sqliteChangeFeed(sqlite: BetterSqlite3.Database): ChangeFeed {
  let feed = feeds.get(sqlite);
  if (!feed) feeds.set(sqlite, (feed = new SqliteChangeFeed(sqlite)));
  return feed;
}

/**
 * Without a cheap commit signal (a PostgreSQL context built without its LISTEN feed) every poll asks the
 * audit trail for its newest id: one indexed query, still correct.
 */
const alwaysAsk: ChangeFeed = { stamp: () => String(Math.random()) };

/** The feed for a connection: SQLite's data_version where there is a SQLite file, else ask every time. */
export function changeFeedFor(sqlite: BetterSqlite3.Database | null): ChangeFeed {
  return sqlite ? sqliteChangeFeed(sqlite) : alwaysAsk;
}
