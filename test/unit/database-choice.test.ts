// Inställningar → Databas in the app (electron/main/database-choice.ts): the choice of a local file or the
// shared PostgreSQL database is kept in the user-data folder, the password only encrypted (Electron's
// safeStorage, here a stand-in that encrypts for real), never in plain text; --db and IUB_DB still win.
// Through the dispatcher: the app offers the choice, the browser mode says the server was started with --db.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHOICE_FILE, createDatabaseChoiceStore, PASSWORD_FILE, sharedDatabaseUrl, type SafeStorageLike } from '../../electron/main/database-choice';
import { tempDir } from '../support/temp';
import { testServices, type TestServices } from '../support/services';

const KEY = crypto.randomBytes(32);
/** Like safeStorage: AES with a key the test holds (the OS key store in the app). */
const safeStorage = (available = true): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString(plain) {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  },
  decryptString(blob) {
    const decipher = crypto.createDecipheriv('aes-256-gcm', KEY, blob.subarray(0, 12));
    decipher.setAuthTag(blob.subarray(12, 28));
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]).toString('utf8');
  },
});

const PASSWORD = 'hemligt@:/#lösen';
const SHARED = { typ: 'gemensam', host: 'pg.kommun.local', port: 5433, databas: 'iub', anvandare: 'anna_s' } as const;

describe('databasvalet i appen', () => {
  it('sparar valet utan lösenord i klartext och öppnar den gemensamma databasen vid start', () => {
    const userData = tempDir();
    const store = createDatabaseChoiceStore({ userData, safeStorage: safeStorage(), env: {} });
    expect(store.state()).toEqual({ erbjuds: true, val: null, styrsAv: null, krypteringFinns: true });
    expect(store.startLocation()).toBeUndefined(); // the default local file

    const state = store.choose({ ...SHARED, losenord: PASSWORD });
    expect(state.val).toEqual({ ...SHARED, harLosenord: true });
    // nothing the user-data folder holds reads as the password
    for (const f of fs.readdirSync(userData)) {
      const bytes = fs.readFileSync(path.join(userData, f));
      expect(bytes.includes(Buffer.from(PASSWORD)), f).toBe(false);
      expect(bytes.includes(Buffer.from('hemligt')), f).toBe(false);
    }
    expect(JSON.parse(fs.readFileSync(path.join(userData, CHOICE_FILE), 'utf8'))).toEqual(SHARED);
    expect(fs.existsSync(path.join(userData, PASSWORD_FILE))).toBe(true);

    // a fresh start reads it back and decrypts the password into the URL only
    const again = createDatabaseChoiceStore({ userData, safeStorage: safeStorage(), env: {} });
    const url = new URL(again.startLocation()!);
    expect(url.protocol).toBe('postgres:');
    expect([url.hostname, url.port, url.pathname, decodeURIComponent(url.username), decodeURIComponent(url.password)]).toEqual([
      'pg.kommun.local',
      '5433',
      '/iub',
      'anna_s',
      PASSWORD,
    ]);

    // a new save without a password keeps the kept one; choosing the local file forgets it
    expect(again.choose({ ...SHARED, port: 5432 }).val).toMatchObject({ port: 5432, harLosenord: true });
    expect(decodeURIComponent(new URL(again.startLocation()!).password)).toBe(PASSWORD);
    expect(again.choose({ typ: 'lokal' })).toMatchObject({ val: { typ: 'lokal' } });
    expect(fs.existsSync(path.join(userData, PASSWORD_FILE))).toBe(false);
    expect(again.startLocation()).toBeUndefined();
  });

  it('vägrar spara ett lösenord när kryptering saknas, och ändrar då ingenting', () => {
    const userData = tempDir();
    const store = createDatabaseChoiceStore({ userData, safeStorage: safeStorage(false), env: {} });
    expect(() => store.choose({ ...SHARED, losenord: PASSWORD })).toThrow(/kan inte sparas krypterat.*i klartext sparas det aldrig/);
    expect(fs.readdirSync(userData)).toEqual([]);
    // without a password (Kerberos, .pgpass) the choice is kept
    expect(store.choose({ ...SHARED }).val).toMatchObject({ harLosenord: false });
    expect(store.startLocation()).toBe('postgres://anna_s@pg.kommun.local:5433/iub');
  });

  it('låter --db och IUB_DB gå före valet', () => {
    const userData = tempDir();
    createDatabaseChoiceStore({ userData, safeStorage: safeStorage(), env: {} }).choose({ ...SHARED });
    const withDb = createDatabaseChoiceStore({ userData, safeStorage: safeStorage(), explicit: '/tmp/egen.db', env: {} });
    expect([withDb.startLocation(), withDb.state().styrsAv]).toEqual(['/tmp/egen.db', '--db']);
    const withEnv = createDatabaseChoiceStore({ userData, safeStorage: safeStorage(), env: { IUB_DB: 'postgres://x@h/iub' } });
    expect([withEnv.startLocation(), withEnv.state().styrsAv]).toEqual(['postgres://x@h/iub', 'IUB_DB']);
  });

  it('bygger adressen med varje del skyddad', () => {
    expect(sharedDatabaseUrl({ host: '::1', port: 5432, databas: 'iub', anvandare: 'a.b@kommun' }, 'p@ss')).toBe(
      'postgres://a.b%40kommun:p%40ss@[::1]:5432/iub',
    );
  });
});

describe('databasvalet genom API:t', () => {
  let s: TestServices | undefined;
  afterEach(async () => s?.cleanup());

  it('erbjuds i appen och vägras i webbläsarläget, med skälet', async () => {
    s = await testServices();
    // the browser mode (no choice in the context)
    expect(await s.call('databas/val', {})).toEqual({ erbjuds: false, val: null, styrsAv: '--db', krypteringFinns: false });
    await expect(s.call('databas/valj', { typ: 'lokal' })).rejects.toThrow(/startades med --db/);
    // the app (main.ts puts the store in the context)
    s.ctx.databaseChoice = createDatabaseChoiceStore({ userData: tempDir(), safeStorage: safeStorage(), env: {} });
    const chosen = await s.call('databas/valj', { ...SHARED, losenord: PASSWORD });
    expect(chosen).toEqual({ erbjuds: true, val: { ...SHARED, harLosenord: true }, styrsAv: null, krypteringFinns: true });
    expect(JSON.stringify(await s.call('databas/val', {}))).not.toContain('hemligt');
    await expect(s.call('databas/valj', { ...SHARED, host: 'pg kommun; rm' })).rejects.toThrow(/Serverns namn/);
    await expect(s.call('databas/valj', { ...SHARED, port: 70000 })).rejects.toThrow(/Porten/);
  });
});
