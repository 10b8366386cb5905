// The Electron main process as `npm start` and electron-builder ship it: bundled by esbuild to CommonJS,
// with its dependencies loaded from node_modules. The binary is not on CI, so the bundle is loaded under
// Node with a stand-in for `electron`: every module it requires must resolve and load, and a second
// instance must quit at once (single-instance lock) after setting the Swedish UI language.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../support/services';

describe('det paketerade huvudprogrammet', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(APP_ROOT, 'scripts', 'build-electron.mjs')], { cwd: APP_ROOT });
  }, 60_000);

  it('laddar alla sina beroenden och avslutar en andra instans direkt', () => {
    const main = path.join(APP_ROOT, 'dist-electron', 'main.cjs');
    expect(fs.existsSync(path.join(APP_ROOT, 'dist-electron', 'preload.cjs'))).toBe(true);
    const output = execFileSync(process.execPath, [path.join(APP_ROOT, 'test', 'support', 'electron-stub.cjs'), main], { cwd: APP_ROOT }).toString();
    const calls = JSON.parse(output.trim().split('\n').at(-1)!) as string[];
    expect(calls).toEqual(['registerSchemesAsPrivileged:app', 'appendSwitch:lang=sv-SE', 'requestSingleInstanceLock', 'quit']);
  });

  it('preloaden kräver bara electron (sandboxen tillåter inget annat)', () => {
    const preload = fs.readFileSync(path.join(APP_ROOT, 'dist-electron', 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });
});
