// What the user is told when the database cannot be opened, the same in the app's dialog, the browser
// mode and the CLI: why, and, for a damaged file, the latest backup that passes every check and the
// exact command that restores it (the damaged file is kept as a copy first, never overwritten blindly).
import path from 'node:path';
import { backupsDir, ownBackups, type BackupFile } from './backup';
import { DatabaseRefusedError } from './errors';
import { verifyBackupFile } from './restore';
import { whereIsTheLog } from '../logging/log';

/** The newest backup of `dbFile` that is intact and from this version of the app, or null. */
export function latestGoodBackup(dbFile: string, migrationsDir: string): BackupFile | null {
  for (const backup of ownBackups(dbFile)) {
    try {
      verifyBackupFile(backup.file, migrationsDir);
      return backup;
    } catch {
      // a damaged or too new copy is skipped; the next older one may be good
    }
  }
  return null;
}

export interface RecoveryOffer {
  /** The whole Swedish text: what is wrong, and what the user can do. */
  message: string;
  /** The backup to offer, when restoring one is the right remedy. */
  backup: BackupFile | null;
}

function quote(p: string): string {
  return `"${p.replace(/"/g, '\\"')}"`;
}

export function restoreCommandLine(dbFile: string, backupFile: string): string {
  return `npm run iub -- restore ${quote(backupFile)} --db ${quote(dbFile)}`;
}

/** Builds what to tell the user when opening `dbFile` failed with `error`. */
export function recoveryOffer(dbFile: string, error: unknown, migrationsDir: string): RecoveryOffer {
  const reason = error instanceof Error ? error.message : String(error);
  const kind = error instanceof DatabaseRefusedError ? error.kind : 'other';
  if (kind !== 'damaged') return { message: reason, backup: null };
  const backup = latestGoodBackup(dbFile, migrationsDir);
  if (!backup) {
    return {
      message: `${reason}\nDet finns ingen felfri säkerhetskopia i ${backupsDir(dbFile)}. Kontakta IT-stöd; filen är orörd. ${whereIsTheLog()}`,
      backup: null,
    };
  }
  return {
    message: [
      reason,
      `Senaste felfria säkerhetskopia: ${backup.name} (${backup.createdAt.slice(0, 16).replace('T', ' ')}), i ${path.dirname(backup.file)}.`,
      `Återställ den med: ${restoreCommandLine(path.resolve(dbFile), backup.file)}`,
      'Den skadade filen sparas först som en kopia i samma mapp.',
    ].join('\n'),
    backup,
  };
}
