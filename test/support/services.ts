// Services on a real temporary SQLite file, as the app runs them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServices, type RunningServices } from '../../electron/services/start-services';
import { dispatch } from '../../electron/api/dispatch';
import type { Input, Method, Output } from '../../shared/api/contract';
import { tempDir } from './temp';
import { freshPostgresDatabase } from './postgres';

export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface TestServices extends RunningServices {
  dir: string;
  sqlite: NonNullable<RunningServices['ctx']['sqlite']>;
  file: string;
  /** Calls through the real dispatcher; throws with the Swedish message on an error envelope. */
  call: Call;
  cleanup(): Promise<void>;
}

type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

function caller(running: RunningServices): Call {
  return async (method, input) => {
    const envelope = await dispatch(running.ctx, method, input, () => undefined);
    if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { apiError: envelope.error });
    return envelope.value as Output<typeof method>;
  };
}

/** The same database file opened as the app would on another day (the app's "today" is injected). */
export async function servicesOnDay(file: string, today: string): Promise<{ call: Call; close(): Promise<void> }> {
  const running = await startServices({ file, appRoot: APP_ROOT, today, backups: false });
  return { call: caller(running), close: () => running.close() };
}

/** What `sqlite` is on PostgreSQL: any use says the test reads the SQLite file directly. */
const sqliteOnly = new Proxy({} as NonNullable<RunningServices['ctx']['sqlite']>, {
  get() {
    throw new Error('Testet läser SQLite-filen direkt och går bara på SQLite.');
  },
});

export type TestEngine = 'sqlite' | 'postgres';

/**
 * Services on a fresh SQLite file, or (engine 'postgres') on a fresh database of the test PostgreSQL
 * server (test/support/postgres.ts), dropped again by cleanup().
 */
export async function testServices(options: { today?: string; file?: string; configured?: boolean; engine?: TestEngine } = {}): Promise<TestServices> {
  const dir = tempDir();
  const pgDatabase = options.engine === 'postgres' && !options.file ? await freshPostgresDatabase() : null;
  const file = options.file ?? pgDatabase?.url ?? path.join(dir, 'test.db');
  const running = await startServices({ file, appRoot: APP_ROOT, today: options.today, backups: false });
  const call = caller(running);
  if (options.configured !== false) {
    await call('settings/update', { kommun: 'Alingsås', namnd: 'Socialnämnden', anvandare: 'Test Testsson' });
  }
  return {
    ...running,
    get sqlite() {
      return running.ctx.sqlite ?? sqliteOnly;
    },
    dir,
    file,
    call,
    async cleanup() {
      await running.close();
      await pgDatabase?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
