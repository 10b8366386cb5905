// The role in the UI: on the shared PostgreSQL database a läsare sees the write actions disabled, each
// with the reason beside it (the database would refuse the write anyway; see test/unit/roles.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';
import { adminQuery, freshPostgresDatabase, testEngines, withDatabase } from '../support/postgres';

const engines = await testEngines();
const lasare = `lisa_${process.pid}_${Math.random().toString(36).slice(2, 7)}`;
const REASON = 'Du har läsbehörighet. Utkast och förslag skrivs av verksamhetsutvecklarna.';

describe.skipIf(!engines.includes('postgres'))('rollen i gränssnittet (postgres)', () => {
  let browser: Browser;
  let app: WebApp;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const pg = await freshPostgresDatabase();
    drop = pg.drop;
    await seedDatabase(pg.url, { fixtures: ['alingsas'], today: '2025-10-15' });
    await adminQuery(`CREATE ROLE ${lasare} LOGIN IN ROLE iub_lasare`);
    browser = await launchBrowser();
    app = await startWeb({ dbFile: withDatabase(pg.url, pg.name, { name: lasare }), today: '2025-10-15' });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    await drop?.();
    await adminQuery(`DROP ROLE IF EXISTS ${lasare}`).catch(() => undefined);
  });

  it('visar en läsare skrivåtgärderna avstängda med skälet', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByText('Familjerådgivning').first().waitFor();
    const create = page.getByRole('button', { name: 'Skapa utkast' });
    await expect.poll(() => create.isDisabled()).toBe(true);
    const describedBy = await create.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(REASON);
    await screenshot(page, 'roll-lasare-katalog');
    await expectAccessible(page, 'Katalog som läsare');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    await page
      .getByRole('region', { name: 'Databas' })
      .getByText(/Läsare/)
      .waitFor();
    const save = page.getByRole('button', { name: 'Spara inställningar' });
    expect(await save.isDisabled()).toBe(true);
    await page.getByText('Du har läsbehörighet. Inställningarna ändras av nämndsekreteraren.').waitFor();
    await expectAccessible(page, 'Inställningar som läsare');
  }, 60_000);
});
