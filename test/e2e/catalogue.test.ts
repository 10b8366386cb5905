// Katalog as a secretary uses it, on both seed catalogues: Östersund (drafts, grouped by sektor and
// enhet) and Alingsås (decided, grouped by kategori). Search, filters, the read-only view, a new
// version of a decided insats with its redline, bad input that saves nothing, the catalogue between
// two dates, and the organisation in Inställningar. axe runs on every screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServices } from '../../electron/services/start-services';
import { dispatch } from '../../electron/api/dispatch';
import type { Input, Method, Output } from '../../shared/api/contract';
import { APP_ROOT, expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';

const TODAY = '2026-01-15';

/** Calls the running app's API the way the renderer does, to check what is (not) in the database. */
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

/**
 * Alingsås's Familjerådgivning gets a second version decided to apply from 2026-01-01, so the catalogue
 * differs between two dates. The lifecycle up to a decision is another feature's; here the decision
 * is written directly, as the service tests do.
 */
async function decideSecondVersion(dbFile: string) {
  const services = await startServices({ file: dbFile, appRoot: APP_ROOT, today: TODAY, backups: false });
  try {
    const call = async <M extends Method>(method: M, input: Input<M>) => {
      const envelope = await dispatch(services.ctx, method, input, () => undefined);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as Output<M>;
    };
    const [row] = await call('insatser/list', { sok: 'Familjerådgivning' });
    const v2 = await call('versions/newDraft', { insatsId: row.insatsId });
    await call('versions/save', {
      versionId: v2.versionId,
      revision: v2.revision,
      content: { ...v2.content, innehall: `${v2.content.innehall} Samtal kan också ges digitalt.`, andringssammanfattning: 'Digitala samtal.' },
    });
    const sqlite = services.ctx.sqlite!;
    const meeting = sqlite.prepare("INSERT INTO sammantrade (datum, namnd, status) VALUES ('2025-12-10', 'Socialnämnden', 'justerat')").run();
    const arende = sqlite
      .prepare("INSERT INTO arende (diarienummer, rubrik, sammantrade_id, paragraf, created_at) VALUES ('2025.120', 'Familjerådgivning', ?, 88, '2025-11-01')")
      .run(meeting.lastInsertRowid);
    const beslut = sqlite
      .prepare(
        "INSERT INTO beslut (arende_id, utfall, beslutsdatum, beslutande_instans, giltig_fran, created_at) VALUES (?, 'bifall', '2025-12-10', 'Socialnämnden', '2026-01-01', '2025-12-10')",
      )
      .run(arende.lastInsertRowid);
    sqlite.prepare("UPDATE insats_version SET status = 'beslutad', beslut_id = ? WHERE id = ?").run(beslut.lastInsertRowid, v2.versionId);
  } finally {
    await services.close();
  }
}

async function openKatalog(page: Page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Katalog' }).waitFor();
  await page.getByTestId('insats-rad').first().waitFor();
}

async function pickOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const rowNames = (page: Page) => page.getByTestId('insats-rad').locator('strong').allTextContents();

describe('katalogen med båda seedkatalogerna', () => {
  let browser: Browser;
  let app: WebApp;
  const dbFile = newDbFile();

  beforeAll(async () => {
    await seedDatabase(dbFile, { fixtures: ['ostersund', 'alingsas'], settings: { kommun: 'Alingsås' }, today: TODAY });
    await decideSecondVersion(dbFile);
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: TODAY });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('visar Östersund grupperad per sektor och enhet och Alingsås per kategori', async () => {
    const page = await newPage(browser, app);
    await openKatalog(page);
    await page.getByText('54 insatser').waitFor();
    // Östersund's document order: Sektor → Enhet → Insats.
    const list = page.getByTestId('katalog-lista');
    await list.getByRole('heading', { level: 3, name: 'KAF (Kompetens, Arbete, Försörjning) (3)' }).waitFor();
    await list.getByRole('heading', { level: 4, name: 'Arbetsmarknad (1)' }).waitFor();
    await list.getByRole('heading', { level: 4, name: 'Försörjning (2)' }).waitFor();
    await list.getByRole('heading', { level: 3, name: 'BUV - Barn, Ungdom, Vuxen (2)' }).waitFor();
    await expectAccessible(page, 'Katalog per sektor och enhet');
    await screenshot(page, 'katalog-01-sektor-enhet');

    await pickOption(page, 'Enhet', 'Nexus');
    await page.getByText('13 insatser matchar').waitFor();
    await list.getByRole('heading', { level: 3, name: 'Öppenvård (13)' }).waitFor();
    await list.getByRole('heading', { level: 4, name: 'Nexus (13)' }).waitFor();
    expect((await rowNames(page))[0]).toBe('Rådgivande samtal om skadligt bruk och beroende');
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.getByText('54 insatser').waitFor();

    // Alingsås's grouping: the four kategorier in their order, Östersund's insatser without kategori last.
    await page.getByTestId('gruppering').getByText('Kategori').click();
    await list.getByRole('heading', { level: 3, name: 'Rådgivning (13)' }).waitFor();
    const groups = await list.getByTestId('katalog-grupp').allTextContents();
    expect(groups.slice(0, 2)).toEqual(['Rådgivning (13)', 'Anhörigstöd (4)']);
    expect((await rowNames(page)).slice(0, 3)).toEqual(['Familjerådgivning', 'Samarbetssamtal', 'Budget- och skuldrådgivning']);
    await list.getByRole('heading', { level: 3, name: 'Anhörigstöd (4)' }).waitFor();
    // Scrolled to the end, the last rows are Östersund's last insats.
    await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.getByTestId('insats-rad').filter({ hasText: '4.6.1' }).waitFor();
    await list.evaluate((el) => (el.scrollTop = 0));
    // Östersund's drafts have no kategori: they form the last group.
    await pickOption(page, 'Status', 'Utkast');
    await list.getByRole('heading', { level: 3, name: 'Utan kategori (29)' }).waitFor();
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await list.getByRole('heading', { level: 3, name: 'Rådgivning (13)' }).waitFor();
    await expectAccessible(page, 'Katalog per kategori');
    await screenshot(page, 'katalog-02-kategori');

    // The list is virtualized: far fewer rows in the page than insatser in the catalogue.
    expect(await page.getByTestId('insats-rad').count()).toBeLessThan(54);
    await page.close();
  });

  it('söker i all text och filtrerar', async () => {
    const page = await newPage(browser, app);
    await openKatalog(page);
    const search = page.getByRole('searchbox', { name: 'Sök i all text' });
    await search.fill('CRAFT');
    await page.getByText('3 insatser matchar').waitFor();
    expect(await rowNames(page)).toEqual(['Anhörigstöd vid beroende', 'Anhörigstöd vid kriminalitet', 'Anhörigstöd vid ungas beroende Mini Maria']);
    await screenshot(page, 'katalog-03-sok-craft');
    await search.fill('Bostad Först');
    await page.getByText('1 insats matchar').waitFor();
    expect(await rowNames(page)).toEqual(['Utflyttningsstöd']);
    await search.fill('ingenting sådant finns');
    await page.getByText('Inga insatser matchar sökningen och filtren.').waitFor();
    await expectAccessible(page, 'Katalog utan träffar');
    await page.getByRole('button', { name: 'Visa alla insatser' }).click();
    await page.getByText('54 insatser').waitFor();

    await pickOption(page, 'Dokumentation', '14 kap. 5 §');
    await page.getByText('5 insatser matchar').waitFor();
    await page.getByRole('textbox', { name: 'Når åldern (år)' }).fill('16');
    // The 14 kap. 5 § insatser are all for adults.
    await page.getByText('Inga insatser matchar sökningen och filtren.').waitFor();
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.getByText('54 insatser').waitFor();
    await pickOption(page, 'Status', 'Gällande');
    await page.getByText('25 insatser matchar').waitFor();
    await page.close();
  });

  it('visar en beslutad version läsbar, skapar en ny version och visar ändringen som redline', async () => {
    const page = await newPage(browser, app);
    await openKatalog(page);
    await page.getByRole('searchbox', { name: 'Sök i all text' }).fill('Familjebehandling');
    await page.getByText('1 insats matchar').waitFor();
    await page.getByTestId('insats-rad').filter({ hasText: 'Familjebehandling' }).click();
    await page.getByRole('heading', { level: 2, name: 'Familjebehandling' }).waitFor();
    const view = page.getByTestId('version-visning');
    await view.getByRole('heading', { name: 'Metoder (9)' }).waitFor();
    await view.getByRole('heading', { name: 'Trappan', level: 4 }).waitFor();
    await view.getByText('Lifecare IFO', { exact: true }).waitFor();
    await expectAccessible(page, 'beslutad version');
    await screenshot(page, 'katalog-04-beslutad-version');

    await page.getByRole('button', { name: 'Ändra (ny version)' }).click();
    const editor = page.getByRole('form', { name: 'Redigera insats' });
    await editor.waitFor();
    await expect(page.getByRole('combobox', { name: 'Version', exact: true }).inputValue()).resolves.toBe('Version 2 – Utkast');
    // Every metod of the decided version is in the draft.
    expect(await editor.getByTestId('metod').count()).toBe(9);
    const omfattning = editor.getByRole('textbox', { name: 'Metod 6, omfattning' });
    await expect(omfattning.inputValue()).resolves.toBe('3- 8 samtal');
    await omfattning.fill('3–10 samtal');
    await editor.getByText('Ändringar som inte är sparade').waitFor();

    // Leaving with unsaved changes asks first; staying keeps what was typed.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: '← Tillbaka till katalogen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Familjebehandling' }).waitFor();
    await expect(omfattning.inputValue()).resolves.toBe('3–10 samtal');

    await editor.getByRole('textbox', { name: 'Vad har ändrats jämfört med föregående version?' }).fill('Trappan kan ges i upp till tio samtal.');
    await expectAccessible(page, 'redigera ny version');
    await screenshot(page, 'katalog-05-ny-version');
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await editor.getByText(/^Sparat \d\d:\d\d$/).waitFor();

    await page.getByRole('tab', { name: 'Jämför versioner' }).click();
    const change = page.getByTestId('diff-falt').filter({ hasText: 'Metod ”Trappan”' });
    await change.waitFor();
    await expect(change.locator('ins').textContent()).resolves.toContain('–10');
    await expect(change.locator('del').textContent()).resolves.toContain('- 8');
    await page.getByText('Ändringssammanfattning, version 2').waitFor();
    await page.getByText('1 ändrat fält.').waitFor();
    expect(await page.getByTestId('diff-falt').count()).toBe(1);
    await expectAccessible(page, 'jämför versioner');
    await screenshot(page, 'katalog-06-redline');

    const detail = await callApi(app, 'insatser/get', { insatsId: (await callApi(app, 'insatser/list', { sok: 'Familjebehandling' }))[0].insatsId });
    expect(detail.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [1, 'gallande'],
      [2, 'utkast'],
    ]);
    // The decided version is untouched.
    const v1 = await callApi(app, 'versions/get', { versionId: detail.versions[0].versionId });
    expect(v1.content.metoder.find((m) => m.namn === 'Trappan')?.omfattning).toBe('3- 8 samtal');

    // The list shows the draft and the version still in force.
    await page.getByRole('link', { name: '← Tillbaka till katalogen' }).click();
    const row = page.getByTestId('insats-rad').filter({ hasText: 'Familjebehandling' });
    await row.getByText('Utkast v2').waitFor();
    await row.getByText('Gällande v1').waitFor();
    await page.close();
  });

  it('visar svenska fel medan man skriver och sparar ingenting halvvägs', async () => {
    const page = await newPage(browser, app);
    await openKatalog(page);
    await page.getByRole('searchbox', { name: 'Sök i all text' }).fill('Vräkningsförebyggande');
    await page.getByText('1 insats matchar').waitFor();
    await page.getByTestId('insats-rad').filter({ hasText: 'Vräkningsförebyggande' }).click();
    const editor = page.getByRole('form', { name: 'Redigera insats' });
    await editor.waitFor();
    const insatsId = (await callApi(app, 'insatser/list', { sok: 'Vräkningsförebyggande' }))[0].insatsId;
    const before = await callApi(app, 'versions/get', { versionId: (await callApi(app, 'insatser/get', { insatsId })).versions[0].versionId });

    await editor.getByRole('textbox', { name: 'Innehåll och genomförande' }).fill('Ny text som inte får sparas halvvägs.');
    // Closing the window with unsaved changes asks first (the browser's own question; Electron asks in a dialog).
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    await expect(asked).resolves.toBe('beforeunload');
    expect(page.isClosed()).toBe(false);
    await editor.getByRole('textbox', { name: 'Namn', exact: true }).fill('');
    await editor.getByText('Namn måste anges.').waitFor();
    await editor.getByRole('textbox', { name: 'Målgruppens ålder från' }).fill('30');
    await editor.getByRole('textbox', { name: 'Målgruppens ålder till och med' }).fill('20');
    await editor.getByText('Lägsta ålder kan inte vara högre än högsta ålder.').waitFor();
    await editor.getByRole('button', { name: 'Lägg till metod' }).click();
    // A new, untouched metod is not flagged until the save.
    await expect(editor.getByText('Namn måste anges.').count()).resolves.toBe(1);

    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    const summary = page.getByTestId('fel-sammanfattning');
    await summary.getByText('Utkastet sparades inte. Inget av det du skrivit har försvunnit').waitFor();
    await summary.getByText('Namn: Namn måste anges.', { exact: true }).waitFor();
    await summary.getByText('Metod 1, namn: Namn måste anges.').waitFor();
    await summary.getByText('Målgruppens ålder: Lägsta ålder kan inte vara högre än högsta ålder.').waitFor();
    await expectAccessible(page, 'redigera med fel');
    await screenshot(page, 'katalog-07-fel');

    // Nothing reached the database, and everything typed is still in the form.
    const after = await callApi(app, 'versions/get', { versionId: before.versionId });
    expect(after.content).toEqual(before.content);
    expect(after.updatedAt).toBe(before.updatedAt);
    await expect(editor.getByRole('textbox', { name: 'Innehåll och genomförande' }).inputValue()).resolves.toBe('Ny text som inte får sparas halvvägs.');

    // The summary leads to the field; fixing everything saves it all at once.
    await summary.getByRole('button', { name: 'Namn', exact: true }).click();
    await expect(editor.getByRole('textbox', { name: 'Namn', exact: true }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await editor.getByRole('textbox', { name: 'Namn', exact: true }).fill('Vräkningsförebyggande arbete');
    await editor.getByRole('textbox', { name: 'Målgruppens ålder till och med' }).fill('');
    await editor.getByRole('textbox', { name: 'Metod 1, namn' }).fill('Hembesök');
    await editor.getByRole('button', { name: 'Spara utkast' }).click();
    await editor.getByText(/^Sparat \d\d:\d\d$/).waitFor();
    const saved = await callApi(app, 'versions/get', { versionId: before.versionId });
    expect(saved.content).toMatchObject({
      innehall: 'Ny text som inte får sparas halvvägs.',
      malgruppAlder: { min: 30, max: null },
      metoder: [{ namn: 'Hembesök' }],
    });
    await page.close();
  });

  it('jämför katalogen mellan två datum', async () => {
    const page = await newPage(browser, app);
    await openKatalog(page);
    await page.getByRole('link', { name: 'Jämför katalogen mellan två datum' }).click();
    await page.getByRole('heading', { level: 2, name: 'Jämför katalogen mellan två datum' }).waitFor();
    await expectAccessible(page, 'jämför datum');

    await page.getByRole('button', { name: /Före och efter 2025\.053 § 37, som gäller från 2025-10-01/ }).click();
    await page.getByRole('heading', { name: 'Från 2025-09-30 till 2025-10-01' }).waitFor();
    await expect(page.getByTestId('jamfor-tillkomna').getByRole('listitem').count()).resolves.toBe(25);

    await page.getByLabel('Från datum').fill('2025-12-31');
    await page.getByLabel('Till datum').fill('2026-01-01');
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await page.getByRole('heading', { name: 'Från 2025-12-31 till 2026-01-01' }).waitFor();
    const changed = page.getByTestId('jamfor-andrade');
    await changed.getByRole('button', { name: /3\.1\.1 Familjerådgivning: version 1 → 2/ }).click();
    await changed.getByTestId('diff-falt').filter({ hasText: 'Innehåll och genomförande' }).locator('ins').filter({ hasText: 'digitalt' }).waitFor();
    await expect(page.getByTestId('jamfor-tillkomna').count()).resolves.toBe(0);
    await expectAccessible(page, 'jämför datum, resultat');
    await screenshot(page, 'katalog-08-jamfor-datum');

    await page.getByLabel('Från datum').fill('');
    await page.getByRole('button', { name: 'Jämför', exact: true }).click();
    await page.getByText('Ange ett datum.').waitFor();

    // A date field is a ÅÅÅÅ-MM-DD text field in every browser, with Swedish messages once left.
    const till = page.getByLabel('Till datum');
    await expect(till.evaluate((el) => (el as HTMLInputElement).type)).resolves.toBe('text');
    await till.fill('2026-02-30');
    await till.press('Tab');
    await page.getByText('2026-02-30 finns inte i kalendern.').waitFor();
    await till.fill('02/28/2026');
    await page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.').waitFor();
    await till.fill('2026-02-28');
    await expect(page.getByText('Skriv datumet som ÅÅÅÅ-MM-DD').count()).resolves.toBe(0);
    await expectAccessible(page, 'datumfält med fel');
    await page.close();
  });

  it('redigerar sektorer, enheter och kategorier i Inställningar', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inställningar', exact: true }).click();
    const section = page.getByRole('region', { name: 'Organisation och kategorier' });
    await section.getByText('Nexus', { exact: true }).waitFor();
    const nexus = section.getByTestId('enhet').filter({ hasText: 'Nexus' });
    await nexus.getByText('13 insatser').waitFor();

    await nexus.getByRole('button', { name: 'Ta bort Nexus' }).click();
    await page.getByRole('dialog', { name: 'Ta bort enheten ”Nexus”?' }).getByRole('button', { name: 'Ta bort' }).click();
    await section
      .getByRole('alert')
      .getByText(/Enheten ”Nexus” används av 13 insatser, .* och kan inte tas bort\./)
      .waitFor();

    await nexus.getByRole('button', { name: 'Byt namn på Nexus' }).click();
    await section.getByRole('textbox', { name: 'Nytt namn för Nexus' }).fill('Nexus beroendeenhet');
    await section.getByRole('button', { name: 'Spara' }).click();
    await section.getByText('Namnet är ändrat till ”Nexus beroendeenhet”.').waitFor();

    // A reorganisation: the enhet and its insatser move to another sektor.
    await section.getByRole('button', { name: 'Flytta Björkebo till en annan sektor' }).click();
    await page.getByRole('menuitem', { name: 'BUV - Barn, Ungdom, Vuxen' }).click();
    await section.getByText('”Björkebo” hör nu till BUV - Barn, Ungdom, Vuxen.').waitFor();
    await section.getByRole('list', { name: 'Enheter i BUV - Barn, Ungdom, Vuxen' }).getByText('Björkebo').waitFor();
    expect((await callApi(app, 'insatser/list', { sok: 'Akutboendet' }))[0].sektorNamn).toBe('BUV - Barn, Ungdom, Vuxen');

    await section.getByRole('textbox', { name: 'Ny kategori' }).fill('Förebyggande');
    await section.getByRole('button', { name: 'Lägg till' }).last().click();
    const kategori = section.getByTestId('kategori').filter({ hasText: 'Förebyggande' });
    await kategori.getByText('0 insatser').waitFor();
    await kategori.getByRole('button', { name: 'Flytta upp Förebyggande' }).click();
    await section.getByTestId('kategori').nth(3).filter({ hasText: 'Förebyggande' }).waitFor();
    await expect(section.getByTestId('kategori').allTextContents()).resolves.toEqual([
      expect.stringContaining('Rådgivning'),
      expect.stringContaining('Anhörigstöd'),
      expect.stringContaining('Mötesplats'),
      expect.stringContaining('Förebyggande'),
      expect.stringContaining('Individuellt riktade insatser'),
    ]);
    await expectAccessible(page, 'Inställningar, organisation');
    await screenshot(page, 'katalog-09-organisation');

    // The search follows the new name.
    const rows = await callApi(app, 'insatser/list', { sok: 'beroendeenhet' });
    expect(rows).toHaveLength(13);
    await page.close();
  });
});
