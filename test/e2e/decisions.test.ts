// Seed 002's decision as a nämndsekreterare makes it in the browser: the Alingsås insatser adopted on 2025-09-16 as
// "2025.053 SN § 37", giltig från 2025-10-01, revideras senast 2026-12-31, dokumentansvarig Verksamhetsutvecklare;
// the protocol justerat and anslaget; the protokollsutdrag exported (PDF looked at as PNG and read as text, DOCX read
// back); återremiss and avslag moving their versions; an återremitterat ärende reworked in Katalog, put on a later
// sammanträde with a new § and adopted there, each § with its own protokollsutdrag; the clock moved past giltig till
// making a version utgången.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { startServices } from '../../electron/services/start-services';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { glantan } from '../support/seed-insatser';
import { tempDir } from '../support/temp';
import { APP_ROOT, SCREENSHOT_DIR, expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';

/** Waits until the element's text contains the value (Playwright's locator assertions are not used with Vitest's expect). */
async function containsText(locator: Locator, value: string) {
  await expect
    .poll(() =>
      locator
        .first()
        .innerText()
        .catch(() => ''),
    )
    .toContain(value);
}

const EXTRA = ['Spelberoendestöd', 'Digital föräldraträff', 'Sommarläger för unga'];

describe('nämndens beslut i webbläsarläget', () => {
  let browser: Browser;
  let app: WebApp;
  const dbFile = newDbFile();
  const downloads = tempDir('iub-e2e-dl-');

  beforeAll(async () => {
    await seedDatabase(dbFile, { fixtures: [{ name: 'alingsas', withoutBeslut: true }], today: '2025-09-16' });
    // Three more insatser for the other outcomes, created through the service as the Katalog would.
    const services = await startServices({ file: dbFile, appRoot: APP_ROOT, today: '2025-09-16', backups: false });
    for (const namn of EXTRA) {
      // Spelberoendestöd is återremitterat and reworked in the browser: its content passes the checks.
      const content = namn === 'Spelberoendestöd' ? glantan('14:3', { namn }) : emptyInsatsContent(namn);
      const r = await dispatch(services.ctx, 'insatser/create', { content });
      if (!r.ok) throw new Error(r.error.message);
    }
    await services.close();
    // Every version ready for decision (the lifecycle that gets them there has its own tests).
    const sqlite = new Database(dbFile);
    sqlite.prepare("UPDATE insats_version SET status = 'redo_for_beslut'").run();
    sqlite.close();
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: '2025-09-16' });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  const arendeCard = (page: Page, text: string) => page.getByTestId('arende').filter({ has: page.getByRole('heading', { name: text }) });
  const meetingCard = (page: Page, datum: string) =>
    page.getByTestId('sammantrade').filter({ has: page.getByRole('heading', { name: `Socialnämnden ${datum}` }) });

  async function openDecisions(page: Page) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Sammanträden och beslut', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sammanträden och beslut' }).waitFor();
  }

  async function addMeeting(page: Page, datum: string) {
    await page.getByLabel('Nytt sammanträde, datum').fill(datum);
    await page.getByRole('button', { name: 'Lägg till sammanträde' }).click();
    await meetingCard(page, datum).waitFor();
  }

  async function schedule(card: Locator, paragraf: number | null) {
    if (paragraf !== null) await card.getByLabel('Paragraf (§)').fill(String(paragraf));
    await card.getByRole('button', { name: 'Lägg på dagordningen' }).click();
  }

  async function download(page: Page, card: Locator, button: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: button }).click()]);
    const target = path.join(downloads, file.suggestedFilename());
    await file.saveAs(target);
    return target;
  }

  async function versionStatuses(card: Locator): Promise<string> {
    const details = card.locator('details');
    if (!(await details.getAttribute('open'))) await details.locator('summary').click();
    return (await details.locator('li').allInnerTexts()).join('\n');
  }

  it('reproducerar seed 002:s beslut: 2025.053 SN § 37 och ett protokollsutdrag med exakt de värdena', async () => {
    let page = await newPage(browser, app);
    await openDecisions(page);
    await expectAccessible(page, 'sammanträden och beslut, tomt');

    await addMeeting(page, '2025-09-16');

    // The next number of the year is suggested; the secretary types the one from the diarium instead.
    await page.getByRole('button', { name: 'Nytt ärende', exact: true }).click();
    const dnr = page.getByLabel('Diarienummer');
    await expect.poll(() => dnr.inputValue()).toBe('2025.001');
    await dnr.fill('2025.053');
    await page.getByLabel('Rubrik').fill('Insatser utan individuell behovsprövning');
    await page.getByLabel('Handläggare').fill('Anna Andersson');
    await page
      .getByLabel('Beskrivning av ärendet')
      .fill('Förvaltningen föreslår en förteckning över insatser som socialnämnden tillhandahåller utan individuell behovsprövning.');
    // The whole Alingsås catalogue: "välj alla", then leave out the three other insatser.
    await page.getByLabel('Välj alla (28 insatser)').check();
    await page.getByText('28 av 28 valda').waitFor();
    await page.getByLabel('Alla i Utan kategori').uncheck();
    await page.getByText('25 av 28 valda').waitFor();
    await expectAccessible(page, 'nytt ärende med insatser valda');
    await screenshot(page, 'beslut-01-nytt-arende');
    await page.getByRole('button', { name: 'Skapa ärende' }).click();

    let card = arendeCard(page, '2025.053 Insatser utan individuell behovsprövning');
    await card.waitFor();
    await page.getByRole('button', { name: 'Nytt ärende', exact: true }).click();
    await expect.poll(() => dnr.inputValue()).toBe('2025.054');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await card.getByText('25 insatser').waitFor();

    // Earlier §§ of the year are not in the app: the suggested § 1 is set to § 37.
    await expect.poll(() => card.getByLabel('Paragraf (§)').inputValue()).toBe('1');
    await schedule(card, 37);
    await card.getByText('På dagordningen 2025-09-16 § 37').waitFor();

    await card.getByRole('button', { name: 'Registrera beslut' }).click();
    const dialog = page.getByRole('dialog', { name: 'Beslut i ärende 2025.053' });
    await dialog.waitFor();
    await containsText(dialog.getByTestId('beslut-beteckning'), '2025.053 SN § 37');
    await dialog.getByLabel('Giltig från').fill('2025-10-01');
    await dialog.getByLabel('Revideras senast').fill('2026-12-31');
    await dialog.getByLabel('Dokumentansvarig').fill('Verksamhetsutvecklare');
    await dialog.getByLabel('Typ av styrdokument').fill('Riktlinjer');
    await dialog.getByLabel('Gäller för').fill('Socialförvaltningen');
    await expectAccessible(page, 'registrera beslut');
    await screenshot(page, 'beslut-02-registrera-beslut');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.waitFor({ state: 'detached' });

    const uppgifter = card.getByTestId('beslut-uppgifter');
    for (const [label, value] of [
      ['Beslut', 'Bifall'],
      ['Diarienummer', '2025.053 SN § 37'],
      ['Datum för beslut', '2025-09-16'],
      ['Beslutande instans', 'Socialnämnden'],
      ['Giltighetstid', '2025-10-01 –'],
      ['Revideras senast', '2026-12-31'],
      ['Typ av styrdokument', 'Riktlinjer'],
      ['Gäller för', 'Socialförvaltningen'],
      ['Dokumentansvarig', 'Verksamhetsutvecklare'],
    ]) {
      await containsText(uppgifter.getByRole('row', { name: label, exact: false }).first(), value);
    }
    expect(await versionStatuses(card)).toMatch(/Familjerådgivning \(version 1\) – Beslutad/);

    // A protocol is not justerat on a day that has not come: on the meeting day a justering dated a week later is refused.
    let meeting = meetingCard(page, '2025-09-16');
    await meeting.getByLabel('Justeringsdatum').fill('2025-09-22');
    await meeting.getByRole('button', { name: 'Justera protokollet' }).click();
    await meeting.getByRole('button', { name: 'Bekräfta justeringen' }).click();
    await page.getByText('Justeringsdatum 2025-09-22 har inte kommit än', { exact: false }).first().waitFor();
    await screenshot(page, 'beslut-02b-justering-framtida-datum');
    await expectAccessible(page, 'justering på ett datum som inte har kommit');
    await page.close();

    // A week later: justering within 14 days, anslag on the digital anslagstavla, then the decision is locked.
    await app.stop();
    app = await startWeb({ dbFile, today: '2025-09-23' });
    page = await newPage(browser, app);
    await openDecisions(page);
    card = arendeCard(page, '2025.053 Insatser utan individuell behovsprövning');
    meeting = meetingCard(page, '2025-09-16');
    await meeting.getByText('Justering senast 2025-09-30').waitFor();
    await containsText(meeting.getByRole('row', { name: /§ 37/ }), '2025.053');
    await meeting.getByLabel('Ordförande').fill('Olle Ordförande');
    await meeting.getByLabel('Justerare').fill('Jenny Justerare');
    await meeting.getByLabel('Justeringsdatum').fill('2025-09-22');
    await meeting.getByLabel('Anslaget på anslagstavlan').fill('2025-09-23');
    await meeting.getByRole('button', { name: 'Justera protokollet' }).click();
    await meeting.getByRole('button', { name: 'Bekräfta justeringen' }).click();
    await meeting.getByText('Protokoll: Justerat').waitFor();
    await meeting.getByText('Överklagandetiden (tre veckor) löper ut 2025-10-14').waitFor();
    await card.getByText(/Låst: protokollet är justerat/).waitFor();
    expect(await card.getByRole('button', { name: 'Rätta beslutet' }).count()).toBe(0);
    expect(await card.getByRole('button', { name: 'Ändra ärendet' }).count()).toBe(0);
    await expectAccessible(page, 'beslut registrerat och justerat');
    await screenshot(page, 'beslut-03-justerat');

    // The protokollsutdrag, as PDF (looked at as PNG and read as text) and as DOCX.
    const pdf = await download(page, card, 'Protokollsutdrag (PDF)');
    expect(path.basename(pdf)).toBe('protokollsutdrag-2025-09-16-37.pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString('utf8').replace(/\s+/g, ' ');
    for (const value of [
      'Protokollsutdrag',
      'Sammanträdesdatum 2025-09-16',
      'Paragraf SN § 37',
      'Diarienummer 2025.053',
      'Datum för beslut 2025-09-16',
      'Diarienummer 2025.053 SN § 37',
      'Giltighetstid 2025-10-01 –',
      'Revideras senast 2026-12-31',
      'Dokumentansvarig Verksamhetsutvecklare',
      'Justeringsdatum 2025-09-22',
      'Olle Ordförande',
      'Jenny Justerare',
      'Utdragsbestyrkande',
    ]) {
      expect(text).toContain(value);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(SCREENSHOT_DIR, 'beslut-04-protokollsutdrag')]);
    expect(fs.readdirSync(SCREENSHOT_DIR).some((f) => f.startsWith('beslut-04-protokollsutdrag') && f.endsWith('.png'))).toBe(true);
    const docx = await download(page, card, 'Protokollsutdrag (DOCX)');
    const docText = (await mammoth.extractRawText({ path: docx })).value.replace(/\s+/g, ' ');
    for (const value of [
      '2025.053 SN § 37',
      'Giltighetstid 2025-10-01 –',
      'Revideras senast 2026-12-31',
      'Dokumentansvarig Verksamhetsutvecklare',
      'Datum för beslut 2025-09-16',
    ]) {
      expect(docText).toContain(value);
    }
    const memo = await download(page, card, 'Tjänsteskrivelse (PDF)');
    expect(execFileSync('pdftotext', ['-enc', 'UTF-8', memo, '-']).toString('utf8')).toContain('Anna Andersson');
    await page.close();
  });

  it('flyttar versionerna vid återremiss och avslag, och numrerar §§ vidare under året', async () => {
    const page = await newPage(browser, app);
    await openDecisions(page);
    await addMeeting(page, '2025-10-14');
    for (const [i, namn] of EXTRA.entries()) {
      await page.getByRole('button', { name: 'Nytt ärende', exact: true }).click();
      await page.getByLabel('Rubrik').fill(namn);
      await page.getByLabel(`${namn} (version 1)`).check();
      await page.getByRole('button', { name: 'Skapa ärende' }).click();
      const card = arendeCard(page, `2025.${String(54 + i).padStart(3, '0')} ${namn}`);
      await card.waitFor();
      // The only open sammanträde is chosen; the § continues the year's numbering.
      await expect.poll(() => card.getByLabel('Paragraf (§)').inputValue()).toBe(String(38 + i));
      await schedule(card, null);
      await card.getByText(`På dagordningen 2025-10-14 § ${38 + i}`).waitFor();
    }

    // Two ärenden may not share a §: a clear Swedish error, nothing changed.
    const spel = arendeCard(page, '2025.054 Spelberoendestöd');
    await spel.getByRole('button', { name: 'Ändra §' }).click();
    await spel.getByLabel('Ny paragraf (§)').fill('39');
    await spel.getByRole('button', { name: 'Spara §' }).click();
    await containsText(
      spel.getByRole('alert'),
      '§ 39 används redan av ärende 2025.055 (Digital föräldraträff) på samma sammanträde (2025-10-14). Nästa lediga paragraf är § 41.',
    );
    await spel.getByRole('button', { name: 'Avbryt' }).click();

    await spel.getByRole('button', { name: 'Registrera beslut' }).click();
    let dialog = page.getByRole('dialog', { name: 'Beslut i ärende 2025.054' });
    await dialog.getByLabel('Återremiss').check();
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.getByText('Ange nämndens skäl för återremissen.').waitFor();
    await dialog.getByLabel('Nämndens skäl för återremissen').fill('Villkoren ska förtydligas så att utföraren kan pröva dem summariskt.');
    await expectAccessible(page, 'återremiss');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.waitFor({ state: 'detached' });
    await containsText(spel.getByTestId('arende-historik'), '2025-10-14 § 38 – Återremiss: Villkoren ska förtydligas');
    expect(await versionStatuses(spel)).toContain('Spelberoendestöd (version 1) – Återremitterad');

    const digital = arendeCard(page, '2025.055 Digital föräldraträff');
    await digital.getByRole('button', { name: 'Registrera beslut' }).click();
    dialog = page.getByRole('dialog', { name: 'Beslut i ärende 2025.055' });
    await dialog.getByLabel('Avslag').check();
    await expect.poll(() => dialog.getByLabel('Beslutstext').inputValue()).toBe('Socialnämnden beslutar att avslå förslaget.');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await versionStatuses(digital)).toContain('Digital föräldraträff (version 1) – Avslagen');

    // A pilot with an end date.
    const sommar = arendeCard(page, '2025.056 Sommarläger för unga');
    await sommar.getByRole('button', { name: 'Registrera beslut' }).click();
    dialog = page.getByRole('dialog', { name: 'Beslut i ärende 2025.056' });
    await dialog.getByLabel('Giltig från').fill('2025-11-01');
    await dialog.getByLabel('Giltig till (valfritt)').fill('2026-06-30');
    await dialog.getByLabel('Revideras senast').fill('2026-05-31');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.waitFor({ state: 'detached' });
    await sommar.getByLabel('Ny uppgift').fill('Utvärdering av pilotverksamheten');
    await sommar.getByLabel('Senast').fill('hösten 2026');
    await sommar.getByRole('button', { name: 'Lägg till' }).click();
    await sommar.getByLabel('Utvärdering av pilotverksamheten (2026-08-01 – 2026-12-31)').waitFor();
    await expectAccessible(page, 'återremiss, avslag och pilot');
    await screenshot(page, 'beslut-05-aterremiss-avslag');
    await page.close();
  });

  /** Takes a lifecycle step on the insats page through its confirmation dialog. */
  async function step(page: Page, label: string) {
    await page.getByTestId('arbetsgang').getByRole('button', { name: label }).click();
    const dialog = page.getByRole('dialog', { name: label });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: label }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** The ärende's card alone; the fixed header would otherwise be drawn over a card taller than the window. */
  const cardShot = (card: Locator, name: string) =>
    card.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), style: '.mantine-AppShell-header { visibility: hidden; }' });

  const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');

  it('tar upp det återremitterade ärendet på ett senare sammanträde med ny § och bifaller det där', async () => {
    const page = await newPage(browser, app);
    await openDecisions(page);
    const spel = arendeCard(page, '2025.054 Spelberoendestöd');

    // The återremiss stays in the ärende's history at its §; the ärende is off the agenda and says what is missing.
    await containsText(
      spel.getByTestId('arende-historik'),
      '2025-10-14 § 38 – Återremiss: Villkoren ska förtydligas så att utföraren kan pröva dem summariskt.',
    );
    await spel.getByText('Återremitterat · 2025.054 SN § 38').waitFor();
    const aterkomst = spel.getByTestId('aterkomst');
    await containsText(aterkomst, 'Återremitterat 2025-10-14 § 38 – förslaget behöver arbetas om');
    await containsText(
      aterkomst,
      'Spelberoendestöd (version 1) är återremitterad: arbeta om den i Katalog, lämna den som förslag och markera den redo för beslut.',
    );
    expect(await spel.getByRole('button', { name: 'Lägg på dagordningen' }).count()).toBe(0);
    expect(await spel.getByRole('button', { name: 'Registrera beslut' }).count()).toBe(0);
    await containsText(meetingCard(page, '2025-10-14').getByRole('row', { name: /§ 38/ }), 'Återremiss · 2025.054 SN § 38');
    await spel.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'återremitterat ärende');
    await cardShot(spel, 'beslut-aterremiss-01-vad-som-saknas');

    // The förvaltning reworks the proposal in Katalog and makes it redo för beslut again.
    await aterkomst.getByRole('link', { name: 'Öppna i Katalog' }).click();
    await page.getByRole('heading', { level: 2, name: 'Spelberoendestöd' }).waitFor();
    // The nämnd's reason is on the version being reworked, not only in Historik.
    await containsText(page.getByTestId('aterremiss-skal'), 'Nämndens skäl: Villkoren ska förtydligas så att utföraren kan pröva dem summariskt.');
    await containsText(page.getByTestId('aterremiss-skal'), 'Återremitterad 2025-10-14');
    const innehall = page.getByLabel('Innehåll och genomförande');
    await innehall.fill(`${await innehall.inputValue()} Villkoren prövas summariskt vid första besöket.`);
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByText(/^Sparat /).waitFor();
    await step(page, 'Lämna som förslag');
    await step(page, 'Markera redo för beslut');
    await page.getByTestId('arbetsgang').getByText('Klart: versionen är nu ”Redo för beslut”.').waitFor();

    // Back at the ärende: only a later sammanträde is offered, and the next § of the year is suggested.
    await openDecisions(page);
    await addMeeting(page, '2025-11-18');
    await containsText(aterkomst, 'Återremitterat 2025-10-14 § 38 – redo att tas upp igen');
    await containsText(aterkomst, 'Lägg ärendet på ett sammanträde efter 2025-10-14; det får en ny paragraf men behåller diarienumret 2025.054.');
    await expect.poll(() => spel.getByLabel('Sammanträde').inputValue()).toBe('Socialnämnden 2025-11-18');
    await expect.poll(() => spel.getByLabel('Paragraf (§)').inputValue()).toBe('41');
    await spel.getByLabel('Sammanträde').click();
    expect(await page.getByRole('option').allInnerTexts()).toEqual(['Socialnämnden 2025-11-18']);
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'återremitterat ärende redo att tas upp igen');
    await cardShot(spel, 'beslut-aterremiss-02-redo-igen');
    await schedule(spel, null);
    await spel.getByText('På dagordningen 2025-11-18 § 41').waitFor();

    // Adopted at § 41 under the same diarienummer, from the keyboard.
    await spel.getByRole('button', { name: 'Registrera beslut' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Beslut i ärende 2025.054' });
    await containsText(dialog.getByTestId('beslut-beteckning'), '2025.054 SN § 41');
    await expect.poll(() => dialog.getByLabel('Beslutsdatum').inputValue()).toBe('2025-11-18');
    await dialog.getByLabel('Giltig från').fill('2025-12-01');
    await dialog.getByLabel('Revideras senast').fill('2026-12-31');
    await dialog.getByRole('button', { name: 'Registrera beslut' }).click();
    await dialog.waitFor({ state: 'detached' });
    await containsText(spel.getByTestId('beslut-uppgifter').getByRole('row', { name: 'Diarienummer' }), '2025.054 SN § 41');
    await spel.getByText('Bifall · 2025.054 SN § 41').waitFor();
    expect(await spel.getByTestId('arende-historik').locator('li').allInnerTexts()).toEqual([
      expect.stringContaining('2025-10-14 § 38 – Återremiss: Villkoren ska förtydligas så att utföraren kan pröva dem summariskt.'),
      '2025-11-18 § 41 – Bifall.',
    ]);
    expect(await versionStatuses(spel)).toContain('Spelberoendestöd (version 1) – Beslutad');
    expect(await spel.getByTestId('aterkomst').count()).toBe(0);
    await containsText(meetingCard(page, '2025-11-18').getByRole('row', { name: /§ 41/ }), 'Bifall · 2025.054 SN § 41');
    await containsText(meetingCard(page, '2025-10-14').getByRole('row', { name: /§ 38/ }), 'Återremiss · 2025.054 SN § 38');
    await expectAccessible(page, 'återremitterat ärende bifallet');
    await cardShot(spel, 'beslut-aterremiss-03-bifall');

    // Each § is its own protokollsutdrag: the återremiss at § 38 from its history line, the bifall at § 41.
    const first = await download(page, spel, 'Protokollsutdrag § 38 (PDF)');
    expect(path.basename(first)).toBe('protokollsutdrag-2025-10-14-38.pdf');
    const firstText = pdfText(first);
    expect(firstText).toContain('Paragraf SN § 38');
    expect(firstText).toContain('Skäl för återremiss: Villkoren ska förtydligas så att utföraren kan pröva dem summariskt.');
    const second = await download(page, spel, 'Protokollsutdrag (PDF)');
    expect(path.basename(second)).toBe('protokollsutdrag-2025-11-18-41.pdf');
    const secondText = pdfText(second);
    expect(secondText).toContain('Diarienummer 2025.054 SN § 41');
    expect(secondText).toContain(
      'Socialnämnden återremitterade ärendet till förvaltningen vid sammanträdet 2025-10-14, SN § 38, med motiveringen: Villkoren ska förtydligas',
    );
    for (const [file, name] of [
      [first, 'beslut-aterremiss-04-utdrag-38'],
      [second, 'beslut-aterremiss-05-utdrag-41'],
    ]) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(SCREENSHOT_DIR, name)]);
    }
    await page.close();
  });

  it('visar beslutet på insatsens sida och gör versionerna gällande och sedan utgångna när klockan flyttas', async () => {
    await app.stop();
    app = await startWeb({ dbFile, today: '2025-10-20' });
    let page = await newPage(browser, app);
    await openDecisions(page);
    const card = arendeCard(page, '2025.053 Insatser utan individuell behovsprövning');
    await containsText(card.getByTestId('beslut-uppgifter'), 'Vunnit laga kraft (överklagandetiden löpte ut 2025-10-14).');
    expect(await versionStatuses(card)).toMatch(/Familjerådgivning \(version 1\) – Gällande/);

    await card.getByRole('link', { name: 'Familjerådgivning (version 1)' }).click();
    // The insats page carries the insats's own number, as the list and the protokollsutdrag do.
    await page.getByRole('heading', { level: 2, name: '3.1.1 Familjerådgivning', exact: true }).waitFor();
    const beslut = page.getByTestId('version-beslut');
    for (const [label, value] of [
      ['Diarienummer', '2025.053 SN § 37'],
      ['Giltighetstid', '2025-10-01 –'],
      ['Revideras senast', '2026-12-31'],
      ['Dokumentansvarig', 'Verksamhetsutvecklare'],
    ]) {
      await containsText(beslut.getByRole('row', { name: label, exact: false }).first(), value);
    }
    await expectAccessible(page, 'insats med beslut');
    await screenshot(page, 'beslut-06-insats-med-beslut');
    await page.close();

    // Past the pilot's giltig till: its version is utgången, the catalogue decided without an end stays in force.
    await app.stop();
    app = await startWeb({ dbFile, today: '2026-07-01' });
    page = await newPage(browser, app);
    await openDecisions(page);
    expect(await versionStatuses(arendeCard(page, '2025.056 Sommarläger för unga'))).toContain('Sommarläger för unga (version 1) – Utgången');
    expect(await versionStatuses(arendeCard(page, '2025.053 Insatser utan individuell behovsprövning'))).toMatch(/Familjerådgivning \(version 1\) – Gällande/);
    await page.close();
  });
});
