// The one module that knows the database is PostgreSQL (the twin of sqlite-dialect.ts): the Kysely
// dialect over a `pg` pool, the tsvector search, writer serialisation and PostgreSQL's error codes.
import pg from 'pg';
import { CompiledQuery, PostgresDialect, PostgresDriver, sql, type DatabaseConnection, type Driver, type Kysely, type TransactionSettings } from 'kysely';
import type { Database } from './schema';
import type { Roll } from '../../shared/domain/roles';

// COUNT(*) and SUM are bigint/numeric in PostgreSQL and come back as strings by default; the services
// expect numbers, as SQLite gives them. Catalogue counts are far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/**
 * Every write transaction takes one transaction-scoped advisory lock first, so writers run one at a
 * time exactly as SQLite's BEGIN IMMEDIATE makes them: reading the highest diarienummer or § and
 * inserting the next one cannot interleave with another writer (nothing is allocated twice), and no
 * serialisation failure needs a retry. Readers are never blocked. The lock needs no privilege.
 */
export const WRITER_LOCK_KEY = 0x1ab_2026;

class AppPostgresDriver extends PostgresDriver {
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(CompiledQuery.raw(`SELECT pg_advisory_xact_lock(${WRITER_LOCK_KEY})`));
  }

  /** A lost connection has no transaction left to roll back: keep the error that ended it, not this one. */
  override async rollbackTransaction(connection: Parameters<PostgresDriver['rollbackTransaction']>[0]): Promise<void> {
    try {
      await super.rollbackTransaction(connection);
    } catch (error) {
      if (!isConnectionLostError(error)) throw error;
    }
  }
}

class AppPostgresDialect extends PostgresDialect {
  constructor(private readonly pool: pg.Pool) {
    super({ pool });
  }

  override createDriver(): Driver {
    return new AppPostgresDriver({ pool: this.pool });
  }
}

export function createPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // An idle client whose server went away emits 'error' on the pool; without a listener Node would end
  // the process. The next query gets a fresh connection (or a clear error, see isConnectionLostError).
  pool.on('error', () => undefined);
  // Likewise a client in use whose connection breaks: the query in flight fails with the error (and the
  // pool drops the client when it is released); the event itself must not end the process.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

export function createDialect(pool: pg.Pool): PostgresDialect {
  return new AppPostgresDialect(pool);
}

/** Replaces the searchable text of one version. Runs inside the caller's transaction. */
export async function indexVersionText(trx: Kysely<Database>, versionId: number, body: string): Promise<void> {
  await sql`INSERT INTO insats_version_fts (version_id, body) VALUES (${versionId}, ${body})
    ON CONFLICT (version_id) DO UPDATE SET body = EXCLUDED.body`.execute(trx);
}

/** The words of what a user typed, as on SQLite (letters and digits, at most 12). */
function searchWords(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
}

/**
 * A tsquery in which every word must match as a prefix, stemmed (Swedish) or as written ('simple'):
 * the index holds both, so "boend" finds "boendestöd" as FTS5 does and "boenden" finds "boende".
 * The words hold only letters and digits, so they cannot carry tsquery operators.
 */
function tsQuery(words: string[]) {
  const parts = words.map((w) => sql`(to_tsquery('swedish', ${`${w}:*`}) || to_tsquery('simple', ${`${w}:*`}))`);
  return sql.join(parts, sql` && `);
}

export function insatsIdsMatching(text: string) {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return sql<number>`(SELECT v.insats_id FROM insats_version v JOIN insats_version_fts f ON f.version_id = v.id
    WHERE f.tsv @@ (${tsQuery(words)}))`;
}

export async function searchInsatsIds(db: Kysely<Database>, text: string): Promise<Set<number>> {
  const matching = insatsIdsMatching(text);
  if (!matching) return new Set();
  const result = await sql<{ insats_id: number }>`SELECT DISTINCT insats_id FROM ${matching} AS hits`.execute(db);
  return new Set(result.rows.map((r) => r.insats_id));
}

/** `column`'s JSON has a numeric `key` equal to one of `values` (text that is not JSON matches nothing). */
export function jsonNumberIn(column: string, key: string, values: number[]) {
  if (values.length === 0) return sql<boolean>`(1 = 0)`;
  const col = sql.ref(column);
  return sql<boolean>`(CASE WHEN ${col} LIKE '{%' THEN (${col}::jsonb -> ${key}) = ANY(ARRAY[${sql.join(values.map(String))}]::jsonb[]) ELSE false END)`;
}

const code = (error: unknown) => String((error as { code?: string } | null)?.code ?? '');

/** Lock timeouts and serialisation failures: another writer is in the way, try again. */
export function isBusyError(error: unknown): boolean {
  return ['55P03', '40001', '40P01', '57014'].includes(code(error));
}

export function isDiskFullError(error: unknown): boolean {
  return code(error) === '53100';
}

export function isUniqueViolationError(error: unknown): boolean {
  return code(error) === '23505';
}

/** A CHECK or trigger refusal (RAISE EXCEPTION in a migration's trigger function). */
export function isConstraintTriggerError(error: unknown): boolean {
  return ['P0001', '23514'].includes(code(error));
}

/** The server is down, restarting, or the connection broke mid-call. */
export function isConnectionLostError(error: unknown): boolean {
  const c = code(error);
  if (c.startsWith('08') || ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH'].includes(c))
    return true;
  const message = (error as Error | null)?.message ?? '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|Connection ended unexpectedly|not queryable|terminating connection/i.test(
    message,
  );
}

/** The person's database role lacks the grant (or a row-level policy refused the row). */
export function isPermissionDeniedError(error: unknown): boolean {
  return ['42501'].includes(code(error)) || /row-level security/i.test((error as Error | null)?.message ?? '');
}

/**
 * The session's role in the catalogue: the owner of the schema (or a superuser) has every right; else
 * membership of iub_sekreterare, iub_verksamhetsutvecklare or iub_lasare (0013), in that order.
 */
export async function currentRole(db: Kysely<Database>): Promise<{ user: string; role: Roll }> {
  const result = await sql<{ user: string; owner: boolean; s: boolean; v: boolean; l: boolean }>`
    SELECT session_user AS "user",
      (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'audit_log'::regclass), 'MEMBER') AS owner,
      pg_has_role(session_user, 'iub_sekreterare', 'MEMBER') AS s,
      pg_has_role(session_user, 'iub_verksamhetsutvecklare', 'MEMBER') AS v,
      pg_has_role(session_user, 'iub_lasare', 'MEMBER') AS l`.execute(db);
  const r = result.rows[0]!;
  const role: Roll = r.owner ? 'agare' : r.s ? 'sekreterare' : r.v ? 'verksamhetsutvecklare' : r.l ? 'lasare' : 'ingen';
  return { user: r.user, role };
}

/** Every login role with its catalogue group roles, for `iub roles`. */
export async function roleMembers(db: Kysely<Database>): Promise<Array<{ user: string; roles: string[]; canLogin: boolean }>> {
  const result = await sql<{ user: string; roles: string[]; can_login: boolean }>`
    SELECT m.rolname::text AS "user", array_agg(g.rolname::text ORDER BY g.rolname) AS roles, m.rolcanlogin AS can_login
    FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
    WHERE g.rolname IN ('iub_sekreterare', 'iub_verksamhetsutvecklare', 'iub_lasare')
    GROUP BY m.rolname, m.rolcanlogin ORDER BY m.rolname`.execute(db);
  return result.rows.map((r) => ({ user: r.user, roles: r.roles, canLogin: r.can_login }));
}
