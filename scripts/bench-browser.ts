// Opening Katalog in the browser mode: time from navigation until the first rows are on screen.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startServices } from '../electron/services/start-services';
import { startWebServer } from '../electron/http/server';
import type { BenchResult } from './bench';

export async function benchBrowserFirstRows(appRoot: string, file: string): Promise<BenchResult> {
  const services = await startServices({ file, appRoot, backups: false });
  const server = await startWebServer({ ctx: services.ctx, staticDir: path.join(appRoot, 'dist', 'renderer') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(server.openUrl);
    await page.getByRole('heading', { level: 2, name: 'Översikt' }).waitFor();
    const times: number[] = [];
    for (let k = 0; k < 5; k++) {
      await page.goto(`${server.url}/#/oversikt`);
      await page.getByRole('heading', { level: 2, name: 'Översikt' }).waitFor();
      const t = performance.now();
      await page.getByRole('link', { name: 'Katalog', exact: true }).click();
      await page.getByTestId('insats-rad').first().waitFor();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { name: 'Öppna Katalog i webbläsarläget till första raderna (median)', value: Math.round(times[2]), unit: 'ms', target: 300 };
  } finally {
    await browser.close();
    await server.close();
    await services.close();
  }
}
