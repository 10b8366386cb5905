// SQLite online backups kept in a "backups" folder beside the database file.
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

export function backupsDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/** Writes a consistent copy of the open database; returns its path. */
export async function backupDatabase(
  sqlite: BetterSqlite3.Database,
  dbFile: string,
  reason: string,
  now: Date,
  outFile?: string,
): Promise<string> {
  const target =
    outFile ?? path.join(backupsDir(dbFile), `${path.basename(dbFile, path.extname(dbFile))}-${stamp(now)}-${reason}.db`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  await sqlite.backup(target);
  return target;
}

export interface BackupFile { file: string; name: string; size: number; createdAt: string }

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

/** Keeps the newest `keep` backups of this database file. */
export function pruneBackups(dbFile: string, keep: number): void {
  const prefix = path.basename(dbFile, path.extname(dbFile)) + '-';
  listBackups(dbFile)
    .filter((b) => b.name.startsWith(prefix))
    .slice(Math.max(keep, 1))
    .forEach((b) => fs.rmSync(b.file, { force: true }));
}
