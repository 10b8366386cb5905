// Builds better-sqlite3 for Electron's ABI into .electron-native/, beside (never instead of) the Node
// build in node_modules that the CLI, the browser mode and the tests use. Runs only where the Electron
// binary is present: offline machines and CI never get here.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { electronBinary, electronVersion } from './electron-binary.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export function ensureElectronNative() {
  if (!electronBinary()) throw new Error('Electron-binären saknas; byggs inte för Electron.');
  const version = electronVersion();
  const target = path.join(root, '.electron-native', `better_sqlite3-electron-${version}.node`);
  if (fs.existsSync(target)) return target;
  const work = path.join(root, '.electron-native', 'build', 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(work), { recursive: true });
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  fs.cpSync(source, work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) && !src.endsWith(`${path.sep}build`) });
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  console.log(`Bygger better-sqlite3 för Electron ${version} (en gång)…`);
  try {
    execFileSync(npx, ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', version, '--arch', process.arch], { cwd: work, stdio: 'inherit' });
  } catch {
    execFileSync(npx, ['--yes', 'node-gyp', 'rebuild', '--release', '--runtime=electron', `--target=${version}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, stdio: 'inherit' });
  }
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureElectronNative();
