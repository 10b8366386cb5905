// Settings are key/value rows holding JSON; unknown keys fall back to the defaults. A save writes every
// key with the save's revision (0017), so the settings' revision is the highest among their keys.
import { DEFAULT_SETTINGS, type Settings } from '../../shared/api/settings-contract';
import { recordAudit } from './audit';
import { write, type ServiceContext, type Trx } from './context';
import { refuseIfStale } from './revision';

/** The settings' own keys; other rows of the table (the database's identity, the last copy) are not part of them. */
const KEYS = (Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>).filter((k) => k !== 'revision');

export async function readSettings(db: Trx): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().where('key', 'in', KEYS).execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  const merged = { ...DEFAULT_SETTINGS };
  for (const key of KEYS) {
    if (key in stored) (merged as Record<string, unknown>)[key] = stored[key];
  }
  merged.revision = Math.max(0, ...rows.map((r) => Number(r.revision)));
  return merged;
}

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  return readSettings(ctx.db);
}

export async function updateSettings(ctx: ServiceContext, input: Partial<Settings>): Promise<Settings> {
  const { revision: basedOn, ...patch } = input;
  return write(ctx, async (trx) => {
    const before = await readSettings(trx);
    await refuseIfStale(trx, { audit: { entity: 'installningar', entityId: 'app' }, what: 'inställningarna' }, basedOn, before.revision);
    const after: Settings = { ...before, ...patch, revision: before.revision + 1 };
    after.konfigurerad = Boolean(after.kommun && after.namnd && after.anvandare);
    for (const key of KEYS) {
      const value = JSON.stringify(after[key]);
      await trx
        .insertInto('settings')
        .values({ key, value, revision: after.revision })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, revision: after.revision }))
        .execute();
    }
    await recordAudit(trx, ctx, { entity: 'installningar', entityId: 'app', action: 'uppdatera', before, after });
    return after;
  });
}
