// Each database file knows who it is: a random id kept in its settings (key `databasId`). A backup is a copy
// and carries the id, so the backups of two databases that share a folder (backups/ beside the file) tell
// themselves apart even when the file names say nothing.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';

export const DATABASE_ID_KEY = 'databasId';

/** The id of the open database; given to it the first time (settings values are JSON). */
export function ensureDatabaseId(sqlite: BetterSqlite3.Database): string {
  const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(DATABASE_ID_KEY) as { value: string } | undefined;
  if (row) return JSON.parse(row.value) as string;
  const id = randomUUID();
  sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(DATABASE_ID_KEY, JSON.stringify(id));
  return id;
}

/** What a backup file holds: its database id (null for a copy taken before ids existed) and how much. */
export interface BackupContents {
  databasId: string | null;
  insatser: number | null;
  beslut: number | null;
}

export function readBackupContents(file: string): BackupContents {
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
    return contentsOf(sqlite);
  } catch {
    return { databasId: null, insatser: null, beslut: null };
  } finally {
    sqlite?.close();
  }
}

export function contentsOf(sqlite: BetterSqlite3.Database): BackupContents {
  const count = (table: string) => {
    try {
      return (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    } catch {
      return null;
    }
  };
  let databasId: string | null = null;
  try {
    const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(DATABASE_ID_KEY) as { value: string } | undefined;
    databasId = row ? (JSON.parse(row.value) as string) : null;
  } catch {
    databasId = null;
  }
  return { databasId, insatser: count('insats'), beslut: count('beslut') };
}
