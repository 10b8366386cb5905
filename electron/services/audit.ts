// The audit trail: every write records who, when and what, inside the write's own transaction.
import type { Selectable } from 'kysely';
import type { AuditEntryDto } from '../../shared/api/audit-contract';
import type { AuditLogTable } from '../database/schema';
import type { ServiceContext, Trx } from './context';

export interface AuditEntry {
  entity: string;
  entityId: number | string;
  action: string;
  before?: unknown;
  after?: unknown;
}

async function actorName(trx: Trx): Promise<string> {
  const row = await trx.selectFrom('settings').select('value').where('key', '=', 'anvandare').executeTakeFirst();
  const name = row ? (JSON.parse(row.value) as string) : '';
  return name || 'Okänd användare';
}

export async function recordAudit(trx: Trx, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at: ctx.now().toISOString(),
      actor: await actorName(trx),
      os_user: ctx.osUser,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      action: entry.action,
      before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
      after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

export async function currentActor(trx: Trx): Promise<string> {
  return actorName(trx);
}

/** One row of the trail as the API gives it, with before and after read back from their JSON. */
export function auditEntryOf(row: Selectable<AuditLogTable>): AuditEntryDto {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    osUser: row.os_user,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    before: parseJson(row.before_json),
    after: parseJson(row.after_json),
  };
}

/** recordAudit writes JSON or null; anything else is shown as the text it is rather than refused. */
function parseJson(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}
