// No lost update and others' changes without a reload (issue 18, items 4 and 5), in the browser mode:
// someone else saves the draft between the user's load and save, and the user merges field by field;
// an open page shows another client's change without a reload, but never over unsaved edits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServices } from '../../electron/services/start-services';
import { createInsats } from '../../electron/services/catalogue';
import { emptyInsatsContent } from '../../shared/domain/insats';
import type { Input, Method, Output } from '../../shared/api/contract';
import { APP_ROOT, expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';

const TODAY = '2026-01-15';

/** Another client of the same server (a second window, a colleague's browser). */
async function callApi<M extends Method>(app: WebApp, method: M, input: Input<M>): Promise<Output<M>> {
  const token = app.openUrl.match(/token=([0-9a-f]+)/)![1];
  const response = await fetch(`${app.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: boolean; value: Output<M>; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.value;
}

async function seedDraft(dbFile: string, namn: string): Promise<{ insatsId: number; versionId: number }> {
  const services = await startServices({ file: dbFile, appRoot: APP_ROOT, today: TODAY, backups: false });
  try {
    const v = await createInsats(services.ctx, {
      content: { ...emptyInsatsContent(namn), innehall: 'Samtal en gång i veckan.', malgrupp: 'Anhöriga till personer med missbruk.' },
    });
    return { insatsId: v.insatsId, versionId: v.versionId };
  } finally {
    await services.close();
  }
}

async function openInsats(page: Page, insatsId: number) {
  await page.evaluate((id) => (window.location.hash = `#/katalog/insats/${id}`), insatsId);
  await page.getByRole('form', { name: 'Redigera insats' }).waitFor();
}

const innehall = (page: Page) => page.getByRole('textbox', { name: 'Innehåll och genomförande', exact: true });

describe('samtidiga ändringar av samma utkast', () => {
  let browser: Browser;
  let app: WebApp;
  const dbFile = newDbFile();
  let first: { insatsId: number; versionId: number };
  let second: { insatsId: number; versionId: number };

  beforeAll(async () => {
    await seedDatabase(dbFile, { settings: { anvandare: 'Sara Sekreterare' }, today: TODAY });
    first = await seedDraft(dbFile, 'Anhörigstöd');
    second = await seedDraft(dbFile, 'Stödsamtal');
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: TODAY });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('den som sparar efter någon annan får slå ihop fält för fält och inget försvinner', async () => {
    const page = await newPage(browser, app);
    await openInsats(page, first.insatsId);
    await innehall(page).fill('Samtal en gång i veckan, också digitalt.');
    // Meanwhile someone else saves the same draft from the same revision.
    const loaded = await callApi(app, 'versions/get', { versionId: first.versionId });
    await callApi(app, 'versions/save', {
      versionId: first.versionId,
      revision: loaded.revision,
      content: { ...loaded.content, innehall: 'Samtal varannan vecka.', malgrupp: 'Anhöriga till personer med missbruk eller spelproblem.' },
    });
    await page.getByRole('button', { name: 'Spara utkast' }).click();

    const merge = page.getByTestId('sammanslagning');
    await merge.waitFor();
    await merge.getByText(/Sara Sekreterare ändrade utkastet/).waitFor();
    // Innehåll: both changed it, the user must choose; Målgrupp: only the other did, preselected.
    const innehallRow = page.getByTestId('merge-innehall');
    expect(await innehallRow.getByTestId('din-andring').textContent()).toBe('Samtal en gång i veckan, också digitalt.');
    expect(await innehallRow.getByTestId('den-andras-andring').textContent()).toBe('Samtal varannan vecka.');
    const malgruppRow = page.getByTestId('merge-malgrupp');
    expect(await malgruppRow.getByRole('radio', { name: 'Den andras ändring' }).isChecked()).toBe(true);
    expect(await innehallRow.getByRole('radio', { name: 'Din ändring' }).isChecked()).toBe(false);
    expect(await innehallRow.getByRole('radio', { name: 'Den andras ändring' }).isChecked()).toBe(false);
    await expectAccessible(page, 'Sammanslagning av utkast');
    await screenshot(page, 'revisioner-01-sammanslagning');

    // Saving without a choice where both changed is refused on the screen; nothing is written.
    await merge.getByRole('button', { name: 'Spara sammanslagningen' }).click();
    await merge.getByText('Välj vilken ändring som ska gälla i: Innehåll och genomförande.').waitFor();
    expect((await callApi(app, 'versions/get', { versionId: first.versionId })).revision).toBe(2);

    // From the keyboard: focus the user's own choice and select it with Space.
    await innehallRow.getByRole('radio', { name: 'Din ändring' }).focus();
    await page.keyboard.press('Space');
    await merge.getByRole('button', { name: 'Spara sammanslagningen' }).click();
    await merge.waitFor({ state: 'detached' });
    await page
      .getByTestId('spara-status')
      .getByText(/Sparat/)
      .waitFor();

    const stored = await callApi(app, 'versions/get', { versionId: first.versionId });
    expect(stored.revision).toBe(3);
    expect(stored.content.innehall).toBe('Samtal en gång i veckan, också digitalt.');
    expect(stored.content.malgrupp).toBe('Anhöriga till personer med missbruk eller spelproblem.');
    expect(await innehall(page).inputValue()).toBe('Samtal en gång i veckan, också digitalt.');
    await page.context().close();
  });

  it('en öppen sida visar en annans ändring utan omladdning, men skriver aldrig över osparade ändringar', async () => {
    const page = await newPage(browser, app);
    await openInsats(page, second.insatsId);
    expect(await innehall(page).inputValue()).toBe('Samtal en gång i veckan.');

    // An untouched form takes the other's save as it comes.
    const v1 = await callApi(app, 'versions/get', { versionId: second.versionId });
    await callApi(app, 'versions/save', {
      versionId: second.versionId,
      revision: v1.revision,
      content: { ...v1.content, innehall: 'Samtal två gånger i veckan.' },
    });
    await expect.poll(() => innehall(page).inputValue(), { timeout: 10_000 }).toBe('Samtal två gånger i veckan.');

    // A form with unsaved edits keeps them and says that someone else saved.
    await innehall(page).fill('Mitt eget förslag.');
    const v2 = await callApi(app, 'versions/get', { versionId: second.versionId });
    await callApi(app, 'versions/save', { versionId: second.versionId, revision: v2.revision, content: { ...v2.content, innehall: 'Samtal varje dag.' } });
    const notice = page.getByTestId('andrat-av-annan');
    await notice.waitFor({ timeout: 10_000 });
    expect(await innehall(page).inputValue()).toBe('Mitt eget förslag.');
    await expectAccessible(page, 'Utkast ändrat av någon annan');
    await screenshot(page, 'revisioner-02-andrat-av-annan');
    await notice.getByRole('button', { name: 'Jämför och slå ihop' }).click();
    const row = page.getByTestId('merge-innehall');
    expect(await row.getByTestId('din-andring').textContent()).toBe('Mitt eget förslag.');
    expect(await row.getByTestId('den-andras-andring').textContent()).toBe('Samtal varje dag.');

    // The Katalog list shows an insats another client created, without a reload.
    await page.getByRole('button', { name: 'Tillbaka till mina ändringar' }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByTestId('insats-rad').first().waitFor();
    await callApi(app, 'insatser/create', { content: emptyInsatsContent('Kontaktfamilj') });
    await page.getByTestId('insats-rad').filter({ hasText: 'Kontaktfamilj' }).waitFor({ timeout: 10_000 });
    await page.context().close();
  });
});
