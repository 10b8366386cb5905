// When the catalogue was last copied with `iub copy` (into this database), shown in Inställningar beside
// the note that IT keeps the shared database's backups. Kept as a settings row outside the user's settings.
import type { ServiceContext } from './context';

export const LAST_COPY_KEY = 'senasteKopiering';

export interface LastCopy {
  from: string;
  at: string;
}

export async function recordLastCopy(ctx: ServiceContext, copy: LastCopy): Promise<void> {
  const value = JSON.stringify(copy);
  await ctx.db
    .insertInto('settings')
    .values({ key: LAST_COPY_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function readLastCopy(ctx: ServiceContext): Promise<LastCopy | null> {
  const row = await ctx.db.selectFrom('settings').select('value').where('key', '=', LAST_COPY_KEY).executeTakeFirst();
  if (!row) return null;
  try {
    const parsed = JSON.parse(row.value) as LastCopy;
    return typeof parsed.at === 'string' && typeof parsed.from === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
