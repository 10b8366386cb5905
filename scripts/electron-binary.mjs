// Where the Electron binary is, without downloading it. Since Electron 36 the npm package has no
// postinstall: `require('electron')` downloads the binary on first use, which must not happen in tests
// or on machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1. `ensureElectronBinary` downloads it
// on purpose (npm start on a user's machine).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronDir() {
  return path.dirname(require.resolve('electron/package.json'));
}

/** The installed binary's path, or null when it was not downloaded. */
export function electronBinary() {
  const dir = electronDir();
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf-8'));
  return fs.existsSync(binary) ? binary : null;
}

/** Downloads the binary when it is missing (unless the user opted out), then returns its path or null. */
export function ensureElectronBinary() {
  const present = electronBinary();
  if (present || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return present;
  try {
    execFileSync(process.execPath, [path.join(electronDir(), 'install.js')], { stdio: 'inherit' });
  } catch {
    return null;
  }
  return electronBinary();
}
