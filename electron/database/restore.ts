// Restoring a backup: the backup is checked first, the current file is backed up, and only then is
// the backup copied in through SQLite's online backup (never a half-copied file).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabaseFile } from './open-database';
import { DatabaseRefusedError } from './errors';
import { pendingMigrations, readMigrations } from './migrator';
import { backupsDir } from './backup';

/** Throws DatabaseRefusedError unless `file` is an intact IUB-katalogen database this app can open. */
export function verifyBackupFile(file: string, migrationsDir: string): void {
  if (!fs.existsSync(file)) throw new DatabaseRefusedError(`Säkerhetskopian ${path.basename(file)} finns inte.`);
  checkDatabaseFile(file);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new DatabaseRefusedError(`Säkerhetskopian ${path.basename(file)} är skadad och återställs inte.`);
    const hasHistory = db.prepare("SELECT name FROM sqlite_master WHERE name = 'schema_migrations'").get();
    if (!hasHistory) throw new DatabaseRefusedError(`${path.basename(file)} är ingen IUB-katalogen-databas.`);
    pendingMigrations(db, readMigrations(migrationsDir)); // throws when the copy is from a newer version
  } catch (error) {
    if (error instanceof DatabaseRefusedError) throw error;
    throw new DatabaseRefusedError(`${path.basename(file)} kan inte läsas som en säkerhetskopia: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/**
 * Copies `backupFile` over the (closed) database `targetFile`. Returns the path of the safety copy
 * taken of the current file first.
 */
export async function restoreFromBackup(targetFile: string, backupFile: string, migrationsDir: string, now: Date): Promise<string | null> {
  verifyBackupFile(backupFile, migrationsDir);
  if (path.resolve(targetFile) === path.resolve(backupFile)) throw new DatabaseRefusedError('Filen kan inte återställas från sig själv.');
  let safety: string | null = null;
  if (fs.existsSync(targetFile) && fs.statSync(targetFile).size > 0) {
    // A plain byte copy, so even a damaged file is kept exactly as it was (with its WAL, if any).
    safety = path.join(backupsDir(targetFile), `${path.basename(targetFile, path.extname(targetFile))}-${now.toISOString().replace(/[:.]/g, '-')}-fore-aterstallning.db`);
    fs.mkdirSync(path.dirname(safety), { recursive: true });
    fs.copyFileSync(targetFile, safety);
    if (fs.existsSync(`${targetFile}-wal`)) fs.copyFileSync(`${targetFile}-wal`, `${safety}-wal`);
  }
  // The restored file must not be mixed with the old file's write-ahead log.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${targetFile}${suffix}`, { force: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(targetFile);
  } finally {
    source.close();
  }
  return safety;
}
