// Påminnelser as the verksamhetsutvecklare meets them: seed 002's decision (revideras senast
// 2026-12-31) and the nämnd's sammanträdesplan; on 2026-10-02 Översikt shows the 90-day reminder naming
// the last meeting before the deadline and its beredning date; it is snoozed, gone, and back once the
// snooze date has passed. The calendar file is downloaded and read back.
import fs from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { APP_ROOT, expectAccessible, launchBrowser, newDbFile, newPage, screenshot, seedDatabase, startWeb, type WebApp } from './harness';
import { startServices } from '../../electron/services/start-services';
import { saveMeetingPlan } from '../../electron/services/reminders';

const SUBJECT =
  'Insatser utan individuell behovsprövning (2025.053 SN § 37), 25 insatser, ska revideras senast 2026-12-31: ta upp på sammanträdet 2026-11-24, tjänsteskrivelsen senast 2026-11-03.';

describe('påminnelser och översikt', () => {
  let browser: Browser;
  let app: WebApp;
  const dbFile = newDbFile();

  beforeAll(async () => {
    await seedDatabase(dbFile, { fixtures: ['alingsas'], today: '2026-09-01' });
    // The autumn's meetings; 2026-11-24 is added in Inställningar by the test itself.
    const services = await startServices({ file: dbFile, appRoot: APP_ROOT, today: '2026-09-01', backups: false });
    try {
      for (const [datum, arendeDeadline] of [
        ['2026-09-22', '2026-09-01'],
        ['2026-10-20', '2026-09-29'],
        ['2027-01-26', '2027-01-05'],
      ]) {
        await saveMeetingPlan(services.ctx, { datum, arendeDeadline });
      }
    } finally {
      await services.close();
    }
    browser = await launchBrowser();
    app = await startWeb({ dbFile, today: '2026-10-02' });
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true });
  const revision = (page: Page) => page.getByTestId('paminnelse').filter({ hasText: 'ska revideras senast 2026-12-31' });

  it('adds a meeting to the sammanträdesplan in Inställningar', async () => {
    const page = await newPage(browser, app);
    await nav(page, 'Inställningar').click();
    const plan = page.getByRole('region', { name: 'Sammanträdesplan' });
    await plan.getByRole('table', { name: 'Sammanträden 2026' }).waitFor();
    const form = plan.getByRole('form', { name: 'Lägg till sammanträde i planen' });
    await form.getByLabel('Nytt sammanträde').fill('2026-11-24');
    // The last day for ärenden is suggested three weeks before.
    await expect(form.getByLabel('Sista dag för ärenden').inputValue()).resolves.toBe('2026-11-03');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await plan.getByText('Sammanträdet 2026-11-24 är tillagt i planen och kan väljas för ärenden under Beslut.').waitFor();
    const rows = plan.getByRole('table', { name: 'Sammanträden 2026' }).getByRole('row');
    await expect(rows.allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Sammanträde'),
      expect.stringMatching(/2026-09-22\s+2026-09-01\s+21 dagar/),
      expect.stringMatching(/2026-10-20\s+2026-09-29\s+21 dagar/),
      expect.stringMatching(/2026-11-24\s+2026-11-03\s+21 dagar/),
    ]);
    // A deadline after the meeting is refused with a clear message.
    await form.getByLabel('Nytt sammanträde').fill('2026-12-15');
    await form.getByLabel('Sista dag för ärenden').fill('2026-12-16');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await form.getByText('Sista dag för ärenden måste vara före sammanträdet.').waitFor();
    // A date the plan already has is refused by the service; the earlier success message goes.
    await form.getByLabel('Nytt sammanträde').fill('2026-10-20');
    await form.getByLabel('Sista dag för ärenden').fill('2026-09-29');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await plan.getByText('Planen har redan ett sammanträde 2026-10-20.').waitFor();
    await expect(plan.getByText('Sammanträdet 2026-11-24 är tillagt i planen').count()).resolves.toBe(0);
    await expectAccessible(page, 'Inställningar med sammanträdesplan');
    await plan.screenshot({ path: `${APP_ROOT}/test-results/screenshots/paminnelser-01-sammantradesplan.png` });
    // A meeting of next year: the year selector follows it.
    await form.getByLabel('Nytt sammanträde').fill('2027-03-16');
    await form.getByLabel('Sista dag för ärenden').fill('2027-02-23');
    await form.getByRole('button', { name: 'Lägg till' }).click();
    await plan.getByText('Sammanträdet 2027-03-16 är tillagt i planen').waitFor();
    await expect(plan.getByRole('table', { name: 'Sammanträden 2027' }).innerText()).resolves.toContain('2027-03-16');
    await expect(plan.getByRole('combobox', { name: 'År' }).inputValue()).resolves.toBe('2027');
    // Entered once: the plan's meeting is a sammanträde an ärende can be put on.
    await nav(page, 'Sammanträden och beslut').click();
    const meeting = page.getByTestId('sammantrade').filter({ hasText: '2026-11-24' });
    await expect(meeting.innerText()).resolves.toContain('Sista dag för ärenden: 2026-11-03');
    await expect(page.getByTestId('sammantrade').filter({ hasText: '2026-11-24' }).count()).resolves.toBe(1);
    await page.close();
  });

  it('shows the 90-day revision reminder on Översikt, naming the last meeting and the beredning date', async () => {
    const page = await newPage(browser, app);
    await page.getByRole('heading', { level: 2, name: 'Översikt' }).waitFor();
    await expect(revision(page).getByText(SUBJECT, { exact: true }).isVisible()).resolves.toBe(true);
    const later = page.getByRole('region', { name: 'Senare (1)' });
    await expect(later.getByTestId('paminnelse').count()).resolves.toBe(1);
    await page.getByRole('region', { name: 'Försenade (0)' }).getByText('Inget är försenat.').waitFor();
    await expect(revision(page).getByText('90 dagar kvar').isVisible()).resolves.toBe(true);
    // It links to its decision.
    await expect(revision(page).getByRole('link', { name: 'Öppna beslutet' }).getAttribute('href')).resolves.toBe('#/beslut/arende/1');
    // Counts per enhet: seed 002's insatser carry no enhet.
    const perEnhet = page.getByRole('region', { name: 'Per enhet' });
    await expect(perEnhet.getByRole('row').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('Enhet'),
      expect.stringMatching(/Ingen enhet angiven\s+1\s+0/),
    ]);
    // The coming year: December carries the deadline, November the tjänsteskrivelse and the meeting.
    const year = page.getByRole('region', { name: 'Kommande år' });
    await expect(year.getByRole('region', { name: 'december 2026' }).innerText()).resolves.toContain('2026-12-31');
    const november = await year.getByRole('region', { name: 'november 2026' }).innerText();
    expect(november).toMatch(/2026-11-03\s+Tjänsteskrivelse\s+Sista dag för tjänsteskrivelsen till sammanträdet 2026-11-24/i);
    expect(november).toMatch(/2026-11-24\s+Sammanträde\s+Nämndens sammanträde/i);
    // The menu's badge counts it; the link's name stays "Påminnelser", described by the count.
    const link = nav(page, 'Påminnelser');
    await expect(link.getByTestId('paminnelser-badge').innerText()).resolves.toBe('1');
    await expect(link.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent())).resolves.toBe('1 aktuella');
    // The legal check of the catalogue in force, apart from the versions under work (as `iub check`).
    const check = page.getByRole('region', { name: 'Kontroll mot SoL' });
    // Loaded on its own after the page: wait for it rather than reading "Hämtar…".
    await check.getByText(/Gällande katalog: \d+ spärrar \(25 beslutade versioner kontrollerade med dagens regler\)/).waitFor();
    await expect(check.getByRole('list', { name: 'Spärrar i den gällande katalogen' }).innerText()).resolves.toContain('Beroendestöd vid Mini Maria');
    await expect(check.innerText()).resolves.toContain('Under arbete: 0 spärrar (0 versioner).');
    await expectAccessible(page, 'Översikt');
    await screenshot(page, 'paminnelser-02-oversikt');
    // Following the link lands on the decision's ärende, focused, on the decisions page.
    await revision(page).getByRole('link', { name: 'Öppna beslutet' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sammanträden och beslut' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'arende-1');
    await expect(page.locator('#arende-1').getByRole('heading', { level: 4 }).innerText()).resolves.toContain('2025.053');
    await page.close();
  });

  it('snoozes the reminder to a date with a reason, and it is gone', async () => {
    const page = await newPage(browser, app);
    // A dialog closed with Escape gives focus back to the button that opened it.
    await revision(page).getByRole('button', { name: 'Skjut upp…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skjut upp påminnelsen' });
    await dialog.waitFor();
    // Text inputs have a clearly visible focus ring.
    await dialog.getByLabel('Varför skjuts den upp?').focus();
    const ring = await dialog.getByLabel('Varför skjuts den upp?').evaluate((el) => getComputedStyle(el));
    expect(Number.parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(ring.outlineStyle).toBe('solid');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent === 'Skjut upp…');
    await revision(page).getByRole('button', { name: 'Skjut upp…' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Skjut upp' }).click();
    await dialog.getByText('Ange varför påminnelsen skjuts upp.').waitFor();
    await dialog.getByLabel('Visa igen den').fill('2026-10-16');
    await dialog.getByLabel('Varför skjuts den upp?').fill('Förvaltningen omorganiseras; revideringen startar efter beslut om ny organisation.');
    await expectAccessible(page, 'dialogen Skjut upp');
    await screenshot(page, 'paminnelser-03-skjut-upp');
    await dialog.getByRole('button', { name: 'Skjut upp' }).click();
    await page.getByRole('status').getByText('Påminnelsen är uppskjuten till 2026-10-16.').waitFor();
    await page.getByRole('region', { name: 'Senare (0)' }).waitFor();
    await expect(revision(page).count()).resolves.toBe(0);
    await nav(page, 'Påminnelser').getByTestId('paminnelser-badge').waitFor({ state: 'detached' });
    await screenshot(page, 'paminnelser-04-oversikt-efter');

    // Påminnelser lists it among the snoozed ones, with who and why; after the navigation the page's heading has focus.
    await nav(page, 'Påminnelser').click();
    await page.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2' && document.activeElement.textContent === 'Påminnelser');
    await page.getByText('Inga påminnelser med de valen.').waitFor();
    await page.getByRole('combobox', { name: 'Visa' }).click();
    await page.getByRole('option', { name: 'Kvitterade och uppskjutna' }).click();
    await expect(revision(page).innerText()).resolves.toContain(
      'Uppskjuten till 2026-10-16 av Sara Sekreterare. Skäl: Förvaltningen omorganiseras; revideringen startar efter beslut om ny organisation.',
    );
    await expectAccessible(page, 'Påminnelser');
    await screenshot(page, 'paminnelser-05-lista');

    // The calendar file carries the deadline and the beredning date.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner kalenderfil (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('paminnelser-2026-10-02.ics');
    const ics = fs.readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const byUid = (uid: string) => events.find((e) => e.getFirstPropertyValue('uid') === uid);
    expect(String(byUid('revidering:beslut-1@alingsas.iub-katalogen')!.getFirstPropertyValue('dtstart'))).toBe('2026-12-31');
    expect(String(byUid('revidering:beslut-1/beredning@alingsas.iub-katalogen')!.getFirstPropertyValue('dtstart'))).toBe('2026-11-03');
    await page.close();
  });

  it('brings the reminder back after the snooze date, and acknowledges it from the keyboard', async () => {
    await app.stop();
    app = await startWeb({ dbFile, today: '2026-10-17' });
    const page = await newPage(browser, app);
    await page.getByRole('heading', { level: 2, name: 'Översikt' }).waitFor();
    await revision(page).getByText(SUBJECT, { exact: true }).waitFor();
    await expect(nav(page, 'Påminnelser').getByTestId('paminnelser-badge').innerText()).resolves.toBe('1');
    await expect(revision(page).getByText('75 dagar kvar').isVisible()).resolves.toBe(true);
    await screenshot(page, 'paminnelser-06-tillbaka');

    await revision(page).getByRole('button', { name: 'Kvittera' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Påminnelsen är kvitterad och visas igen 2026-12-01.').waitFor();
    await page.getByRole('region', { name: 'Senare (0)' }).waitFor();
    await page.close();
  });

  it('puts the reminder under Försenade when no meeting is left before the deadline, with what can still be done', async () => {
    await app.stop();
    // The last meeting before 2026-12-31 was 2026-11-24; the next is 2027-01-26.
    app = await startWeb({ dbFile, today: '2026-12-10' });
    const page = await newPage(browser, app);
    await page.getByRole('heading', { level: 2, name: 'Översikt' }).waitFor();
    const late = page.getByRole('region', { name: 'Försenade (1)' });
    const text = await late.getByTestId('paminnelse').innerText();
    expect(text).toContain('inget sammanträde återstår före dess');
    expect(text).toContain('extra sammanträde');
    expect(text).toContain('ordförandebeslut');
    expect(text).toContain('nytt revideringsdatum');
    expect(text).not.toContain('ta upp på sammanträdet 2026-11-24');
    await expect(
      page
        .getByRole('region', { name: /^Inom 30 dagar/ })
        .getByTestId('paminnelse')
        .count(),
    ).resolves.toBe(0);
    await expectAccessible(page, 'Översikt med försenad revidering');
    await page.close();
  });
});
