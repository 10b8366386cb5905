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

  it('kortar ett namn på 300 tecken med en ellips utan att trycka ihop raden märken', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('link', { name: 'Katalog', exact: true }).click();
    const longName = `Stöd ${'och rådgivning till anhöriga '.repeat(10)}`.slice(0, 300).trim();
    await page.getByLabel('Ny insats').fill(longName);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByRole('heading', { level: 2, name: longName }).waitFor();
    await page.getByRole('link', { name: '← Tillbaka till katalogen' }).click();
    // A narrow window, where a long name competes hardest with the badges.
    await page.setViewportSize({ width: 720, height: 800 });
    const row = page.getByTestId('insats-rad').filter({ hasText: 'Stöd och rådgivning' });
    await row.waitFor();
    const fits = await row.evaluate((el) => {
      const rowBox = el.getBoundingClientRect();
      const badges = [...el.querySelectorAll('.mantine-Badge-root')].map((b) => {
        const label = b.querySelector('.mantine-Badge-label') ?? b;
        return { box: b.getBoundingClientRect(), full: label.scrollWidth <= label.clientWidth + 1 };
      });
      const name = el.querySelector('.katalog-rad-namn') as HTMLElement;
      return {
        badges: badges.length,
        inside: badges.every((b) => b.box.right <= rowBox.right + 1 && b.full),
        truncated: name.scrollWidth > name.clientWidth,
        title: name.title,
      };
    });
    expect(fits).toEqual({ badges: 1, inside: true, truncated: true, title: longName });
    await page.close();
  });
});
