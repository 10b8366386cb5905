// The audit trail: every write records who, when and what, inside the write's own transaction.
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
