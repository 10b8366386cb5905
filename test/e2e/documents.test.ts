// Issue 17, end to end: seed 002 imported in the browser, then every output a secretary hands on — the
// protokollsutdrag of the imported beslut, the catalogue document (PDF and DOCX), the checklist, the public text and
// the CSV — says "3.2.1 Anhörigstöd vid beroende", as the app does, and the document carries the municipality's own
// "1. Inledning" and "2. Rättsliga utgångspunkter", editable on the Export page. The PDFs declare PDF/A-2a. axe on
// every screen.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archivalPdfProblems, pdfText, tocEntries, unzip } from '../support/documents';
import { SEED_FILES } from '../support/seeds';
import { tempDir } from '../support/temp';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';

const TODAY = '2025-11-03';
const NUMBERED = '3.2.1 Anhörigstöd vid beroende';
const INLEDNING = 'Den 20 maj 2025 tog riksdagen (SoU23) beslut om ny socialtjänstlag';
const downloads = tempDir('iub-e2e-documents-');
const squash = (s: string) => s.replace(/\s+/g, ' ');

async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; file: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const file = join(downloads, event.suggestedFilename());
  await event.saveAs(file);
  return { name: event.suggestedFilename(), file };
}

describe('seed 002 från import till protokollsutdrag och katalog: ett nummer per insats och kommunens egen text', () => {
  let browser: Browser;
  let app: WebApp;

  beforeAll(async () => {
    const dbFile = newDbFile();
    await seedDatabase(dbFile, { settings: { kommun: 'Alingsås', namnd: 'Socialnämnden' }, today: TODAY });
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: TODAY });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('importerar seed 002 och varje utdata säger 3.2.1 Anhörigstöd vid beroende', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByRole('link', { name: 'Importera katalogdokument' }).click();
    await page.locator('input[type="file"]').setInputFiles(SEED_FILES.alingsas);
    await page.getByText('25 insatser hittades, grupperade efter kategori').waitFor();
    // Two headings are spelt otherwise in the table of contents: the import waits until each is chosen.
    for (const [nummer, stavning] of [
      ['3.1.11', '”Föräldraträffar ABC”, som rubriken i texten'],
      ['3.4.3', '”Boendecoachning”, som innehållsförteckningen'],
    ]) {
      await page.getByRole('button', { name: new RegExp(`^${nummer.replace(/\./g, '\\.')} `) }).click();
      await page.getByRole('radio', { name: stavning }).check();
    }
    await page.getByRole('button', { name: 'Importera 25 insatser' }).click();

    // The app.
    await page.getByRole('heading', { level: 2, name: 'Katalog' }).waitFor();
    await page.getByText('25 insatser', { exact: true }).waitFor();
    const row = page.getByTestId('insats-rad').filter({ hasText: 'Anhörigstöd vid beroende' });
    await expect(row.textContent()).resolves.toContain(NUMBERED);
    await expectAccessible(page, 'katalog efter import av seed 002');

    // The protokollsutdrag of the imported beslut.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sammanträden och beslut', exact: true }).click();
    const card = page.getByTestId('arende').filter({ hasText: '2025.053' });
    await card.waitFor();
    const utdrag = await download(page, () => card.getByRole('button', { name: 'Protokollsutdrag (PDF)' }).click());
    const utdragBytes = new Uint8Array(readFileSync(utdrag.file));
    expect(squash(pdfText(utdragBytes, false).join('\n'))).toContain(NUMBERED);
    expect(archivalPdfProblems(utdragBytes)).toEqual([]);
    await expectAccessible(page, 'beslut efter import av seed 002');

    // The Export page: the document's own texts, kept from the import and editable.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Export', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Export' }).waitFor();
    const editor = page.getByRole('region', { name: 'Titel och inledning i katalogdokumentet' });
    await editor.getByText('Egen inledning', { exact: true }).waitFor();
    const inledning = await editor.getByLabel('Inledning').inputValue();
    expect(inledning).toContain('# Rättsliga utgångspunkter');
    expect(inledning).toContain(INLEDNING);
    await expect(editor.getByLabel('Nämnd under titeln').inputValue()).resolves.toBe('Socialnämnden');
    await expect(editor.getByLabel('Rubrik för förteckningen').inputValue()).resolves.toBe('Förteckning av IUB');
    await page.getByTestId('export-sammanfattning').waitFor();
    await expectAccessible(page, 'export efter import av seed 002');
    await screenshot(page, 'dokument-01-export-egna-texter');

    // The catalogue document as PDF: the municipality's chapters and numbers.
    await page.getByRole('radio', { name: 'Kategori' }).check();
    const pdf = await download(page, () => page.getByRole('button', { name: 'Ladda ned' }).click());
    const pdfBytes = new Uint8Array(readFileSync(pdf.file));
    const pages = pdfText(pdfBytes, true);
    const toc = tocEntries(pages).map((e) => `${e.number} ${e.title}`);
    expect(toc).toEqual(
      expect.arrayContaining([
        '1. Inledning',
        '2. Rättsliga utgångspunkter',
        '2.2.1 Insatser utan individuell behovsprövning till barn',
        '3. Förteckning av IUB',
        '3.2 Anhörigstöd',
        NUMBERED,
      ]),
    );
    const text = squash(pdfText(pdfBytes, false).join('\n'));
    expect(text).toContain(INLEDNING);
    expect(text).not.toContain('2.2.1 Anhörigstöd vid beroende');
    expect(archivalPdfProblems(pdfBytes)).toEqual([]);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '4', pdf.file, join(downloads, 'katalog')]);

    // The DOCX.
    await page.getByRole('radio', { name: 'Word (DOCX)' }).check();
    const docx = await download(page, () => page.getByRole('button', { name: 'Ladda ned' }).click());
    const xml = (await unzip(new Uint8Array(readFileSync(docx.file)))).get('word/document.xml')!;
    const docxText = squash(xml.replace(/<[^>]+>/g, ' '));
    expect(docxText).toContain('3.2.1 Anhörigstöd vid beroende');
    expect(docxText).toContain('Rättsliga utgångspunkter');

    // The checklist, the public text and the CSV.
    await page.getByRole('radio', { name: 'Checklista för utförare' }).check();
    await page.getByRole('radio', { name: 'PDF' }).check();
    const checklist = await download(page, () => page.getByRole('button', { name: 'Ladda ned' }).click());
    const checklistBytes = new Uint8Array(readFileSync(checklist.file));
    expect(tocEntries(pdfText(checklistBytes, true)).map((e) => `${e.number} ${e.title}`)).toContain(NUMBERED);
    expect(archivalPdfProblems(checklistBytes)).toEqual([]);

    await page.getByRole('radio', { name: 'Publik text för webbplatsen' }).check();
    const zip = await download(page, () => page.getByRole('button', { name: 'Ladda ned' }).click());
    const files = await unzip(new Uint8Array(readFileSync(zip.file)));
    expect([...files.keys()].some((n) => n.startsWith('3-2-1-'))).toBe(true);

    await page.getByRole('radio', { name: 'Öppna data' }).check();
    await page.getByRole('radio', { name: 'CSV (semikolonseparerad)' }).check();
    const csv = await download(page, () => page.getByRole('button', { name: 'Ladda ned' }).click());
    expect(readFileSync(csv.file, 'utf8')).toMatch(/(^|\n)"?3\.2\.1"?;"?Anhörigstöd vid beroende"?/);
    await expectAccessible(page, 'export av öppna data efter import av seed 002');
    await page.close();
  });
});
