import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveDatabasePath } from '../database/default-path';
import { recoveryOffer } from '../database/recovery';
import { migrationsDir, startServices, type RunningServices, type StartOptions } from '../services/start-services';
import { CliError } from './cli-error';

export interface CliEnv {
  appRoot: string;
}

export interface CliCommand {
  /** Returns the exit code, or -1 to keep running (serve). */
  run(args: string[], env: CliEnv): Promise<number>;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options: { db: { type: 'string' }, ...options }, allowPositionals, strict: true });
  } catch (error) {
    throw new CliError(`Fel i flaggorna: ${(error as Error).message}`, 2);
  }
}

export async function withServices<T>(
  env: CliEnv,
  db: string | undefined,
  fn: (services: RunningServices) => Promise<T>,
  options: { today?: string } = {},
): Promise<T> {
  // A one-off command backs up only before a migration; the app and the browser mode back up at every
  // start, so frequent automation does not push the user's older backups out of the folder.
  const services = await startCliServices(env, resolveDatabasePath(db), options.today, 'before-migrations');
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

/**
 * Opens the database for a command; a refused file gives the Swedish reason and, for a damaged file,
 * the latest good backup and the command that restores it.
 */
export async function startCliServices(env: CliEnv, file: string, today?: string, backups: StartOptions['backups'] = true): Promise<RunningServices> {
  try {
    return await startServices({ file, appRoot: env.appRoot, today, backups });
  } catch (error) {
    throw new CliError(recoveryOffer(file, error, migrationsDir(env.appRoot)).message, 1);
  }
}
