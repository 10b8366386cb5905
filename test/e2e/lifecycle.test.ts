// A proposal from utkast to redo för beslut, as the nämndsekreterare takes it, on Alingsås' real
// catalogue (imported as drafts). Beroendestöd vid Mini Maria reaches 15–17-year-olds without a recorded
// lämplighetsbedömning, a real gap in the seed: the check shows it under the Villkor field and in the
// Granskning checklist, "Markera redo för beslut" is refused with the reason, and after the fix it passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot as fullPageScreenshot, seedDatabase, startWeb, type WebApp } from './harness';

const TODAY = '2025-09-01';

/** From the top: a full-page shot of a scrolled page draws the fixed header in the middle. */
async function screenshot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullPageScreenshot(page, name);
}

describe('förslagets väg till redo för beslut', () => {
  let browser: Browser;
  let app: WebApp;

  beforeAll(async () => {
    const dbFile = newDbFile();
    await seedDatabase(dbFile, { fixtures: [{ name: 'alingsas', withoutBeslut: true }], today: TODAY });
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: TODAY });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  const actions = (page: Page) => page.getByTestId('arbetsgang');

  /** Takes a lifecycle step through its confirmation dialog. */
  async function step(page: Page, label: string, comment?: string) {
    await actions(page).getByRole('button', { name: label }).click();
    const dialog = page.getByRole('dialog', { name: label });
    await dialog.waitFor();
    if (comment) await dialog.getByLabel('Kommentar till tidslinjen (valfri)').fill(comment);
    await dialog.getByRole('button', { name: label }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The list is virtualised: find the insats by searching, as a user with 25 insatser would. */
  async function openInsats(page: Page, namn: string) {
    await page.getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByLabel('Sök i all text').fill(namn);
    await page.getByTestId('insats-rad').filter({ hasText: namn }).first().click();
  }

  async function expectStatus(page: Page, status: string) {
    await page.getByRole('main').locator('.mantine-Badge-root', { hasText: status }).first().waitFor();
  }

  it('spärras först på den saknade lämplighetsbedömningen och går igenom efter rättelsen', async () => {
    const page = await newPage(browser, app);
    await openInsats(page, 'Beroendestöd vid Mini Maria');
    await page.getByRole('heading', { level: 2, name: 'Beroendestöd vid Mini Maria' }).waitFor();

    // 1. The finding stands next to the Villkor field while the draft is open, with its reference.
    const note = page.getByTestId('falt-fynd').and(page.locator('[data-rule="child-15-17-assessment"]'));
    await note.waitFor();
    await expect(note.getAttribute('data-severity')).resolves.toBe('block');
    await expect(note.textContent()).resolves.toMatch(/Spärr:.*15–17 år.*lämplighetsbedömning.*\(11 kap\. SoL/);
    const villkorFieldset = page.getByRole('group', { name: 'Villkor' });
    await expect(villkorFieldset.getByTestId('falt-fynd').and(page.locator('[data-rule="child-15-17-assessment"]')).count()).resolves.toBe(1);
    await expect(page.getByTestId('live-kontroll').textContent()).resolves.toMatch(/1 spärr/);
    await expectAccessible(page, 'utkast med spärr');
    await screenshot(page, 'lifecycle-01-utkast-med-sparr');

    // 2. Lämna som förslag works (nothing stops a proposal), Markera redo för beslut is refused.
    await step(page, 'Lämna som förslag');
    await expectStatus(page, 'Förslag');
    await actions(page).getByRole('button', { name: 'Markera redo för beslut' }).waitFor();
    await step(page, 'Markera redo för beslut');
    const refused = page.getByTestId('steg-nekat');
    await refused.waitFor();
    await expect(refused.textContent()).resolves.toMatch(/”Markera redo för beslut” gick inte\..*lämplighetsbedömning/);
    await expectStatus(page, 'Förslag');
    await expectAccessible(page, 'nekat steg');
    await screenshot(page, 'lifecycle-02-nekat');

    // 3. The checklist lists it as a spärr that cannot be dismissed; a warning can be dismissed with a reason.
    await page.getByRole('tab', { name: 'Lagkontroll' }).click();
    const panel = page.getByTestId('granskning');
    await panel.getByRole('heading', { name: 'Spärrar (1)' }).waitFor();
    const blockItem = panel.getByTestId('fynd').and(page.locator('[data-rule="child-15-17-assessment"]'));
    await expect(blockItem.textContent()).resolves.toMatch(/Gäller: Villkor · Lagrum: 11 kap\. SoL.*Kan inte avfärdas/);
    const warning = panel.getByTestId('fynd').and(page.locator('[data-rule="villkor-no-motivering"]'));
    await warning.getByRole('button', { name: /Avfärda som falskt larm/ }).click();
    await warning.getByRole('button', { name: 'Avfärda fyndet' }).click();
    await warning.getByText('Skriv varför fyndet är ett falskt larm.').waitFor();
    await expectAccessible(page, 'granskning med avfärdande');
    await screenshot(page, 'lifecycle-03-granskning');
    await warning
      .getByLabel('Varför är det ett falskt larm?')
      .fill('Åldersgränsen följer mottagningens uppdrag från regionen och behöver ingen egen motivering.');
    await warning.getByRole('button', { name: 'Avfärda fyndet' }).click();
    await panel.getByRole('heading', { name: 'Information (1)' }).waitFor();
    const dismissed = panel.getByTestId('fynd').and(page.locator('[data-rule="villkor-no-motivering"][data-severity="info"]'));
    await expect(dismissed.textContent()).resolves.toMatch(/Avfärdad som falskt larm: ”Åldersgränsen följer.*Avfärdat av Sara Sekreterare/);
    await panel.getByRole('heading', { name: 'Varningar (0)' }).waitFor();

    // 4. Back to utkast, add the nämnd's lämplighetsbedömning; the note goes away as it is typed.
    await step(page, 'Återta till utkast', 'Lämplighetsbedömning för 15–17 år saknas.');
    await expectStatus(page, 'Utkast');
    await page.getByRole('tab', { name: 'Innehåll' }).click();
    await note.waitFor();
    await page.getByRole('combobox', { name: 'Nytt villkor av typen' }).click();
    await page.getByRole('option', { name: 'Lämplighetsbedömning 15–17 år utan samtycke' }).click();
    await page.getByRole('button', { name: 'Lägg till villkor' }).click();
    const assessment = page.getByLabel('Nämndens lämplighetsbedömning');
    await assessment.fill('Nämnden har bedömt att insatsen är lämplig för ungdomar 15–17 år utan vårdnadshavares samtycke, med hänsyn till barnets bästa.');
    await note.waitFor({ state: 'detached' });
    await expect(page.getByTestId('live-kontroll').textContent()).resolves.not.toMatch(/spärr/);

    // Not saved yet: the step waits for the save.
    await actions(page).getByRole('button', { name: 'Lämna som förslag' }).click();
    await page.getByRole('alert').filter({ hasText: 'Spara utkastet först' }).waitFor();
    await expectAccessible(page, 'rättat utkast');
    await screenshot(page, 'lifecycle-04-rattat-utkast');

    // The checklist is of the saved version; looking at it keeps what is typed in the editor.
    await page.getByRole('tab', { name: 'Lagkontroll' }).click();
    await panel.getByRole('heading', { name: 'Spärrar (1)' }).waitFor();
    await page.getByRole('tab', { name: 'Innehåll' }).click();
    await expect(assessment.inputValue()).resolves.toMatch(/^Nämnden har bedömt/);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByText(/^Sparat /).waitFor();
    await page.getByRole('tab', { name: 'Lagkontroll' }).click();
    await panel.getByRole('heading', { name: 'Spärrar (0)' }).waitFor();
    await panel
      .getByTestId('granskning-summering')
      .getByText(/Inga spärrar/)
      .waitFor();

    // 5. Now the whole way through.
    await step(page, 'Lämna som förslag');
    await expectStatus(page, 'Förslag');
    await step(page, 'Markera redo för beslut');
    await expectStatus(page, 'Redo för beslut');
    await actions(page).getByText('Klart: versionen är nu ”Redo för beslut”.').waitFor();
    await actions(page).getByRole('link', { name: 'Till Sammanträden och beslut' }).waitFor();
    await expect(actions(page).getByRole('button').count()).resolves.toBe(1); // only Återta till utkast
    await expectAccessible(page, 'redo för beslut');
    await screenshot(page, 'lifecycle-05-redo-for-beslut');

    // 6. The timeline shows every step, who took it and why.
    await page.getByRole('tab', { name: 'Historik' }).click();
    const rows = page.getByRole('row');
    await rows.filter({ hasText: 'Förslag → Redo för beslut' }).waitFor();
    const texts = (await rows.allTextContents()).slice(1);
    expect(texts.map((t) => t.match(/(Skapad som Utkast|\p{L}[\p{L} ]* → [\p{L} ]+?)(?=Sara|Okänd)/u)?.[1])).toEqual([
      'Skapad som Utkast',
      'Utkast → Förslag',
      'Förslag → Utkast',
      'Utkast → Förslag',
      'Förslag → Redo för beslut',
    ]);
    expect(texts[2]).toContain('Lämplighetsbedömning för 15–17 år saknas.');
    expect(texts.slice(1).every((t) => t.includes('Sara Sekreterare'))).toBe(true);
    await expectAccessible(page, 'tidslinje');
    await screenshot(page, 'lifecycle-06-tidslinje');
    await page.close();
  });

  it('visar fynden i granskningen från tangentbordet', async () => {
    const page = await newPage(browser, app);
    await openInsats(page, 'Aktivitetshus Gläntan');
    await page.getByRole('heading', { level: 2, name: 'Aktivitetshus Gläntan' }).waitFor();
    const tab = page.getByRole('tab', { name: 'Innehåll' });
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Lagkontroll' }).getAttribute('aria-selected')).resolves.toBe('true');
    const panel = page.getByTestId('granskning');
    await panel.getByRole('heading', { name: 'Spärrar (1)' }).waitFor();
    await expect(panel.getByTestId('fynd').first().textContent()).resolves.toMatch(/risk- och konsekvensanalys.*14 kap\. 5 § SoL/);
    // Open the dismiss form of the first warning from the keyboard and cancel it again.
    const firstDismiss = panel.getByRole('button', { name: /Avfärda som falskt larm/ }).first();
    await firstDismiss.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('aria-describedby') !== null)).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Avbryt' }).press('Enter');
    await panel
      .getByRole('button', { name: /Avfärda som falskt larm/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'granskning 14:5');
    await screenshot(page, 'lifecycle-07-granskning-glantan');
    await page.close();
  });
});
