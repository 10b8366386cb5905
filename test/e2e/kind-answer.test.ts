// A content-only hit of an excluded kind (11 kap. 5 § SoL) is answered in the Lagkontroll panel: the
// user states what the insats is, with a reason, from the keyboard; the block is lifted and the answer shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { emptyInsatsContent, emptyVillkor } from '../../shared/domain/insats';
import { servicesOnDay } from '../support/services';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';

const TODAY = '2025-09-01';
const NAMN = 'Samtal för unga på boendet';

describe('svara på vad insatsen är', () => {
  let browser: Browser;
  let app: WebApp;

  beforeAll(async () => {
    const dbFile = newDbFile();
    await seedDatabase(dbFile, { today: TODAY });
    const s = await servicesOnDay(dbFile, TODAY);
    try {
      await s.call('insatser/create', {
        content: {
          ...emptyInsatsContent(NAMN),
          innehall: 'Samtal med personalen under vistelse dygnet runt på ett HVB.',
          villkor: [{ ...emptyVillkor('alder', '18–20 år.'), motivering: 'Unga vuxna.', alderMin: 18, alderMax: 20 }],
          uppfoljning: { typ: 'besoksstatistik', text: '' },
        },
      });
    } finally {
      await s.close();
    }
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: TODAY });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('frågan besvaras med motivering och spärren hävs', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByLabel('Sök i all text').fill(NAMN);
    await page.getByTestId('insats-rad').filter({ hasText: NAMN }).first().click();
    await page.getByRole('tab', { name: 'Lagkontroll' }).click();
    const panel = page.getByTestId('granskning');
    const question = panel.getByTestId('fynd').and(page.locator('[data-rule="excluded-kind-unanswered"]'));
    await question.waitFor();
    await expect(question.textContent()).resolves.toMatch(/Ange vad insatsen är.*11 kap\. 5 § SoL/);

    await question.getByRole('button', { name: 'Ange vad insatsen är…' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: /Ange vad insatsen är/ });
    await form.waitFor();
    // Saving without a choice says what is missing.
    await form.getByRole('button', { name: 'Spara svaret' }).click();
    await form.getByText('Välj om insatsen är av typen eller inte.').waitFor();
    await form.getByRole('radio', { name: /Insatsen är inte vård av barn/ }).check();
    await form.getByRole('textbox', { name: /Motivering/ }).fill('Samtalen ges till unga som redan bor på HVB; insatsen är ingen placering.');
    await expectAccessible(page, 'svar på insatstyp');
    await screenshot(page, 'kind-answer-01-form');
    await form.getByRole('button', { name: 'Spara svaret' }).press('Enter');

    await panel.getByText(/Besvarat: insatsen är inte/).waitFor();
    await expect(panel.getByTestId('fynd').and(page.locator('[data-rule="excluded-kind-unanswered"]')).count()).resolves.toBe(0);
    await panel.getByText(/Besvarat av Sara Sekreterare/).waitFor();
    await expectAccessible(page, 'besvarad insatstyp');
    await screenshot(page, 'kind-answer-02-answered');
  });
});
