// Engine selection: a postgres:// or postgresql:// URL opens the shared catalogue on PostgreSQL, anything
// else is a SQLite file (open-database.ts). Everything above this module sees the same OpenAnyDatabase.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { openDatabase, type OpenOptions } from './open-database';
import { isDatabaseUrl, openPostgres } from './open-postgres';
import { schemaVersion } from './migrator';
import type { Engine } from './dialect';
import type { Database as Schema } from './schema';
import type { ChangeFeed } from './change-feed';
import { PostgresChangeFeed } from './postgres-change-feed';

export interface OpenAnyDatabase {
  engine: Engine;
  /** The SQLite file, or the PostgreSQL URL without its password. */
  file: string;
  /** The SQLite handle; null on PostgreSQL (backups, restore and integrity checks are then IT's). */
  sqlite: BetterSqlite3.Database | null;
  db: Kysely<Schema>;
  migrated: number[];
  warnings: string[];
  /** PostgreSQL's LISTEN feed of committed changes; absent on SQLite (data_version on the handle instead). */
  changeFeed?: ChangeFeed;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

export async function openAnyDatabase(options: OpenOptions): Promise<OpenAnyDatabase> {
  if (isDatabaseUrl(options.file)) {
    const pg = await openPostgres({ url: options.file, migrationsDir: options.migrationsDir, now: options.now });
    const changeFeed = new PostgresChangeFeed(options.file);
    return {
      engine: 'postgres',
      file: pg.location,
      sqlite: null,
      db: pg.db,
      migrated: pg.migrated,
      warnings: [],
      changeFeed,
      async schemaVersion() {
        const row = await pg.db
          .selectFrom('schema_migrations' as never)
          .select((eb) => eb.fn.max('version' as never).as('v'))
          .executeTakeFirst();
        return Number((row as { v?: number } | undefined)?.v ?? 0);
      },
      async close() {
        await changeFeed.close();
        await pg.close();
      },
    };
  }
  const opened = await openDatabase(options);
  return { engine: 'sqlite', ...opened, schemaVersion: async () => schemaVersion(opened.sqlite) };
}
