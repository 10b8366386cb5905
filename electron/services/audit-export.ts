// The audit trail of one insats: its own entries, its versions', and those of the ärenden, beslut,
// återrapporteringar and RKA that concern it, oldest first; and the same as CSV or JSON to save.
// Reading only: the trail is never changed here (nor anywhere: triggers refuse UPDATE and DELETE).
import { sql } from 'kysely';
import { jsonNumberIn } from '../database/dialect';
import { ServiceError } from '../../shared/api/envelope';
import type { InsatsAuditEntry } from '../../shared/api/audit-contract';
import { csvCell } from '../../shared/export/catalogue-csv';
import type { GeneratedFile } from '../../shared/api/files';
import type { ServiceContext } from './context';
import { generatedFile } from './files';
import { auditEntryOf, currentActor } from './audit';
import { beteckning } from '../../shared/domain/beslut';
import { readSettings } from './settings';
import { changedFieldsText, readableAuditValue } from '../../shared/domain/audit-labels';

const unique = <T>(values: T[]) => [...new Set(values)];

/** `entity_id IN (…)` for a list that may be empty (then it matches nothing). */
function entityIn(entity: string, ids: Array<number | string>) {
  if (ids.length === 0) return sql<boolean>`(1 = 0)`;
  return sql<boolean>`(entity = ${entity} AND entity_id IN (${sql.join(ids.map(String))}))`;
}

/** An entry from another feature that names one of the versions or the insats in its before/after. */
function mentions(db: ServiceContext['db'], column: 'before_json' | 'after_json', versionIds: number[], insatsId: number) {
  return sql<boolean>`(${jsonNumberIn(db, column, 'versionId', versionIds)} OR ${jsonNumberIn(db, column, 'insatsId', [insatsId])})`;
}

export async function insatsAudit(ctx: ServiceContext, input: { insatsId: number }): Promise<InsatsAuditEntry[]> {
  const db = ctx.db;
  const insats = await db.selectFrom('insats').select('id').where('id', '=', input.insatsId).executeTakeFirst();
  if (!insats) throw new ServiceError('not_found', 'Insatsen finns inte.');
  const versions = await db.selectFrom('insats_version').select(['id', 'version_no', 'beslut_id']).where('insats_id', '=', insats.id).execute();
  const versionIds = versions.map((v) => v.id);
  const linked = versionIds.length ? await db.selectFrom('arende_version').select('arende_id').where('version_id', 'in', versionIds).execute() : [];
  const arendeViaLink = unique(linked.map((l) => l.arende_id));
  // The beslut that concerned a version: the one that covers it, and any återremiss or avslag it went through
  // (also in an ärende the version has since left, when the reworked proposal covered other versions).
  const concerned = versionIds.length ? await db.selectFrom('beslut_version').select('beslut_id').where('version_id', 'in', versionIds).execute() : [];
  const beslutIdsOnVersions = unique([...versions.map((v) => v.beslut_id).filter((b): b is number => b !== null), ...concerned.map((c) => c.beslut_id)]);
  const beslut =
    beslutIdsOnVersions.length || arendeViaLink.length
      ? await db
          .selectFrom('beslut')
          .select(['id', 'arende_id', 'paragraf'])
          .where((eb) =>
            eb.or([
              ...(beslutIdsOnVersions.length ? [eb('id', 'in', beslutIdsOnVersions)] : []),
              ...(arendeViaLink.length ? [eb('arende_id', 'in', arendeViaLink)] : []),
            ]),
          )
          .execute()
      : [];
  const arendeIds = unique([...arendeViaLink, ...beslut.map((b) => b.arende_id)]);
  const arenden = arendeIds.length ? await db.selectFrom('arende').select(['id', 'diarienummer']).where('id', 'in', arendeIds).execute() : [];
  const beslutIds = beslut.map((b) => b.id);
  const tasks = beslutIds.length ? await db.selectFrom('aterrapportering').select('id').where('beslut_id', 'in', beslutIds).execute() : [];
  const rka = versionIds.length ? await db.selectFrom('rka').select('id').where('version_id', 'in', versionIds).execute() : [];

  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where(({ or, eb }) =>
      or([
        eb('entity', '=', 'insats').and('entity_id', '=', String(insats.id)),
        entityIn('insats_version', versionIds),
        entityIn('arende', arendeIds),
        entityIn('beslut', beslutIds),
        entityIn(
          'aterrapportering',
          tasks.map((t) => t.id),
        ),
        entityIn(
          'rka',
          rka.map((r) => r.id),
        ),
        mentions(db, 'after_json', versionIds, insats.id),
        mentions(db, 'before_json', versionIds, insats.id),
      ]),
    )
    .orderBy('id')
    .execute();

  const settings = await readSettings(db);
  const versionNo = new Map(versions.map((v) => [String(v.id), v.version_no]));
  const arendeById = new Map(arenden.map((a) => [a.id, a]));
  const beslutLabel = new Map(
    beslut.map((b) => {
      const a = arendeById.get(b.arende_id);
      // Each beslut by its own §: an återremiss and the later bifall of the same ärende are told apart.
      return [String(b.id), a ? beteckning(a.diarienummer, settings.namndForkortning, b.paragraf) : `nr ${b.id}`];
    }),
  );
  const describe = (entity: string, entityId: string, action: string): string => {
    switch (entity) {
      case 'insats':
        return `Insatsen: ${action}`;
      case 'insats_version':
        return `Version ${versionNo.get(entityId) ?? entityId}: ${action}`;
      case 'arende':
        return `Ärende ${arendeById.get(Number(entityId))?.diarienummer ?? entityId}: ${action}`;
      case 'beslut':
        return `Beslut ${beslutLabel.get(entityId) ?? entityId}: ${action}`;
      case 'aterrapportering':
        return `Återrapportering: ${action}`;
      case 'rka':
        return `Risk- och konsekvensanalys: ${action}`;
      default:
        return `${entity}: ${action}`;
    }
  };
  return rows.map((r) => {
    const { before, after, ...entry } = auditEntryOf(r);
    // The beskrivning before the JSON payloads: the order of the exported JSON file's fields.
    return { ...entry, beskrivning: describe(r.entity, r.entity_id, r.action), before, after };
  });
}

export const AUDIT_CSV_COLUMNS = ['Löpnummer', 'Tid', 'Vem', 'Användarkonto', 'Vad', 'Händelse', 'Objekt', 'Objektets id', 'Ändrat', 'Före', 'Efter'] as const;

/** Readable in Excel: the changed fields and the before/after values as "fält: värde" lines, never raw JSON (the JSON export has the data). */
function auditCsv(entries: InsatsAuditEntry[]): string {
  const rows = entries.map((e) => [
    e.id,
    e.at,
    e.actor,
    e.osUser,
    e.beskrivning,
    e.action,
    e.entity,
    e.entityId,
    changedFieldsText(e.before, e.after),
    readableAuditValue(e.before),
    readableAuditValue(e.after),
  ]);
  return '\uFEFF' + [AUDIT_CSV_COLUMNS, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

export async function exportInsatsAudit(ctx: ServiceContext, input: { insatsId: number; format: 'csv' | 'json' }): Promise<GeneratedFile> {
  const entries = await insatsAudit(ctx, input);
  const latest = await ctx.db
    .selectFrom('insats_version as v')
    .innerJoin('insats as i', 'i.id', 'v.insats_id')
    .select(['v.namn', 'i.nummer'])
    .where('v.insats_id', '=', input.insatsId)
    .orderBy('v.version_no', 'desc')
    .executeTakeFirstOrThrow();
  const stem = `granskningslogg ${latest.nummer ?? ''} ${latest.namn} ${ctx.today()}`;
  if (input.format === 'csv') return generatedFile(stem, 'csv', auditCsv(entries));
  const document = {
    insats: { insatsId: input.insatsId, nummer: latest.nummer, namn: latest.namn },
    exporterad: ctx.now().toISOString(),
    exporteradAv: await currentActor(ctx.db),
    poster: entries,
  };
  return generatedFile(stem, 'json', JSON.stringify(document, null, 2));
}
