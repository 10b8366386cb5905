// Opens (and if needed migrates) a shared catalogue on PostgreSQL: the twin of open-database.ts.
// Migrations come from migrations/postgres/ (same numbers and names as the SQLite files), each in its
// own transaction, as an exact prefix; a database that has seen a newer migration is refused. Two
// servers starting at once take turns through an advisory lock, so a migration never runs twice.
import path from 'node:path';
import type pg from 'pg';
import { Kysely } from 'kysely';
import { DatabaseRefusedError } from './errors';
import { pendingAfter, readMigrations, type MigrationFile } from './migrator';
import { createDialect, createPool, isConnectionLostError, isPermissionDeniedError } from './postgres-dialect';
import type { Database as Schema } from './schema';

const MIGRATION_LOCK_KEY = 0x1ab_0001;

export function isDatabaseUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL without its password, for messages, logs and the Inställningar page. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** The folder of PostgreSQL twins beside the SQLite migrations. */
export function postgresMigrationsDir(migrationsDir: string): string {
  return path.join(migrationsDir, 'postgres');
}

async function applied(client: pg.PoolClient): Promise<Array<{ version: number; name: string }>> {
  const exists = await client.query<{ t: string | null }>(`SELECT to_regclass('schema_migrations')::text AS t`);
  if (!exists.rows[0]?.t) return [];
  const rows = await client.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
  return rows.rows;
}

async function migrate(client: pg.PoolClient, files: MigrationFile[], now: string): Promise<number[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    const pending = pendingAfter(await applied(client), files);
    for (const m of pending) {
      await client.query('BEGIN');
      try {
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, now]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (isPermissionDeniedError(error)) {
          throw new DatabaseRefusedError(
            `Den gemensamma databasen behöver uppgraderas (${m.name}), men din databasroll får inte ändra schemat. Inget har ändrats. Be IT köra "iub migrate" som databasens ägare.`,
            'other',
          );
        }
        throw error;
      }
    }
    return pending.map((m) => m.version);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
  }
}

export interface OpenPostgres {
  location: string;
  pool: pg.Pool;
  db: Kysely<Schema>;
  migrated: number[];
  close(): Promise<void>;
}

export async function openPostgres(options: { url: string; migrationsDir: string; now?: () => Date }): Promise<OpenPostgres> {
  const now = options.now ?? (() => new Date());
  const location = redactUrl(options.url);
  const pool = createPool(options.url);
  try {
    const client = await pool.connect();
    let migrated: number[];
    try {
      migrated = await migrate(client, readMigrations(postgresMigrationsDir(options.migrationsDir)), now().toISOString());
    } finally {
      client.release();
    }
    const db = new Kysely<Schema>({ dialect: createDialect(pool) });
    return { location, pool, db, migrated, close: () => db.destroy() };
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw explainConnectError(error, location);
  }
}

/** PostgreSQL's errors while connecting, in words a secretary can act on. */
export function explainConnectError(error: unknown, location: string): unknown {
  if (error instanceof DatabaseRefusedError) return error;
  const code = String((error as { code?: string }).code ?? '');
  if (code === '28P01' || code === '28000') {
    return new DatabaseRefusedError(
      `Inloggningen till den gemensamma databasen (${location}) nekades: användaren eller lösenordet stämmer inte, eller så saknar du en databasroll. Kontakta IT.`,
      'other',
    );
  }
  if (code === '3D000') return new DatabaseRefusedError(`Databasen i ${location} finns inte. Kontrollera adressen eller kontakta IT.`, 'other');
  if (isPermissionDeniedError(error)) return new DatabaseRefusedError(`Din databasroll får inte öppna katalogen i ${location}. Kontakta IT.`, 'other');
  if (isConnectionLostError(error)) {
    return new DatabaseRefusedError(
      `Den gemensamma databasen (${location}) kan inte nås just nu. Kontrollera nätverket och försök igen; kvarstår felet, kontakta IT.`,
      'in_use',
    );
  }
  return error;
}
