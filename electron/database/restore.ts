// Restoring a backup: the backup is checked first, a byte-exact copy of the current file is kept, the
// file must not be open in another program, and the backup is written beside the file and renamed
// over it only when complete (never a half-copied file).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabaseFile, integrityProblems } from './open-database';
import { DatabaseRefusedError } from './errors';
import { pendingMigrations, readMigrations, schemaVersion } from './migrator';
import { buildSchemaSnapshots, describeObjects, readSchemaSnapshots, schemaDifference, schemaOf } from './schema-snapshot';
import { backupPath, SAFETY_COPY_REASON } from './backup';

/** Throws DatabaseRefusedError unless `file` is an intact IUB-katalogen database this app can open. */
export function verifyBackupFile(file: string, migrationsDir: string): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new DatabaseRefusedError(`Säkerhetskopian ${path.basename(file)} finns inte.`, 'other');
  checkDatabaseFile(file);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = integrityProblems(db);
    if (problems.length > 0) throw new DatabaseRefusedError(`Säkerhetskopian ${path.basename(file)} är skadad och återställs inte.`, 'damaged');
    const hasHistory = db.prepare("SELECT name FROM sqlite_master WHERE name = 'schema_migrations'").get();
    if (!hasHistory) throw new DatabaseRefusedError(`${path.basename(file)} är ingen IUB-katalogen-databas.`, 'foreign');
    pendingMigrations(db, readMigrations(migrationsDir)); // throws when the copy is from a newer version
    assertSchemaMatches(db, path.basename(file), migrationsDir);
  } catch (error) {
    if (error instanceof DatabaseRefusedError) throw error;
    throw new DatabaseRefusedError(`${path.basename(file)} kan inte läsas som en säkerhetskopia: ${(error as Error).message}`, 'damaged');
  } finally {
    db?.close();
  }
}

/**
 * The copy's tables, indexes and triggers must be exactly what its migration version produces (the
 * snapshot kept in the repository): a file with the app's tables dropped or the audit log's triggers
 * removed passes the integrity check but is no backup of ours.
 */
function assertSchemaMatches(db: Database.Database, name: string, migrationsDir: string): void {
  const version = String(schemaVersion(db));
  let expected: string[] | undefined;
  try {
    expected = readSchemaSnapshots(migrationsDir)[version];
  } catch {
    expected = undefined;
  }
  // a snapshot file that is missing or stale: the same schema, built from the migrations themselves
  expected ??= buildSchemaSnapshots(migrationsDir)[version];
  const difference = schemaDifference(schemaOf(db), expected ?? []);
  if (!difference) return;
  const parts = [
    difference.missing.length > 0 ? `saknar ${describeObjects(difference.missing)}` : '',
    difference.extra.length > 0 ? `har främmande ${describeObjects(difference.extra)}` : '',
  ].filter(Boolean);
  throw new DatabaseRefusedError(
    `Säkerhetskopian ${name} har inte den databasstruktur som schemaversion ${version} ska ha (${parts.join('; ')}) och återställs inte. Inget har ändrats.`,
    'damaged',
  );
}

const IN_USE_MESSAGE =
  'Databasen är öppen i ett annat program (appen, webbläsarläget eller kommandoraden). Stäng det först och försök igen; inget har ändrats.';

/**
 * Refuses when another connection has the file open. Leaving WAL mode needs the only connection, so
 * the attempt fails with SQLITE_BUSY while the app, the browser mode or the CLI holds the file; a
 * process writing into the file we are about to replace would otherwise lose its writes.
 */
export function assertNotInUse(file: string): void {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new DatabaseRefusedError(IN_USE_MESSAGE, 'in_use');
    // A damaged or foreign file cannot be opened by the app either, so nobody is writing to it.
  } finally {
    db?.close();
  }
}

/** A byte-exact copy of the file (and its write-ahead log), so even a damaged file is kept as it was. */
function keepSafetyCopy(targetFile: string, now: Date): string {
  const safety = backupPath(targetFile, SAFETY_COPY_REASON, now);
  fs.mkdirSync(path.dirname(safety), { recursive: true });
  fs.copyFileSync(targetFile, safety);
  if (fs.existsSync(`${targetFile}-wal`)) fs.copyFileSync(`${targetFile}-wal`, `${safety}-wal`);
  return safety;
}

function fsyncFile(file: string) {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies `backupFile` over the (closed) database `targetFile`. Returns the path of the safety copy
 * taken of the current file first, or null when there was no current file.
 */
export async function restoreFromBackup(targetFile: string, backupFile: string, migrationsDir: string, now: Date): Promise<string | null> {
  verifyBackupFile(backupFile, migrationsDir);
  if (path.resolve(targetFile) === path.resolve(backupFile)) throw new DatabaseRefusedError('Filen kan inte återställas från sig själv.', 'other');
  let safety: string | null = null;
  if (fs.existsSync(targetFile) && fs.statSync(targetFile).size > 0) {
    safety = keepSafetyCopy(targetFile, now);
    try {
      assertNotInUse(targetFile);
    } catch (error) {
      fs.rmSync(safety, { force: true });
      fs.rmSync(`${safety}-wal`, { force: true });
      throw error;
    }
  }
  const incoming = `${targetFile}.aterstalls`;
  fs.rmSync(incoming, { force: true });
  try {
    const source = new Database(backupFile, { readonly: true, fileMustExist: true });
    try {
      await source.backup(incoming);
    } finally {
      source.close();
    }
    fsyncFile(incoming);
    // The restored file must not be mixed with the old file's write-ahead log.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${targetFile}${suffix}`, { force: true });
    fs.renameSync(incoming, targetFile);
  } finally {
    fs.rmSync(incoming, { force: true });
  }
  return safety;
}
