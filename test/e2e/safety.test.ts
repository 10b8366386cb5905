// Safety as a user meets it in the browser mode: markup typed into a name stays text everywhere it is
// shown, the Granskningslogg tab lists who did what and exports it, and a backup taken in
// Inställningar is restored from there (the current database is copied first).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';

const XSS = '<img src=x onerror="window.__xss=1">';

describe('säkerhet i webbläsarläget', () => {
  let browser: Browser;
  let app: WebApp;
  const dbFile = newDbFile();

  beforeAll(async () => {
    await seedDatabase(dbFile, { fixtures: ['alingsas'], settings: { anvandare: `Sara ${XSS}` }, today: '2025-10-15' });
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: '2025-10-15' });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  async function noInjectedMarkup(page: Page) {
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  }

  it('en insats som heter som HTML visas som text, i listan, på sidan och i granskningsloggen', async () => {
    const page = await newPage(browser, app);
    await page.getByText(`Socialnämnden, Alingsås · Sara ${XSS}`).waitFor(); // the user's name, as text
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByLabel('Ny insats').fill(XSS);
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByRole('heading', { level: 2, name: XSS }).waitFor();
    await noInjectedMarkup(page);
    await page.getByLabel('Innehåll och genomförande').fill(`Samtal. ${XSS}`);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByText(/^Sparat /).waitFor();
    await noInjectedMarkup(page);

    await page.getByRole('tab', { name: 'Granskningslogg' }).click();
    const rows = page.getByTestId('granskningspost');
    await rows.nth(1).waitFor();
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Insatsen: skapa');
    expect(texts[0]).toContain(`Sara ${XSS}`);
    expect(texts[1]).toContain('Version 1: spara utkast');
    expect(texts[1]).toContain('Ändrat: innehåll');
    await noInjectedMarkup(page);

    await page.getByRole('link', { name: '← Tillbaka till katalogen' }).click();
    await page.getByLabel('Sök i all text').fill('onerror'); // the list is virtual: narrow it to the row
    await page.getByTestId('insats-rad').filter({ hasText: XSS }).waitFor();
    await noInjectedMarkup(page);
    await page.close();
  });

  it('Granskningslogg: vem, när och vad för en insats med beslut, och export som CSV och JSON', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByTestId('insats-rad').first().click();
    await page.getByRole('tab', { name: 'Granskningslogg' }).click();
    await page.getByRole('heading', { name: 'Granskningslogg' }).waitFor();
    const rows = page.getByTestId('granskningspost');
    await rows.nth(1).waitFor();
    const texts = await rows.allTextContents();
    expect(texts[0]).toContain('Insatsen: skapa');
    expect(texts.some((t) => /Beslut 2025\.053 SN § 37: registrera/.test(t))).toBe(true);
    await expectAccessible(page, 'granskningslogg');
    await screenshot(page, 'sakerhet-granskningslogg');

    for (const [button, extension] of [
      ['Exportera som CSV', 'csv'],
      ['Exportera som JSON', 'json'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^granskningslogg-.*-2025-10-15\\.${extension}$`));
      const text = fs.readFileSync((await download.path())!, 'utf8');
      expect(text).toContain('Insatsen: skapa');
      // The CSV is for reading: Swedish field names, no raw JSON.
      if (extension === 'csv') {
        expect(text).not.toContain('{"');
        expect(text).toContain('namn: ');
      }
    }
    await page.close();
  });

  it('en säkerhetskopia tas och återställs under Inställningar', async () => {
    const page = await newPage(browser, app);
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept(); // "Återställa databasen från …?"
    });
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar', exact: true }).click();
    await page.getByRole('button', { name: 'Ta en säkerhetskopia nu' }).click();
    const saved = await page
      .getByRole('status')
      .filter({ hasText: /Säkerhetskopian .* är sparad/ })
      .textContent();
    const name = saved!.match(/Säkerhetskopian (\S+\.db) är sparad/)![1];

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByLabel('Ny insats').fill('Skapad efter kopian');
    await page.getByRole('button', { name: 'Skapa utkast' }).click();
    await page.getByRole('heading', { level: 2, name: 'Skapad efter kopian' }).waitFor();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar', exact: true }).click();
    await page.getByRole('button', { name: `Återställ ${name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Databasen är återställd från ${name}` })
      .waitFor();
    // The confirmation said what both files hold: the current file one insats more than the backup.
    const [, nowInsatser, nowBeslut, copyInsatser, copyBeslut] = asked[0].match(
      /Nuvarande databas innehåller (\d+) insatser och (\d+) beslut\. Kopian innehåller (\d+) insatser och (\d+) beslut\./,
    )!;
    expect(Number(nowInsatser)).toBe(Number(copyInsatser) + 1);
    expect(nowBeslut).toBe(copyBeslut);
    expect(asked[0]).toContain('Kopian innehåller mindre än nuvarande databas');
    await expectAccessible(page, 'säkerhetskopior');
    await screenshot(page, 'sakerhet-aterstallning');
    const safety = (await page.getByRole('status').filter({ hasText: 'Databasen är återställd' }).textContent())!.match(/Kopia av den tidigare: (\S+\.db)/)![1];
    expect(fs.existsSync(path.join(path.dirname(dbFile), 'backups', safety))).toBe(true);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByLabel('Sök i all text').fill('onerror');
    await page.getByTestId('insats-rad').filter({ hasText: XSS }).waitFor(); // from before the backup: still there
    await page.getByLabel('Sök i all text').fill('Skapad efter kopian');
    // the search has run when the row above is gone; the insats made after the backup must not come
    // (the list keeps its rows until the new answer arrives, so an empty list is that answer)
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="insats-rad"]').length === 0);
    await page.close();
  });
});
