// Settings are key/value rows holding JSON; unknown keys fall back to the defaults.
import { DEFAULT_SETTINGS, type Settings } from '../../shared/api/settings-contract';
import { recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';

export async function readSettings(db: Trx): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
    if (key in stored) (merged as Record<string, unknown>)[key] = stored[key];
  }
  return merged;
}

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  return readSettings(ctx.db);
}

export async function updateSettings(ctx: ServiceContext, patch: Partial<Settings>): Promise<Settings> {
  return write(ctx, async (trx) => {
    const before = await readSettings(trx);
    const after: Settings = { ...before, ...patch };
    after.konfigurerad = Boolean(after.kommun && after.namnd && after.anvandare);
    for (const [key, value] of Object.entries(after)) {
      await trx
        .insertInto('settings')
        .values({ key, value: JSON.stringify(value) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
        .execute();
    }
    await recordAudit(trx, ctx, { entity: 'installningar', entityId: 'app', action: 'uppdatera', before, after });
    return after;
  });
}
