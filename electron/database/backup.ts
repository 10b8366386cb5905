// SQLite online backups kept in a "backups" folder beside the database file.
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/** The reason in a backup's name; safety copies taken before a restore are never pruned. */
export type BackupReason = 'start' | 'fore-migrering' | 'manuell' | 'fore-aterstallning';
export const SAFETY_COPY_REASON: BackupReason = 'fore-aterstallning';

export function backupsDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

export function backupStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Where a backup of `dbFile` taken at `now` for `reason` is written. */
export function backupPath(dbFile: string, reason: BackupReason, now: Date): string {
  return path.join(backupsDir(dbFile), `${path.basename(dbFile, path.extname(dbFile))}-${backupStamp(now)}-${reason}.db`);
}

/**
 * Writes a consistent copy of the open database; returns its path. The copy is written beside its
 * final name and renamed when complete, so a crash never leaves a half backup that looks whole.
 */
export async function backupDatabase(sqlite: BetterSqlite3.Database, dbFile: string, reason: BackupReason, now: Date, outFile?: string): Promise<string> {
  const target = path.resolve(outFile ?? backupPath(dbFile, reason, now));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.delvis`;
  try {
    await sqlite.backup(partial);
    fs.renameSync(partial, target);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return target;
}

export interface BackupFile {
  file: string;
  name: string;
  size: number;
  createdAt: string;
}

/** The backups in the folder beside `dbFile`, newest first (the names carry the time). */
export function listBackups(dbFile: string): BackupFile[] {
  const dir = backupsDir(dbFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.db'))
    .map((name) => {
      const file = path.join(dir, name);
      const stat = fs.statSync(file);
      return { file, name, size: stat.size, createdAt: stat.mtime.toISOString() };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** The backups of this very database file (the folder may be shared by several files). */
export function ownBackups(dbFile: string): BackupFile[] {
  const prefix = path.basename(dbFile, path.extname(dbFile)) + '-';
  return listBackups(dbFile).filter((b) => b.name.startsWith(prefix) && /^\d{4}-\d{2}-\d{2}T/.test(b.name.slice(prefix.length)));
}

/**
 * Keeps the newest `keep` backups of this database file. Safety copies taken before a restore are kept:
 * they may be the only copy of a file that was replaced.
 */
export function pruneBackups(dbFile: string, keep: number): void {
  ownBackups(dbFile)
    .filter((b) => !b.name.endsWith(`-${SAFETY_COPY_REASON}.db`))
    .slice(Math.max(keep, 1))
    .forEach((b) => fs.rmSync(b.file, { force: true }));
}
