// The first slice, as a user takes it: first-run setup, every section on screen (and accessible),
// an insats draft created in Katalog and still listed after the server restarts on the same file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot, startWeb, type WebApp } from './harness';

const SECTIONS = ['Översikt', 'Katalog', 'Sammanträden och beslut', 'Påminnelser', 'Export', 'Inställningar'];

describe('grunden i webbläsarläget', () => {
  let browser: Browser;
  const dbFile = newDbFile();
  let app: WebApp;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startWeb({ dbFile });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('frågar efter kommun, nämnd och namn vid första start', async () => {
    const page = await newPage(browser, app);
    const dialog = page.getByRole('dialog', { name: 'Välkommen till IUB-katalogen' });
    await dialog.waitFor();
    await expectAccessible(page, 'första start');
    await dialog.getByRole('button', { name: 'Kom igång' }).click();
    await dialog.getByText('Ange ditt namn. Det visas i granskningsloggen.').waitFor();
    await dialog.getByLabel('Kommun').fill('Alingsås');
    await dialog.getByLabel('Ditt namn').fill('Sara Sekreterare');
    await dialog.getByRole('button', { name: 'Kom igång' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Socialnämnden, Alingsås · Sara Sekreterare').waitFor();
    await page.close();
  });

  it('visar varje del av appen utan tillgänglighetsfel', async () => {
    const page = await newPage(browser, app);
    for (const [i, name] of SECTIONS.entries()) {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 2, name }).waitFor();
      await expectAccessible(page, name);
      await screenshot(page, `0${i + 1}-${name.toLowerCase().replace(/[^a-zåäö]+/g, '-')}`);
    }
    await page.close();
  });

  it('skapar ett utkast i Katalog som finns kvar efter omstart', async () => {
    let page = await newPage(browser, app);
    await page.getByRole('link', { name: 'Katalog', exact: true }).click();
    // The empty catalogue points to the import of an adopted document.
    await page.getByText('Katalogen är tom.', { exact: false }).waitFor();
    await expect(page.getByRole('link', { name: 'Importera den' }).getAttribute('href')).resolves.toBe('#/katalog/import');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByText('Namn måste anges.').waitFor();
    await page.getByLabel('Ny insats').fill('Familjerådgivning');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByRole('heading', { level: 2, name: 'Familjerådgivning' }).waitFor();
    await expectAccessible(page, 'insats');
    await page.close();

    await app.stop();
    app = await startWeb({ dbFile });
    page = await newPage(browser, app);
    await page.getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByTestId('insats-rad').filter({ hasText: 'Familjerådgivning' }).waitFor();
    await expect(page.getByTestId('insats-rad').count()).resolves.toBe(1);
    await page.close();
  });
});
