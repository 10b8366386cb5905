// End-to-end harness: the real `npm run web` server (a child process on a real SQLite file) driven by
// Playwright in Debian's Chromium, with axe-core on every screen.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { tempDir } from '../support/temp';
import { loadFixture, type FixtureName } from '../fixtures/load-fixture';
import { startServices } from '../../electron/services/start-services';
import { updateSettings } from '../../electron/services/settings';
import { importCatalogue } from '../../electron/services/portable';
import type { Settings } from '../../shared/api/settings-contract';

export const APP_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = path.join(APP_ROOT, 'test-results', 'screenshots');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface WebApp {
  url: string;
  openUrl: string;
  dbFile: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `iub serve` (what `npm run web` runs) on a database file and waits for its address. */
export async function startWeb(options: { dbFile: string; today?: string; log?: string }): Promise<WebApp> {
  const args = [
    path.join(APP_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join(APP_ROOT, 'electron', 'cli', 'iub.ts'),
    'serve',
    '--db',
    options.dbFile,
    '--port',
    '0',
  ];
  if (options.today) args.push('--today', options.today);
  if (options.log) args.push('--log', options.log);
  const child = spawn(process.execPath, args, { cwd: APP_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const openUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Servern startade inte:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Öppna: (http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Servern avslutades (${code}):\n${output}`));
    });
  });
  return {
    url: openUrl.replace(/\/#token=.*/, ''),
    openUrl,
    dbFile: options.dbFile,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  // Playwright gives every launch a fresh, empty user-data-dir of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser: Browser, app: WebApp): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => console.error('Sidfel:', error));
  await page.goto(app.openUrl);
  return page;
}

/** Runs axe-core (WCAG 2.1 A and AA) on the page and fails with the violations listed. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
  expect(summary, `axe på ${screen}`).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export function newDbFile(): string {
  return path.join(tempDir('iub-e2e-'), 'iub.db');
}

/**
 * Prepares a database file before the server starts: settings as after first-run setup, and the seed
 * catalogues imported through the real service (in one transaction each). `withoutBeslut` drops a
 * fixture's decision metadata so its insatser start as utkast.
 */
export async function seedDatabase(
  dbFile: string,
  options: {
    settings?: Partial<Settings>;
    fixtures?: Array<FixtureName | { name: FixtureName; withoutBeslut?: boolean }>;
    today?: string;
  } = {},
): Promise<void> {
  const services = await startServices({ file: dbFile, appRoot: APP_ROOT, today: options.today, backups: false });
  try {
    await updateSettings(services.ctx, { kommun: 'Alingsås', namnd: 'Socialnämnden', anvandare: 'Sara Sekreterare', ...options.settings });
    for (const f of options.fixtures ?? []) {
      const spec = typeof f === 'string' ? { name: f } : f;
      const catalogue = loadFixture(spec.name);
      await importCatalogue(services.ctx, spec.withoutBeslut ? { ...catalogue, beslut: null } : catalogue);
    }
  } finally {
    await services.close();
  }
}
