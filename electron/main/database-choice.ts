// Which database the app opens (Inställningar → Databas): a local file or the förvaltning's shared
// PostgreSQL database. The choice is kept in the user-data folder as database-choice.json, without the
// password; the password is kept beside it as database-password.bin, encrypted with Electron's
// safeStorage (the operating system's key store), never in plain text. --db and IUB_DB still win, as
// on every other surface. No `electron` import here: main.ts hands in safeStorage, tests a stand-in.
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../../shared/api/envelope';
import type { DatabaseChoiceInput, DatabaseChoiceState } from '../../shared/api/session-contract';
import { DB_ENV } from '../database/default-path';

export const CHOICE_FILE = 'database-choice.json';
export const PASSWORD_FILE = 'database-password.bin';

/** The part of Electron's safeStorage this module uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

type Stored = { typ: 'lokal' } | { typ: 'gemensam'; host: string; port: number; databas: string; anvandare: string };

export interface DatabaseChoiceStore {
  state(): DatabaseChoiceState;
  choose(input: DatabaseChoiceInput): DatabaseChoiceState;
  /** The location to open at start: --db, IUB_DB, the choice (a URL with the decrypted password), or undefined (the default file). */
  startLocation(): string | undefined;
}

export function createDatabaseChoiceStore(options: {
  userData: string;
  safeStorage: SafeStorageLike;
  /** --db as given on the command line. */
  explicit?: string;
  env?: NodeJS.ProcessEnv;
}): DatabaseChoiceStore {
  const { userData, safeStorage } = options;
  const env = options.env ?? process.env;
  const choiceFile = path.join(userData, CHOICE_FILE);
  const passwordFile = path.join(userData, PASSWORD_FILE);
  const styrsAv = options.explicit ? '--db' : env[DB_ENV] ? 'IUB_DB' : null;
  const encryption = () => {
    try {
      return safeStorage.isEncryptionAvailable();
    } catch {
      return false;
    }
  };

  const read = (): Stored | null => {
    try {
      const value = JSON.parse(fs.readFileSync(choiceFile, 'utf8')) as Stored;
      if (value?.typ === 'lokal') return { typ: 'lokal' };
      if (value?.typ === 'gemensam' && typeof value.host === 'string' && Number.isInteger(value.port)) return value;
      return null;
    } catch {
      return null; // no choice made (or an unreadable file): the local file, as before
    }
  };
  const password = (): string | null => {
    if (!fs.existsSync(passwordFile)) return null;
    try {
      return safeStorage.decryptString(fs.readFileSync(passwordFile));
    } catch {
      return null; // encrypted under another user or machine: as if none was kept
    }
  };
  /** Written whole or not at all: a crash mid-write leaves the previous file. */
  const writeAtomically = (file: string, data: string | Buffer) => {
    fs.mkdirSync(userData, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, data, { mode: 0o600 });
    fs.renameSync(temp, file);
  };

  const state = (): DatabaseChoiceState => {
    const stored = read();
    return {
      erbjuds: true,
      val: stored && stored.typ === 'gemensam' ? { ...stored, harLosenord: fs.existsSync(passwordFile) } : stored,
      styrsAv,
      krypteringFinns: encryption(),
    };
  };

  return {
    state,
    choose(input) {
      if (input.typ === 'lokal') {
        writeAtomically(choiceFile, JSON.stringify({ typ: 'lokal' }));
        fs.rmSync(passwordFile, { force: true });
        return state();
      }
      const { losenord, ...rest } = input;
      const stored: Stored = { typ: 'gemensam', host: rest.host, port: rest.port, databas: rest.databas, anvandare: rest.anvandare };
      if (losenord) {
        if (!encryption()) {
          throw new ServiceError(
            'refused',
            'Lösenordet kan inte sparas krypterat på den här datorn (operativsystemets nyckelring saknas), och i klartext sparas det aldrig. Inget har ändrats. Lämna lösenordet tomt om IT har ordnat inloggning utan lösenord (Kerberos eller .pgpass).',
          );
        }
        writeAtomically(passwordFile, safeStorage.encryptString(losenord));
      }
      writeAtomically(choiceFile, JSON.stringify(stored));
      return state();
    },
    startLocation() {
      if (options.explicit) return options.explicit;
      if (env[DB_ENV]) return env[DB_ENV];
      const stored = read();
      if (!stored || stored.typ === 'lokal') return undefined;
      return sharedDatabaseUrl(stored, password());
    },
  };
}

/** postgres://user:password@host:port/database, every part escaped (a password may hold @ : / #). */
export function sharedDatabaseUrl(choice: { host: string; port: number; databas: string; anvandare: string }, password: string | null): string {
  const user = encodeURIComponent(choice.anvandare) + (password ? `:${encodeURIComponent(password)}` : '');
  const host = choice.host.includes(':') && !choice.host.startsWith('[') ? `[${choice.host}]` : choice.host;
  return `postgres://${user}@${host}:${choice.port}/${encodeURIComponent(choice.databas)}`;
}
