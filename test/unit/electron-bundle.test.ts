// The Electron main process as `npm start` and electron-builder ship it: bundled by esbuild to CommonJS,
// with its dependencies loaded from node_modules. The binary is not on CI, so the bundle is loaded under
// Node with a stand-in for `electron`: every module it requires must resolve and load, and a second
// instance must quit at once (single-instance lock) after setting the Swedish UI language.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../support/services';
import { tempDir } from '../support/temp';

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

  it('en första instans loggar i användarens loggmapp, sparar kraschdumpar bara lokalt och visar ett oväntat fel med loggfilens namn', () => {
    const main = path.join(APP_ROOT, 'dist-electron', 'main.cjs');
    const logs = tempDir();
    const output = execFileSync(process.execPath, [path.join(APP_ROOT, 'test', 'support', 'electron-stub.cjs'), main], {
      cwd: APP_ROOT,
      env: { ...process.env, STUB_LOGS: logs },
    }).toString();
    const calls = JSON.parse(output.trim().split('\n').at(-1)!) as string[];
    const logFile = path.join(logs, 'main.log');
    expect(calls).toContain('getPath:logs');
    expect(calls).toContain('crashReporter.start:{"uploadToServer":false}');
    expect(calls).not.toContain('quit');
    const dialog = calls.find((c) => c.startsWith('showErrorBox:'));
    expect(dialog).toMatch(/^showErrorBox:IUB-katalogen: ett oväntat fel: Något gick fel i programmet \(Stubbens avvisade löfte\)/u);
    expect(dialog).toContain(`Felet finns beskrivet i loggfilen ${logFile}.`);
    const log = fs.readFileSync(logFile, 'utf8');
    expect(log).toMatch(/\[info\]\s+IUB-katalogen 0\.0\.0-stub startar/u);
    expect(log).toMatch(/\[error\] Ett löfte avvisades utan att någon hanterade det \(unhandledRejection\):[^\n]*Stubbens avvisade löfte/u);
  });

  it('preloaden kräver bara electron (sandboxen tillåter inget annat)', () => {
    const preload = fs.readFileSync(path.join(APP_ROOT, 'dist-electron', 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });
});
