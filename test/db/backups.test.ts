// Backups and restore: automatic backups at start and before migrations keep the number chosen in
// Inställningar, restore (Inställningar through the dispatcher) keeps a copy of the current file first,
// and a damaged file is never touched: the user is offered the latest backup that passes every check.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/database/open-database';
import { backupDatabase, backupsDir, listBackups, ownBackups, pruneBackups } from '../../electron/database/backup';
import { assertNotInUse, restoreFromBackup } from '../../electron/database/restore';
import { latestGoodBackup, recoveryOffer } from '../../electron/database/recovery';
import { startServices } from '../../electron/services/start-services';
import { dispatch } from '../../electron/api/dispatch';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { APP_ROOT, testServices, type TestServices } from '../support/services';
import { tempDir } from '../support/temp';
import { fileContents, contentHash } from '../support/db-content';
import { damagePage } from '../support/damage';

const migrationsDir = path.join(APP_ROOT, 'migrations');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function configured(options: { keep?: number } = {}): Promise<TestServices> {
  const s = await testServices();
  cleanups.push(() => s.cleanup());
  if (options.keep) await s.call('settings/update', { antalSakerhetskopior: options.keep });
  return s;
}

const at = (minute: number) => () => new Date(Date.UTC(2025, 9, 1, 8, minute));

async function reopen(file: string, now: () => Date) {
  const db = await openDatabase({ file, migrationsDir, now });
  await db.close();
}

describe('automatiska säkerhetskopior', () => {
  it('tar en kopia vid varje start och sparar så många som valts i Inställningar', async () => {
    const s = await configured({ keep: 3 });
    await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    await s.close();
    for (let minute = 0; minute < 5; minute++) await reopen(s.file, at(minute));
    const names = ownBackups(s.file).map((b) => b.name);
    expect(names).toEqual(['test-2025-10-01T08-04-00-000Z-start.db', 'test-2025-10-01T08-03-00-000Z-start.db', 'test-2025-10-01T08-02-00-000Z-start.db']);
    // each is a complete copy of the database as it was
    expect(fileContents(ownBackups(s.file)[0].file).insats).toHaveLength(1);
  });

  it('sparar fler när användaren väljer fler', async () => {
    const s = await configured({ keep: 12 });
    await s.close();
    for (let minute = 0; minute < 11; minute++) await reopen(s.file, at(minute));
    expect(ownBackups(s.file)).toHaveLength(11); // the default of 10 does not apply
  });

  it('tar bort aldrig kopian som sparades före en återställning', async () => {
    const s = await configured({ keep: 1 });
    const backup = await s.call('backups/create', {});
    await s.call('backups/restore', { name: backup.name });
    await s.close();
    for (let minute = 0; minute < 3; minute++) await reopen(s.file, at(minute));
    const names = ownBackups(s.file).map((b) => b.name);
    expect(names.filter((n) => !n.endsWith('-fore-aterstallning.db'))).toHaveLength(1);
    expect(names.filter((n) => n.endsWith('-fore-aterstallning.db'))).toHaveLength(1);
  });

  it('tar ingen startkopia för korta kommandon, men alltid före en migrering', async () => {
    const s = await configured();
    await s.close();
    const running = await startServices({ file: s.file, appRoot: APP_ROOT, backups: 'before-migrations' });
    await running.close();
    expect(ownBackups(s.file)).toEqual([]);
    const full = await startServices({ file: s.file, appRoot: APP_ROOT });
    await full.close();
    expect(ownBackups(s.file).map((b) => b.name)).toEqual([expect.stringMatching(/-start\.db$/)]);
  });

  it('lämnar ingen halv säkerhetskopia efter sig och rör inte andra filers kopior', async () => {
    const s = await configured({ keep: 1 });
    const dir = backupsDir(s.file);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'annan-2025-01-01T00-00-00-000Z-start.db'), 'en annan databas');
    await backupDatabase(s.sqlite, s.file, 'manuell', new Date(Date.UTC(2025, 0, 1)));
    await backupDatabase(s.sqlite, s.file, 'manuell', new Date(Date.UTC(2025, 0, 2)));
    pruneBackups(s.file, 1);
    expect(fs.readdirSync(dir).sort()).toEqual(['annan-2025-01-01T00-00-00-000Z-start.db', 'test-2025-01-02T00-00-00-000Z-manuell.db']);
  });
});

describe('återställning från Inställningar', () => {
  it('återställer en kopia och sparar först den nuvarande databasen', async () => {
    const s = await configured();
    await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    const backup = await s.call('backups/create', {});
    expect((await s.call('backups/list', {})).map((b) => b.name)).toContain(backup.name);
    await s.call('insatser/create', { content: emptyInsatsContent('Anhörigstöd') });

    const result = await s.call('backups/restore', { name: backup.name });
    expect(result.restoredFrom).toBe(backup.name);
    expect(result.safetyCopy).toMatch(/-fore-aterstallning\.db$/);

    // the services now run on the restored file
    const names = (await s.call('insatser/list', {})).map((r) => r.namn);
    expect(names).toEqual(['Familjerådgivning']);
    // the copy taken first has what was there before
    const safety = fileContents(path.join(backupsDir(s.file), result.safetyCopy!));
    expect(safety.insats_version.some((r) => r.includes('Anhörigstöd'))).toBe(true);
    // the restore itself is in the audit trail of the restored file
    const audit = await s.call('audit/list', { entity: 'databas' });
    expect(audit[0]).toMatchObject({ action: 'återställ', after: { från: backup.name } });
  });

  it('vägrar en skadad säkerhetskopia och lämnar databasen orörd', async () => {
    const s = await configured();
    await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    const backup = await s.call('backups/create', {});
    damagePage(path.join(backupsDir(s.file), backup.name));
    const before = contentHash(fileContents(s.file));
    const result = await dispatch(s.ctx, 'backups/restore', { name: backup.name }, () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/är skadad och återställs inte/) } });
    expect(contentHash(fileContents(s.file))).toBe(before);
    expect((await s.call('insatser/list', {})).map((r) => r.namn)).toEqual(['Familjerådgivning']); // still running
  });

  it('vägrar namn som inte är en säkerhetskopia i mappen', async () => {
    const s = await configured();
    for (const name of ['../test.db', '/etc/passwd', 'finns-inte.db', 'backups/../../x.db', '..\\test.db']) {
      const result = await dispatch(s.ctx, 'backups/restore', { name }, () => undefined);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(['invalid_input', 'not_found']).toContain(result.error.code);
    }
  });

  it('vägrar återställa medan ett annat program har databasen öppen', async () => {
    const s = await configured();
    const backup = await s.call('backups/create', {});
    await s.call('insatser/create', { content: emptyInsatsContent('Anhörigstöd') });
    const other = new Database(s.file); // as the CLI or a second window would hold it
    other.prepare('SELECT count(*) FROM insats').get();
    const result = await dispatch(s.ctx, 'backups/restore', { name: backup.name }, () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/öppen i ett annat program/) } });
    other.close();
    expect((await s.call('insatser/list', {})).map((r) => r.namn)).toEqual(['Anhörigstöd']);
    expect(ownBackups(s.file).filter((b) => b.name.includes('fore-aterstallning'))).toEqual([]);
    await s.call('backups/restore', { name: backup.name });
    expect(await s.call('insatser/list', {})).toEqual([]);
  });
});

describe('en skadad databasfil', () => {
  async function withBackups() {
    const s = await configured();
    await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    await s.close();
    await reopen(s.file, at(0)); // an automatic start backup, good
    return s.file;
  }

  it('öppnas inte, ändras inte, och den senaste felfria kopian erbjuds', async () => {
    const file = await withBackups();
    await reopen(file, at(1)); // a newer start backup …
    const [newest, older] = ownBackups(file);
    damagePage(newest.file); // … that is itself damaged: it must be skipped
    damagePage(file);
    const bytes = fs.readFileSync(file);
    const error = await openDatabase({ file, migrationsDir }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'damaged', message: expect.stringMatching(/är skadad och har inte ändrats/) });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(ownBackups(file)).toHaveLength(2); // no backup was taken of the damaged file

    expect(latestGoodBackup(file, migrationsDir)?.name).toBe(older.name);
    const offer = recoveryOffer(file, error, migrationsDir);
    expect(offer.backup?.name).toBe(older.name);
    expect(offer.message).toContain(`Senaste felfria säkerhetskopia: ${older.name}`);
    expect(offer.message).toContain(`npm run iub -- restore "${older.file}" --db "${file}"`);

    // what the dialog's button does: the damaged file is kept byte for byte, the good copy restored
    const safety = await restoreFromBackup(file, offer.backup!.file, migrationsDir, new Date(Date.UTC(2025, 9, 2)));
    expect(fs.readFileSync(safety!).equals(bytes)).toBe(true);
    const reopened = await openDatabase({ file, migrationsDir, backups: false });
    expect(reopened.sqlite.prepare('SELECT namn FROM insats_version').all()).toEqual([{ namn: 'Familjerådgivning' }]);
    await reopened.close();
  });

  it('avkortad fil: samma erbjudande', async () => {
    const file = await withBackups();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 1000));
    const error = await openDatabase({ file, migrationsDir }).catch((e: unknown) => e);
    const offer = recoveryOffer(file, error, migrationsDir);
    expect(offer.message).toMatch(/avkortad eller skadad och har inte ändrats/);
    expect(offer.backup).not.toBeNull();
  });

  it('säger tydligt när det inte finns någon felfri kopia', async () => {
    const s = await configured();
    await s.close();
    damagePage(s.file);
    const error = await openDatabase({ file: s.file, migrationsDir }).catch((e: unknown) => e);
    const offer = recoveryOffer(s.file, error, migrationsDir);
    expect(offer.backup).toBeNull();
    expect(offer.message).toMatch(/Det finns ingen felfri säkerhetskopia/);
  });

  it('erbjuder ingen återställning för en fil från en nyare version eller en främmande fil', async () => {
    const file = await withBackups();
    const raw = new Database(file);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_framtid.sql', 'x')").run();
    raw.close();
    const error = await openDatabase({ file, migrationsDir }).catch((e: unknown) => e);
    expect(recoveryOffer(file, error, migrationsDir)).toEqual({ message: expect.stringMatching(/nyare version/), backup: null });
    fs.writeFileSync(file, 'inte en databas'.repeat(20));
    const foreign = await openDatabase({ file, migrationsDir }).catch((e: unknown) => e);
    expect(recoveryOffer(file, foreign, migrationsDir)).toEqual({ message: expect.stringMatching(/inte en SQLite-fil/), backup: null });
  });

  it('kan återställas över en fil som inte ens är SQLite, och kopian av den är byte för byte', async () => {
    const file = await withBackups();
    const good = ownBackups(file)[0];
    fs.writeFileSync(file, 'skräp'.repeat(1000));
    const safety = await restoreFromBackup(file, good.file, migrationsDir, new Date());
    expect(fs.readFileSync(safety!, 'utf8')).toBe('skräp'.repeat(1000));
    expect(fileContents(file).insats).toHaveLength(1);
    expect(fs.existsSync(`${file}.aterstalls`)).toBe(false);
  });
});

describe('upptagen fil', () => {
  it('känner igen en fil som ett annat program har öppen', async () => {
    const dir = tempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'x.db');
    const db = await openDatabase({ file, migrationsDir, backups: false });
    expect(() => assertNotInUse(file)).toThrow(/öppen i ett annat program/);
    await db.close();
    expect(() => assertNotInUse(file)).not.toThrow();
    expect(listBackups(file)).toEqual([]);
  });
});
