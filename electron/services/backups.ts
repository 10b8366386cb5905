// Backups and restore from Inställningar; the audit trail for reading (it is never edited).
import path from 'node:path';
import { ServiceError } from '../../shared/api/envelope';
import { backupDatabase, backupsDir, listBackups, pruneBackups } from '../database/backup';
import { DatabaseRefusedError } from '../database/errors';
import { requireLocalFile } from '../database/dialect';
import { ensureDatabaseId, readBackupContents } from '../database/identity';
import type { ServiceContext } from './context';
import { readSettings } from './settings';
import { auditEntryOf, recordAudit } from './audit';

/**
 * The backups of this database only: the folder beside the file may be shared by another database. A backup
 * carries the id of the database it was taken of; one taken before ids existed counts as ours when its name
 * starts with our file's name.
 */
function ownBackupsOf(ctx: ServiceContext) {
  const id = ensureDatabaseId(requireLocalFile(ctx.sqlite));
  const prefix = `${path.basename(ctx.file, path.extname(ctx.file))}-`;
  return listBackups(ctx.file)
    .map((b) => ({ ...b, contents: readBackupContents(b.file) }))
    .filter((b) => (b.contents.databasId === null ? b.name.startsWith(prefix) : b.contents.databasId === id));
}

export function getBackups(ctx: ServiceContext) {
  if (ctx.sqlite === null) return []; // the shared database's backups are IT's (see requireLocalFile)
  return ownBackupsOf(ctx).map(({ name, size, createdAt, contents }) => ({ name, size, createdAt, insatser: contents.insatser, beslut: contents.beslut }));
}

/** How many insatser and beslut the open database holds (the restore confirmation shows them beside the backup's). */
export async function currentContents(ctx: ServiceContext): Promise<{ insatser: number | null; beslut: number | null }> {
  const count = async (table: 'insats' | 'beslut') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { insatser: await count('insats'), beslut: await count('beslut') };
}

export async function createBackup(ctx: ServiceContext) {
  let sqlite;
  try {
    sqlite = requireLocalFile(ctx.sqlite);
  } catch (error) {
    throw new ServiceError('refused', (error as Error).message);
  }
  const file = await backupDatabase(sqlite, ctx.file, 'manuell', ctx.now());
  pruneBackups(ctx.file, (await readSettings(ctx.db)).antalSakerhetskopior);
  return (
    getBackups(ctx).find((b) => b.name === path.basename(file)) ?? {
      name: path.basename(file),
      size: 0,
      createdAt: ctx.now().toISOString(),
      insatser: null,
      beslut: null,
    }
  );
}

export async function restoreBackup(ctx: ServiceContext, input: { name: string }) {
  if (!ctx.restore) throw new ServiceError('refused', 'Återställning stöds inte här. Använd "npm run iub -- restore FIL".');
  if (ctx.sqlite === null)
    throw new ServiceError('refused', 'Den gemensamma databasen återställs av IT (pg_dump, återställning till en tidpunkt), inte i programmet.');
  const file = path.join(backupsDir(ctx.file), input.name);
  if (!listBackups(ctx.file).some((b) => b.name === input.name)) throw new ServiceError('not_found', 'Säkerhetskopian finns inte.');
  if (!ownBackupsOf(ctx).some((b) => b.name === input.name)) {
    throw new ServiceError(
      'refused',
      'Säkerhetskopian är tagen av en annan databas i samma mapp och återställs inte här. Öppna den databasen för att återställa den, eller använd kommandoraden med --annan-databas om du verkligen vill ersätta den här databasen med den.',
    );
  }
  try {
    const { safetyCopy } = await ctx.restore(file);
    await ctx.db.transaction().execute((trx) =>
      recordAudit(trx, ctx, {
        entity: 'databas',
        entityId: 'app',
        action: 'återställ',
        after: { från: input.name, kopiaFöre: safetyCopy && path.basename(safetyCopy) },
      }),
    );
    return { restoredFrom: input.name, safetyCopy: safetyCopy && path.basename(safetyCopy) };
  } catch (error) {
    if (error instanceof DatabaseRefusedError) throw new ServiceError('refused', error.message);
    throw error;
  }
}

export async function listAudit(ctx: ServiceContext, input: { entity?: string; entityId?: string; limit: number }) {
  let q = ctx.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(input.limit);
  if (input.entity) q = q.where('entity', '=', input.entity);
  if (input.entityId) q = q.where('entity_id', '=', input.entityId);
  return (await q.execute()).map(auditEntryOf);
}
