// Opens (and if needed creates and migrates) the SQLite file the app runs on.
// The file is checked before anything is written to it: a damaged or foreign file is never touched.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { createDialect, isDiskFullError } from './sqlite-dialect';
import { DatabaseRefusedError, STORAGE_MESSAGES, storageErrorMessage } from './errors';
import { applyMigrations, migrationOwnership, pendingMigrations, readMigrations } from './migrator';
import { backupDatabase, pruneBackups } from './backup';
import type { Database as Schema } from './schema';

export interface OpenOptions {
  file: string;
  migrationsDir: string;
  /**
   * Take an automatic backup at start and before migrations (default on for real files), keeping the
   * number set in Inställningar (antalSakerhetskopior), or `keep` when the file has no such setting.
   */
  backups?: { keep: number; /** false: only before migrations (short CLI commands) */ atStart?: boolean } | false;
  now?: () => Date;
}

export interface OpenDatabase {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<Schema>;
  /** Versions applied by this open, empty when the file was up to date. */
  migrated: number[];
  /** Things the user should know that did not stop the open (a start backup that could not be taken). */
  warnings: string[];
  close(): Promise<void>;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Refuses files that are not SQLite databases or are cut short, before SQLite opens them. */
export function checkDatabaseFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new DatabaseRefusedError(STORAGE_MESSAGES.directory(path.basename(file)), 'other');
  const size = stat.size;
  if (size === 0) return; // an empty file becomes a new database
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(fd, header, 0, 100, 0);
    if (read < 100 || !header.subarray(0, 16).equals(SQLITE_HEADER)) {
      throw new DatabaseRefusedError(
        `Filen ${path.basename(file)} är ingen IUB-katalogen-databas (inte en SQLite-fil) och har inte ändrats. Kontrollera att du valt rätt fil.`,
        'foreign',
      );
    }
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    // SQLite trusts the size in the header only while the change counter matches "version valid for";
    // and while a write-ahead log is beside the file, pages may still be on their way from it (after a
    // crash or a full disk during a checkpoint). integrity_check judges those files once SQLite opens them.
    const headerSizeValid = pageCount > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
    const walPending = fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0;
    if (size % pageSize !== 0 || (headerSizeValid && !walPending && size < pageCount * pageSize)) {
      throw new DatabaseRefusedError(`Databasfilen ${path.basename(file)} är avkortad eller skadad och har inte ändrats.`, 'damaged');
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** What integrity_check and foreign_key_check find; SQLite's own "corrupt" errors count as findings. */
export function integrityProblems(sqlite: BetterSqlite3.Database): string[] {
  try {
    const integrity = sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const problems = integrity.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const fk = sqlite.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) problems.push(`${fk.length} rader bryter mot främmande nycklar`);
    return problems;
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return [(error as Error).message];
    throw error;
  }
}

/** The number of automatic backups the user chose (Inställningar), read before any migration runs. */
function storedBackupCount(sqlite: BetterSqlite3.Database): number | null {
  try {
    const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'settings'").get();
    if (!table) return null;
    const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'antalSakerhetskopior'").get() as { value: string } | undefined;
    const value = row ? Number(JSON.parse(row.value)) : NaN;
    return Number.isInteger(value) && value >= 1 ? value : null;
  } catch {
    return null; // an unreadable setting is no reason to stop; the default count applies
  }
}

/** Another program's SQLite file: refused in words that are true (nothing was written, nothing backed up). */
export function foreignDatabaseMessage(file: string): string {
  return `Filen ${path.basename(file)} är en SQLite-databas men ingen IUB-katalogen-databas (den saknar programmets migreringshistorik) och har inte ändrats. Kontrollera att du valt rätt fil.`;
}

export async function openDatabase(options: OpenOptions): Promise<OpenDatabase> {
  const now = options.now ?? (() => new Date());
  const inMemory = options.file === ':memory:';
  let sqlite: BetterSqlite3.Database;
  let existed: boolean;
  try {
    if (!inMemory) {
      fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
      checkDatabaseFile(options.file);
    }
    existed = !inMemory && fs.existsSync(options.file) && fs.statSync(options.file).size > 0;
    sqlite = new Database(options.file);
  } catch (error) {
    throw explainOpenError(error, options.file);
  }
  try {
    sqlite.pragma('busy_timeout = 5000');
    if (existed) {
      const problems = integrityProblems(sqlite);
      if (problems.length > 0) {
        throw new DatabaseRefusedError(
          `Databasen ${path.basename(options.file)} är skadad och har inte ändrats (${problems.slice(0, 3).join('; ')}).`,
          'damaged',
        );
      }
      // Before the first write (the journal-mode switch included): only an empty file or our own.
      if (migrationOwnership(sqlite) === 'foreign') throw new DatabaseRefusedError(foreignDatabaseMessage(options.file), 'foreign');
      // the same exact-prefix check the migrator makes, read-only here, so a newer file is refused untouched
      if (sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get())
        pendingMigrations(sqlite, readMigrations(options.migrationsDir));
      if (sqlite.readonly || !isWritable(options.file)) throw new DatabaseRefusedError(STORAGE_MESSAGES.readOnly(path.basename(options.file)), 'other');
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');

    const files = readMigrations(options.migrationsDir);
    const pending = pendingMigrations(sqlite, files);
    const backups = options.backups ?? (inMemory ? false : { keep: 10 });
    const warnings: string[] = [];
    if (backups && existed && (pending.length > 0 || backups.atStart !== false)) {
      try {
        await backupDatabase(sqlite, options.file, pending.length > 0 ? 'fore-migrering' : 'start', now());
        pruneBackups(options.file, storedBackupCount(sqlite) ?? backups.keep);
      } catch (error) {
        const why = isDiskFullError(error) ? 'disken är full' : (error as Error).message;
        // Never migrate without a copy to go back to; a start backup that fails does not keep the
        // user from reading the catalogue (the file itself is intact, checked above).
        if (pending.length > 0) {
          throw new DatabaseRefusedError(
            `Databasen behöver uppgraderas, men ingen säkerhetskopia kunde tas först (${why}). Inget har ändrats. Frigör utrymme och starta igen.`,
            'other',
          );
        }
        warnings.push(`Ingen säkerhetskopia kunde tas vid start: ${why}.`);
        console.warn(warnings.at(-1));
      }
    }
    const migrated = applyMigrations(sqlite, pending, now().toISOString());
    const db = new Kysely<Schema>({ dialect: createDialect(sqlite) });
    return {
      file: options.file,
      sqlite,
      db,
      migrated,
      warnings,
      async close() {
        await db.destroy();
        // Kysely closes the handle only if a query ever ran through it; a file left open would keep
        // others from restoring over it and leak a descriptor.
        if (sqlite.open) sqlite.close();
      },
    };
  } catch (error) {
    sqlite.close();
    throw explainOpenError(error, options.file);
  }
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK); // the write-ahead log goes beside it
    return true;
  } catch {
    return false;
  }
}

/** SQLite's own errors while opening, in words a secretary can act on; the file is left as it was. */
function explainOpenError(error: unknown, file: string): unknown {
  if (error instanceof DatabaseRefusedError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_READONLY') || code === 'EACCES' || code === 'EPERM' || code === 'EISDIR' || code === 'EROFS') {
    return new DatabaseRefusedError(storageErrorMessage(error, file)!, 'other');
  }
  if (isDiskFullError(error) || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return new DatabaseRefusedError(
      `Databasen ${path.basename(file)} kan inte öppnas: disken är full eller går inte att skriva till (${code}). Frigör utrymme och försök igen; filen har inte ändrats.`,
      'other',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DatabaseRefusedError(`Databasen ${path.basename(file)} är upptagen av ett annat program just nu. Försök igen om en stund.`, 'in_use');
  }
  return error;
}
