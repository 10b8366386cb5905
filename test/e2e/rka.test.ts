// The three Alingsås 14 kap. 5 § insatser carried through a risk- och konsekvensanalys in the browser: the
// imported "Bedömning särskilda skäl" is there as the conclusion, "Markera som klar" is refused with what is
// missing, the risks land in the matrix, the analysis is completed and downloaded as PDF. Then the insatser
// are decided, a new version is made, and its analysis comes back as a draft to review.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
// The RKA hooks (import, carry-over) are registered when the RKA service is loaded, as the app's handlers do.
import '../../electron/services/rka';
import { RKA_REPORT_HEADINGS } from '../../electron/exports';
import { loadFixture } from '../fixtures/load-fixture';
import { testServices } from '../support/services';
import { tempDir } from '../support/temp';
import { expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';

interface Plan {
  namn: string;
  skal: string[];
  egenText: string;
  /** [beskrivning, sannolikhet, konsekvens, åtgärd] */
  risk: [string, string, string, string];
}

const PLANS: Plan[] = [
  {
    namn: 'Anhörigstöd vid beroende',
    skal: ['Skadligt bruk eller beroende'],
    egenText: '',
    risk: ['Deltagare avbryter utan att det märks.', '3', '2', 'Avidentifierad statistik över avbrott förs.'],
  },
  {
    namn: 'Anhörigstöd vid kriminalitet',
    skal: [],
    egenText: 'Anhöriga till personer i kriminalitet riskerar hot och repressalier om deras kontakt blir känd.',
    risk: ['Hot mot deltagare uppmärksammas inte.', '2', '3', 'Personalen följer rutinen för hot och våld.'],
  },
  {
    namn: 'Aktivitetshus Gläntan',
    skal: ['Öppen verksamhet som mötesplats eller träffpunkt'],
    egenText: '',
    risk: ['Besökare med stora behov slussas inte vidare.', '2', '2', 'Personalen informerar om rätten att ansöka om behovsprövade insatser.'],
  },
];

const slug = (s: string) => s.toLowerCase().replace(/[^a-zåäö]+/g, '-');

async function openInsats(page: Page, namn: string) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Katalog', exact: true }).click();
  await page.getByLabel('Sök i all text').fill(namn);
  await page
    .getByTestId('insats-rad')
    .filter({ has: page.getByText(namn, { exact: true }) })
    .click();
  await page.getByRole('heading', { level: 2, name: namn }).waitFor();
}

async function openRkaTab(page: Page) {
  await page.getByRole('tab', { name: 'Riskanalys (RKA)' }).click();
  await page.getByRole('heading', { level: 3, name: 'Risk- och konsekvensanalys' }).waitFor();
}

async function downloadPdf(page: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner PDF' }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
}

describe('risk- och konsekvensanalys i webbläsaren', () => {
  let browser: Browser;
  let app: WebApp;
  const dbFile = newDbFile();
  const downloads = tempDir('iub-rka-dl-');
  const fixture = loadFixture('alingsas');
  const bedomning = (namn: string) => fixture.insatser.find((i) => i.content.namn === namn)!.bedomningSarskildaSkal.trim();

  beforeAll(async () => {
    await seedDatabase(dbFile, { fixtures: [{ name: 'alingsas', withoutBeslut: true }], today: '2025-09-01' });
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: '2025-09-01' });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('för de tre 14:5-insatserna genom analysen till klar, med riskmatris och PDF', async () => {
    const page = await newPage(browser, app);
    for (const [n, plan] of PLANS.entries()) {
      await openInsats(page, plan.namn);
      await openRkaTab(page);
      const form = page.getByRole('form', { name: 'Risk- och konsekvensanalys' });

      // The import brought the nämnd's "Bedömning särskilda skäl" as the conclusion.
      await expect(form.getByRole('textbox', { name: /^Slutsats \(Bedömning särskilda skäl\)/ }).inputValue()).resolves.toBe(bedomning(plan.namn));

      // Refused while sections are missing, with the Swedish list.
      await form.getByRole('button', { name: 'Markera som klar' }).click();
      await page.getByRole('alert').filter({ hasText: 'Analysen kan inte markeras som klar' }).waitFor();
      const saknas = page.getByTestId('rka-saknas');
      for (const text of ['Beskriv insatsens syfte och karaktär.', 'Ange minst en risk med sannolikhet och konsekvens.', 'Ange datum för analysen.']) {
        await saknas.getByText(text).waitFor();
      }
      if (n === 0) {
        await expectAccessible(page, 'RKA, nytt utkast');
        await screenshot(page, `rka-01-utkast-${slug(plan.namn)}`);
      }

      await form
        .getByRole('textbox', { name: /^Insatsens syfte och karaktär/ })
        .fill(`${plan.namn}: stöd i grupp och öppen verksamhet utan krav på registrering.`);
      await form
        .getByRole('textbox', { name: /^Målgrupp och behov av anonymitet/ })
        .fill('Målgruppen avstår från stöd om uppgifter som kan röja identiteten dokumenteras.');
      for (const skal of plan.skal) await form.getByRole('checkbox', { name: skal }).check();
      if (plan.egenText) await form.getByRole('textbox', { name: /^Skälen med egna ord/ }).fill(plan.egenText);
      await form
        .getByRole('textbox', { name: /^Behov av uppföljning på individnivå/ })
        .fill('Insatsen följs upp på gruppnivå; behovet på individnivå är litet.');

      // R1 from the suggestions, R2 typed by hand.
      await form.getByLabel('Eller utgå från en vanlig risk').selectOption({ label: 'Oro för barn som far illa' });
      await form.getByRole('button', { name: 'Lägg till förslaget' }).click();
      await form.getByRole('button', { name: 'Lägg till risk' }).click();
      await form.getByRole('textbox', { name: /^Risk R2: beskrivning/ }).fill(plan.risk[0]);
      await form.getByLabel('Risk R2: sannolikhet').selectOption(plan.risk[1]);
      await form.getByLabel('Risk R2: konsekvens').selectOption(plan.risk[2]);
      await form.getByRole('textbox', { name: /^Risk R2: åtgärd/ }).fill(plan.risk[3]);

      // The matrix shows both risks in their cells, the band in text beside the colour.
      const matrix = form.getByTestId('riskmatris');
      await expect(matrix.getByTestId('cell-2-4').innerText()).resolves.toMatch(/R1\s+Hög risk/);
      await expect(matrix.getByTestId(`cell-${plan.risk[1]}-${plan.risk[2]}`).innerText()).resolves.toMatch(/R2\s+\S/);

      await form.getByRole('radio', { name: /^Skälen för undantag från dokumentationskravet väger tyngre/ }).check();
      await form.getByRole('textbox', { name: /^Deltagare i analysen/ }).fill('Enhetschef öppenvården\nVerksamhetsutvecklare');
      await form.getByLabel(/^Datum för analysen/).fill('2025-08-20');
      await page.getByTestId('rka-sammanfattning').filter({ hasText: 'Alla avsnitt är ifyllda' }).waitFor();
      if (n === 0) {
        await expectAccessible(page, 'RKA, ifylld');
        await screenshot(page, `rka-02-ifylld-${slug(plan.namn)}`);
      }

      if (n === 0) {
        // With two high risks the åtgärder are confirmed before klar; declining leaves the analysis open.
        await form.getByLabel('Risk R2: sannolikhet').selectOption('3');
        await form.getByLabel('Risk R2: konsekvens').selectOption('3');
        const asked = new Promise<string>((resolve) =>
          page.once('dialog', (dialog) => {
            resolve(dialog.message());
            void dialog.dismiss();
          }),
        );
        await form.getByRole('button', { name: 'Markera som klar' }).click();
        expect(await asked).toContain('Analysen har 2 risker med hög eller mycket hög risk (R1, R2). Räcker de angivna åtgärderna');
        await expect(form.getByRole('button', { name: 'Markera som klar' }).isVisible()).resolves.toBe(true);
        await form.getByLabel('Risk R2: sannolikhet').selectOption(plan.risk[1]);
        await form.getByLabel('Risk R2: konsekvens').selectOption(plan.risk[2]);
      }
      await form.getByRole('button', { name: 'Markera som klar' }).click();
      await page.getByText('Analysen är klar', { exact: true }).waitFor();
      const view = page.getByTestId('rka-visning');
      await view.getByText(plan.risk[0]).waitFor();
      await expect(view.getByTestId('cell-2-4').innerText()).resolves.toMatch(/R1/);
      await expectAccessible(page, `RKA klar, ${plan.namn}`);
      await screenshot(page, `rka-03-klar-${slug(plan.namn)}`);

      const text = await downloadPdf(page, downloads);
      RKA_REPORT_HEADINGS.forEach((h, i) => expect(text).toContain(`${i + 1}. ${h}`));
      expect(text).toContain(plan.namn);
      expect(text).toContain('Riskmatris (sannolikhet × konsekvens)');
      expect(text).not.toContain('UTKAST');
    }
    await page.close();
  });

  it('en ny version av en beslutad insats öppnar analysen för granskning', async () => {
    // Seed the decision: the proposal steps are not this feature's; the decision goes through the real service.
    await app.stop();
    const s = await testServices({ file: dbFile, today: '2025-09-16', configured: false });
    try {
      const ids = (await s.call('insatser/list', { regim: '14:5' })).filter((r) => PLANS.some((p) => p.namn === r.namn)).map((r) => r.versionId);
      expect(ids).toHaveLength(3);
      for (const id of ids) s.sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut' WHERE id = ?").run(id);
      const meeting = await s.call('sammantraden/create', { datum: '2025-09-16' });
      const arende = await s.call('arenden/create', { diarienummer: '2025.053', rubrik: 'Insatser utan individuell behovsprövning', versionIds: ids });
      await s.call('arenden/schedule', { arendeId: arende.id, sammantradeId: meeting.id });
      await s.call('beslut/record', {
        arendeId: arende.id,
        utfall: 'bifall',
        beslutsdatum: '2025-09-16',
        beslutandeInstans: 'Socialnämnden',
        beslutstext: 'Socialnämnden antar insatserna.',
        giltigFran: '2025-10-01',
      });
    } finally {
      await s.cleanup();
    }
    app = await startWeb({ dbFile, today: '2025-11-03' });
    const page = await newPage(browser, app);
    const plan = PLANS[0];
    await openInsats(page, plan.namn);

    // The decided version's analysis is read-only.
    await openRkaTab(page);
    await page.getByText('Analysen är klar', { exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Markera som klar' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Öppna analysen igen för ändringar' }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Ändra (ny version)' }).click();
    await page.waitForURL(/#\/katalog\/insats\/\d+\/\d+$/);
    await openRkaTab(page);
    const notice = page.getByTestId('rka-granska');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/Granska analysen igen[\s\S]*förts över från version 1 som utkast den 2025-11-03/);
    const form = page.getByRole('form', { name: 'Risk- och konsekvensanalys' });
    await expect(form.getByRole('textbox', { name: /^Risk R2: beskrivning/ }).inputValue()).resolves.toBe(plan.risk[0]);
    await expectAccessible(page, 'RKA att granska');
    await screenshot(page, 'rka-04-granska-igen');

    // Reviewed and completed again: the notice goes away.
    await form.getByRole('textbox', { name: /^Deltagare i analysen/ }).fill('Enhetschef öppenvården\nVerksamhetsutvecklare\nNämndsekreterare');
    // Unsaved edits survive a look at another tab; tabs and buttons work from the keyboard.
    await page.getByRole('tab', { name: 'Riskanalys (RKA)' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Jämför versioner' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 3, name: 'Risk- och konsekvensanalys' }).waitFor();
    await expect(form.getByRole('textbox', { name: /^Deltagare i analysen/ }).inputValue()).resolves.toContain('Nämndsekreterare');
    await page.getByText('Osparade ändringar').waitFor();
    await form.getByRole('button', { name: 'Markera som klar' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Analysen är klar', { exact: true }).waitFor();
    await expect(page.getByTestId('rka-granska').count()).resolves.toBe(0);

    const text = await downloadPdf(page, downloads);
    expect(text).toContain('Nämndsekreterare');
    await page.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });
});
