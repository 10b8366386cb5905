// `npx tsx scripts/readme-screenshots.ts`: the README's pictures, taken from the real browser mode on the
// seed catalogues (Östersund by sektor/enhet; Alingsås with seed 002's decision and a sammanträdesplan,
// seen on 2026-10-02 when the 90-day revision reminder is due). Needs a built renderer and Chromium.
import path from 'node:path';
import { launchBrowser, newDbFile, newPage, seedDatabase, startWeb, APP_ROOT } from '../test/e2e/harness';
import { startServices } from '../electron/services/start-services';
import { dispatch } from '../electron/api/dispatch';

const TODAY = '2026-10-02';
const MEETINGS: Array<[string, string]> = [
  ['2026-10-20', '2026-09-29'],
  ['2026-11-24', '2026-11-03'],
  ['2027-01-26', '2027-01-05'],
];

async function main() {
  const browser = await launchBrowser();
  try {
    // Översikt on Alingsås with its meeting plan.
    const alingsas = newDbFile();
    await seedDatabase(alingsas, { fixtures: ['alingsas'], today: TODAY });
    const services = await startServices({ file: alingsas, appRoot: APP_ROOT, backups: false });
    for (const [datum, arendeDeadline] of MEETINGS) {
      const result = await dispatch(services.ctx, 'sammantradesplan/save', { datum, arendeDeadline });
      if (!result.ok) throw new Error(result.error.message);
    }
    await services.close();
    let app = await startWeb({ dbFile: alingsas, today: TODAY });
    let page = await newPage(browser, app);
    await page.getByRole('heading', { level: 2, name: 'Översikt' }).waitFor();
    await page.getByTestId('paminnelse').first().waitFor();
    await page.getByText(/Gällande katalog: \d+ spärr/).waitFor();
    await page.screenshot({ path: path.join(APP_ROOT, 'docs', 'screenshot-oversikt.png') });
    await app.stop();

    // Katalog on Östersund, grouped by sektor and enhet as seed 001 is.
    const ostersund = newDbFile();
    await seedDatabase(ostersund, {
      fixtures: ['ostersund'],
      settings: { kommun: 'Östersund', namnd: 'Social- och arbetsmarknadsnämnden', namndForkortning: 'SAN' },
    });
    app = await startWeb({ dbFile: ostersund });
    page = await newPage(browser, app);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByTestId('insats-rad').first().waitFor();
    await page.screenshot({ path: path.join(APP_ROOT, 'docs', 'screenshot-katalog.png') });
    await app.stop();
    console.log('Skrev docs/screenshot-oversikt.png och docs/screenshot-katalog.png');
  } finally {
    await browser.close();
  }
}

await main();
