// The real Electron app, where the Electron binary is installed (a user's or developer's machine): the
// window opens on a fresh database, the first-run dialog and the catalogue work through IPC, and axe
// finds nothing. Where the binary is absent (ELECTRON_SKIP_BINARY_DOWNLOAD=1, as on CI) the test is
// skipped with a loud notice; the same screens are covered in the browser mode by the other e2e tests.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import { _electron, type ElectronApplication } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { APP_ROOT, newDbFile, screenshot } from './harness';

/** The installed binary, read from the package's path.txt: `require('electron')` would download it. */
function electronBinary(): string | null {
  const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf-8'));
  return fs.existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  console.warn(
    '\n*** HOPPAR ÖVER Electron-testet: Electron-binären finns inte här (installerad med ELECTRON_SKIP_BINARY_DOWNLOAD=1). ' +
      'Samma gränssnitt och tjänster prövas i webbläsarläget. ***\n',
  );
}

describe('Electron-appen', () => {
  let app: ElectronApplication | undefined;
  afterAll(async () => {
    await app?.close();
  });

  it.skipIf(!binary)('öppnar fönstret, tar emot första starten och skapar ett utkast över IPC', async () => {
    // Build main and preload (what `npm start` does; better-sqlite3's Node-API binary serves Electron as is).
    execFileSync(process.execPath, [path.join(APP_ROOT, 'scripts', 'build-electron.mjs')], { cwd: APP_ROOT, stdio: 'inherit' });
    app = await _electron.launch({ executablePath: binary!, args: [APP_ROOT, '--db', newDbFile()], cwd: APP_ROOT });
    const page = await app.firstWindow();
    const dialog = page.getByRole('dialog', { name: 'Välkommen till IUB-katalogen' });
    await dialog.waitFor();
    await dialog.getByLabel('Kommun').fill('Alingsås');
    await dialog.getByLabel('Ditt namn').fill('Sara Sekreterare');
    await dialog.getByRole('button', { name: 'Kom igång' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The renderer has no Node and only the one bridge function.
    await expect(
      page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, Object.keys((window as unknown as { iub: object }).iub)]),
    ).resolves.toEqual(['undefined', ['call']]);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByLabel('Ny insats').fill('Familjerådgivning');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByRole('heading', { level: 2, name: 'Familjerådgivning' }).waitFor();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await screenshot(page, 'electron-insats');
  });
});
