// `iub copy`: a whole catalogue from one database to another (SQLite file ⇄ PostgreSQL), losslessly and
// in one transaction on the target, which must be empty. Every table is copied row by row with its ids,
// in an order that satisfies the foreign keys; the search index is rebuilt from the source's texts;
// PostgreSQL's id sequences are moved past the copied ids. The audit trail is copied entry by entry; on
// PostgreSQL each entry's db_user is the copying role (the server sets it; see 0013).
import { DATABASE_ID_KEY } from './identity';
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import { engineOf, indexVersionText, readSearchIndex } from './dialect';

/** Parents before children. test/unit/copy.test.ts checks that every table of the schema is listed. */
export const COPIED_TABLES = [
  'settings',
  'audit_log',
  'sektor',
  'enhet',
  'kategori',
  'insats',
  'sammantrade',
  'arende',
  'beslut',
  'insats_version',
  'arende_version',
  'beslut_version',
  'status_event',
  'dismissed_finding',
  'excluded_kind_answer',
  'rka',
  'aterrapportering',
  'reminder_ack',
  'calendar_event',
  'katalogdokument',
  'katalogdokument_beslut',
  'import_profile',
] as const satisfies ReadonlyArray<keyof Database>;

/** Every table ordered by its key, so both engines read rows in the same order. */
const ORDER: Partial<Record<(typeof COPIED_TABLES)[number], string[]>> = {
  settings: ['key'],
  arende_version: ['arende_id', 'version_id'],
  beslut_version: ['beslut_id', 'version_id'],
  reminder_ack: ['key'],
  calendar_event: ['uid'],
  katalogdokument_beslut: ['beslut_id'],
  import_profile: ['kommun_key'],
};

/** Default kategorier that migration 0001 puts in every new database: an otherwise empty target has them. */
const DEFAULT_KATEGORIER = ['Rådgivning', 'Anhörigstöd', 'Mötesplats', 'Individuellt riktade insatser'];

export class CopyRefusedError extends Error {}

async function isEmpty(db: Kysely<Database>): Promise<string | null> {
  for (const table of COPIED_TABLES) {
    const rows = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (table === 'settings') {
      // A new file gets its own identity (identity.ts) when it is opened: that alone is not content.
      const keys = await db.selectFrom('settings').select('key').where('key', '!=', DATABASE_ID_KEY).execute();
      if (keys.length > 0) return table;
    } else if (table === 'kategori') {
      const names = (await db.selectFrom('kategori').select('namn').execute()).map((k) => k.namn).sort();
      if (JSON.stringify(names) !== JSON.stringify([...DEFAULT_KATEGORIER].sort())) return table;
    } else if (Number(rows.n) > 0) return table;
  }
  return null;
}

export interface CopyReport {
  rows: Record<string, number>;
}

export async function copyCatalogue(source: Kysely<Database>, target: Kysely<Database>): Promise<CopyReport> {
  const notEmpty = await isEmpty(target);
  if (notEmpty) {
    throw new CopyRefusedError(`Måldatabasen är inte tom (tabellen ${notEmpty} har innehåll). Inget har kopierats; kopiera bara till en ny, tom databas.`);
  }
  const report: CopyReport = { rows: {} };
  const searchIndex = await readSearchIndex(source);
  await target.transaction().execute(async (trx) => {
    await trx.deleteFrom('kategori').execute();
    // The copy is the same catalogue: it carries the source's identity, when it has one, not the new file's.
    await trx.deleteFrom('settings').where('key', '=', DATABASE_ID_KEY).execute();
    for (const table of COPIED_TABLES) {
      const order = ORDER[table] ?? ['id'];
      let query = source.selectFrom(table).selectAll();
      for (const column of order) query = query.orderBy(column as never);
      const rows = (await query.execute()) as Array<Record<string, unknown>>;
      for (let i = 0; i < rows.length; i += 200) {
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + 200) as never)
          .execute();
      }
      report.rows[table] = rows.length;
    }
    for (const { versionId, body } of searchIndex) await indexVersionText(trx, versionId, body);
    if (engineOf(trx) === 'postgres') {
      for (const table of COPIED_TABLES) {
        if (ORDER[table]) continue;
        await sql`SELECT setval(pg_get_serial_sequence(${table}, 'id'), GREATEST((SELECT max(id) FROM ${sql.table(table)}), 1), (SELECT max(id) FROM ${sql.table(table)}) IS NOT NULL)`.execute(
          trx,
        );
      }
    }
  });
  return report;
}
