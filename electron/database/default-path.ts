// Where the database lives when no --db or IUB_DB is given: Electron's userData folder for the app,
// computed the same way outside Electron so the app, the CLI and the browser mode share one file.
import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER = 'IUB-katalogen';
export const DB_ENV = 'IUB_DB';

export function userDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), APP_FOLDER);
}

/** A file path (made absolute) or a postgres:// / postgresql:// URL (kept as it is). */
export function resolveDatabasePath(explicit: string | undefined, userData = userDataDir()): string {
  const given = explicit || process.env[DB_ENV];
  if (given && /^postgres(ql)?:\/\//i.test(given)) return given;
  if (given) return path.resolve(given);
  return path.join(userData, 'iub-katalogen.db');
}
