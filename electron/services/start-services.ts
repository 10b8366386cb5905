// Opens the database and builds the service context: shared by Electron, the browser mode and the CLI.
import os from 'node:os';
import path from 'node:path';
import { openAnyDatabase as openDatabase, type OpenAnyDatabase as OpenDatabase } from '../database/open-any';
import { restoreFromBackup } from '../database/restore';
import { isoToday, type ServiceContext } from './context';
// Features that follow versions through new drafts, imports and exports register their hooks when
// loaded; loading them here makes every way of starting the services (app, web, CLI, tests) the same.
import './rka';
import { ensureDatabaseId } from '../database/identity';

export interface StartOptions {
  file: string;
  appRoot: string;
  /** Fixed "today" (YYYY-MM-DD) for tests and demos; otherwise the clock decides. */
  today?: string;
  /** Automatic backups: at start and before migrations (default), only before migrations, or none (tests). */
  backups?: boolean | 'before-migrations';
}

export interface RunningServices {
  ctx: ServiceContext;
  database: OpenDatabase;
  close(): Promise<void>;
}

export function migrationsDir(appRoot: string): string {
  return path.join(appRoot, 'migrations');
}

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'okänd';
  }
}

export async function startServices(options: StartOptions): Promise<RunningServices> {
  const fixedToday = options.today;
  const database = await openDatabase({
    file: options.file,
    migrationsDir: migrationsDir(options.appRoot),
    // openDatabase keeps the number of backups chosen in Inställningar (antalSakerhetskopior)
    backups: options.backups === false ? false : options.backups === 'before-migrations' ? { keep: 10, atStart: false } : undefined,
  });
  // Give the database its id before anything is backed up from here on (see database/identity.ts).
  if (database.sqlite) ensureDatabaseId(database.sqlite);
  let current = database;
  const open = () => openDatabase({ file: options.file, migrationsDir: migrationsDir(options.appRoot), backups: false });
  const ctx: ServiceContext = {
    db: database.db,
    sqlite: database.sqlite,
    file: database.file,
    osUser: osUser(),
    now: () => new Date(),
    today: () => fixedToday ?? isoToday(new Date()),
    changeFeed: database.changeFeed,
    async restore(backupFile) {
      await current.close();
      try {
        const safetyCopy = await restoreFromBackup(options.file, backupFile, migrationsDir(options.appRoot), ctx.now());
        return { safetyCopy };
      } finally {
        // Reopen whatever is there now: the restored copy, or the untouched original if restore refused.
        current = await open();
        if (current.sqlite) ensureDatabaseId(current.sqlite);
        ctx.db = current.db;
        ctx.sqlite = current.sqlite;
        ctx.changeFeed = current.changeFeed;
      }
    },
  };
  const running: RunningServices = {
    ctx,
    get database() {
      return current;
    },
    close: () => current.close(),
  };
  return running;
}
