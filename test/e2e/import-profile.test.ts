// The mapping step and import profiles as a user meets them: a document with a label the importer does not
// know ("Vilka kan delta:"), mapped to Målgrupp on the review screen, the proposal read again at once,
// imported; next year's revision of the same document is then read with the saved profile, no clicks. axe
// on the mapping step.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';
import { tempDir } from '../support/temp';

const TODAY = '2025-10-15';

function catalogue(year: number): string {
  return [
    'Insatser utan individuell behovsprövning – Alingsås kommun',
    `Diarienummer: SN ${year}/12`,
    `Datum för beslut: ${year}-05-20`,
    'Beslutande instans: Socialnämnden',
    `Giltighetstid: ${year}-07-01 –`,
    '1. Insatser',
    '1.1 Anhörigstöd',
    'Vilka kan delta: Anhöriga från 18 år.',
    'Villkor: Folkbokförd i Alingsås kommun.',
    'Dokumentation: Ingen dokumentation (14 kap. 4 § SoL).',
    '1.2 Samtalsgrupp för unga',
    `Vilka kan delta: Unga ${year === 2025 ? '13–17' : '12–17'} år.`,
    'Villkor: Folkbokförd i Alingsås kommun.',
    'Dokumentation: 14 kap. 3 § SoL.',
  ].join('\n\n');
}

describe('importprofil: tolka en okänd etikett en gång, nästa år utan klick', () => {
  let browser: Browser;
  let app: WebApp;
  const dbFile = newDbFile();
  const dir = tempDir('iub-e2e-profil-');
  const first = path.join(dir, 'iub-2025.txt');
  const revised = path.join(dir, 'iub-2026.txt');

  beforeAll(async () => {
    fs.writeFileSync(first, catalogue(2025));
    fs.writeFileSync(revised, catalogue(2026));
    await seedDatabase(dbFile, { settings: { kommun: 'Alingsås', namnd: 'Socialnämnden' }, today: TODAY });
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: TODAY });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function upload(page: Page, file: string) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
    await page.getByRole('link', { name: 'Importera katalogdokument' }).click();
    await page.getByRole('heading', { level: 2, name: 'Importera katalogdokument' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByText('2 insatser hittades').waitFor();
  }

  const ageFrom = async (page: Page, name: RegExp) => {
    const item = page.getByTestId('import-insats').filter({ hasText: name });
    if (!(await item.getByLabel('Målgruppens ålder från').isVisible())) await page.getByRole('button', { name }).click();
    return item.getByLabel('Målgruppens ålder från').inputValue();
  };

  it('mappar etiketten till Målgrupp, ser förslaget ändras och importerar', async () => {
    const page = await newPage(browser, app);
    await upload(page, first);
    await page.getByText('Etiketten "Vilka kan delta:" (rad 15 och 1 till) känns inte igen').waitFor();
    const mapping = page.getByRole('region', { name: 'Tolkning av dokumentet' });
    await expect(mapping.textContent()).resolves.toContain('sparas som importprofil för Alingsås');
    await expect(ageFrom(page, /1\.1 Anhörigstöd/)).resolves.toBe('');
    await expectAccessible(page, 'import – tolkning');
    await screenshot(page, 'import-profil-01-okand-etikett');

    await mapping.getByLabel('Etiketten ”Vilka kan delta:” (rad 15) betyder').selectOption({ label: 'Målgrupp' });
    // Read again at once: the label is known, the målgrupp and its age are filled in.
    await page.getByText('Etiketten "Vilka kan delta:"').waitFor({ state: 'detached' });
    await expect(ageFrom(page, /1\.1 Anhörigstöd/)).resolves.toBe('18');
    await expect(ageFrom(page, /1\.2 Samtalsgrupp för unga/)).resolves.toBe('13');
    await expect(mapping.getByLabel(/Etiketten ”Vilka kan delta:”/).inputValue()).resolves.toBe('malgrupp');
    await expectAccessible(page, 'import – tolkning vald');
    await screenshot(page, 'import-profil-02-mappad');

    await page.getByRole('button', { name: 'Importera 2 insatser' }).click();
    await page.getByRole('heading', { level: 2, name: 'Katalog' }).waitFor();
    await page.getByText('2 insatser').first().waitFor();
    await page.close();
  });

  it('läser nästa års revision med den sparade profilen, utan att något väljs', async () => {
    const page = await newPage(browser, app);
    await upload(page, revised);
    const mapping = page.getByRole('region', { name: 'Tolkning av dokumentet' });
    await mapping.getByText('Importprofil för Alingsås används').waitFor();
    await expect(page.getByText('Etiketten "Vilka kan delta:"').count()).resolves.toBe(0);
    await expect(ageFrom(page, /1\.2 Samtalsgrupp för unga/)).resolves.toBe('12');
    await expect(mapping.getByLabel(/Etiketten ”Vilka kan delta:”/).inputValue()).resolves.toBe('malgrupp');
    await expectAccessible(page, 'import – profil används');
    await screenshot(page, 'import-profil-03-profil-anvands');
    await page.getByRole('button', { name: 'Importera 2 insatser' }).click();
    await page.getByRole('heading', { level: 2, name: 'Katalog' }).waitFor();
    await page.close();
  });
});
