// Import profiles (migration 0015): the review screen's mapping choices saved per kommun, so that the
// next document from the same kommun is read with them and imports without a click.
import { importProfileSchema, isEmptyProfile, type AppliedProfile, type ImportProfile } from '../../shared/import/import-profile';
import { recordAudit } from './audit';
import type { ServiceContext, Trx } from './context';
import type { Kysely } from 'kysely';
import type { Database } from '../database/schema';

export const kommunKey = (kommun: string) => kommun.trim().toLocaleLowerCase('sv-SE');

/** The saved profile of a kommun, or null; a row that no longer reads as a profile counts as none. */
export async function loadImportProfile(db: Kysely<Database> | Trx, kommun: string): Promise<AppliedProfile | null> {
  const key = kommunKey(kommun);
  if (!key) return null;
  const row = await db.selectFrom('import_profile').selectAll().where('kommun_key', '=', key).executeTakeFirst();
  if (!row) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(row.profile);
  } catch {
    return null;
  }
  const parsed = importProfileSchema.safeParse(raw);
  return parsed.success ? { kommun: row.kommun, profile: parsed.data } : null;
}

/** Saves (or, when it holds no choices, removes) a kommun's profile, in the caller's transaction. */
export async function saveImportProfileInTrx(trx: Trx, ctx: ServiceContext, kommun: string, profile: ImportProfile): Promise<void> {
  const key = kommunKey(kommun);
  if (!key) return;
  const before = await loadImportProfile(trx, kommun);
  const same = before !== null && JSON.stringify(before.profile) === JSON.stringify(profile);
  if (same || (before === null && isEmptyProfile(profile))) return;
  if (isEmptyProfile(profile)) await trx.deleteFrom('import_profile').where('kommun_key', '=', key).execute();
  else {
    const values = { kommun: kommun.trim(), profile: JSON.stringify(profile), updated_at: ctx.now().toISOString() };
    if (before) await trx.updateTable('import_profile').set(values).where('kommun_key', '=', key).execute();
    else
      await trx
        .insertInto('import_profile')
        .values({ kommun_key: key, ...values })
        .execute();
  }
  await recordAudit(trx, ctx, {
    entity: 'importprofil',
    entityId: kommun.trim(),
    action: 'spara importprofil',
    before: before?.profile ?? null,
    after: profile,
  });
}
