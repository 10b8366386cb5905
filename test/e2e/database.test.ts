// Inställningar → Databas on both engines: which database, who is logged in with which role; on the
// shared PostgreSQL database backups are IT's (no backup or restore offered), and the catalogue works
// there through the browser mode as on a file (the imported insatser are listed and searchable).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';
import { freshPostgresDatabase, testEngines } from '../support/postgres';

const engines = await testEngines();

describe.each(engines)('databasen i Inställningar (%s)', (engine) => {
  let browser: Browser;
  let app: WebApp;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    let dbFile = newDbFile();
    if (engine === 'postgres') {
      const pg = await freshPostgresDatabase();
      dbFile = pg.url;
      drop = pg.drop;
    }
    await seedDatabase(dbFile, { fixtures: ['alingsas'], today: '2025-10-15' });
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: '2025-10-15' });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    await drop?.();
  });

  it('visar databasen och rollen, och på den gemensamma databasen att IT sköter säkerhetskopiorna', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByText('Familjerådgivning').first().waitFor();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar' }).click();
    const panel = page.getByRole('region', { name: 'Databas' });
    if (engine === 'postgres') {
      await panel.getByText(/Gemensam databas \(PostgreSQL\)/).waitFor();
      await panel.getByText(/Databasens ägare/).waitFor();
      await panel.getByText(/Säkerhetskopior av den gemensamma databasen sköts av IT/).waitFor();
      await panel.getByText(/Ingen kopiering med "iub copy"/).waitFor();
      expect(await page.getByRole('button', { name: 'Ta en säkerhetskopia nu' }).count()).toBe(0);
    } else {
      await panel.getByText(/Lokal databasfil/).waitFor();
      await panel.getByText(/Lokal databas \(alla behörigheter\)/).waitFor();
      await page.getByRole('button', { name: 'Ta en säkerhetskopia nu' }).waitFor();
    }
    // The browser mode opened the database given with --db: no choice of database is offered here.
    await panel.getByText(/väljs när servern startas/).waitFor();
    expect(await panel.getByRole('button', { name: 'Spara databasvalet' }).count()).toBe(0);
    await screenshot(page, `installningar-databas-${engine}`);
    await expectAccessible(page, `Inställningar, databas (${engine})`);
  }, 60_000);
});
