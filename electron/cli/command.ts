import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolveDatabasePath } from '../database/default-path';
import { startServices, type RunningServices } from '../services/start-services';
import { CliError } from './cli-error';

export interface CliEnv { appRoot: string }

export interface CliCommand {
  summary: string;
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
  const services = await startServices({ file: resolveDatabasePath(db), appRoot: env.appRoot, today: options.today }).catch((error: Error) => {
    throw new CliError(error.message, 1);
  });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}
