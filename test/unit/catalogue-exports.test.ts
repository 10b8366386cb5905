// The catalogue document and the utförare checklist made from the database through the API: as decided on a
// date (the versions in force, under the metadata of the decision that adopted them) or as the draft of the next
// revision (changes marked), grouped by kategori or by sektor/enhet, with the editable introduction, read back
// with pdftotext, pdfinfo and mammoth, and rendered to PNG in test-results/documents/ for a person to look at.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeChecks } from '../../electron/exports';
import { DEFAULT_INTRODUCTION } from '../../electron/exports/catalogue-document';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { loadFixture } from '../fixtures/load-fixture';
import { APP_ROOT } from '../support/services';
import { seededServices } from '../support/seeded';
import {
  archivalPdfProblems,
  docxHtml,
  docxText,
  escapeRe,
  fromBase64,
  headingPage,
  pdfInfo,
  pdfText,
  pdfToPng,
  squash,
  tocEntries,
  tocLastPage,
  unzip,
  writeOut,
} from '../support/documents';

const OUT = join(APP_ROOT, 'test-results', 'documents');
const TODAY = '2025-11-03';

type Seeded = Awaited<ReturnType<typeof seededServices>>;

/** Every TOC entry points at the page its heading starts on, and the insatser are listed in the catalogue's order. */
function expectTocMatchesPages(pages: string[], insatsNames: string[]) {
  const entries = tocEntries(pages);
  const last = tocLastPage(pages);
  let previous = last;
  for (const entry of entries) {
    // The text may start on the contents' last page (the checklist has no page break after its contents).
    const page = headingPage(pages, entry, last);
    expect(page, `${entry.number} ${entry.title}`).toBeGreaterThanOrEqual(last);
    expect(page + 1, `${entry.number} ${entry.title}`).toBe(entry.page);
    expect(page, `${entry.number} ${entry.title} kommer i ordning`).toBeGreaterThanOrEqual(previous);
    previous = page;
  }
  const insatser = entries.filter((e) => /^\d+\.\d+\.\d+$/.test(e.number)).map((e) => e.title.replace(/ \[(Ny|Ändrad)\]$/, ''));
  expect(insatser).toEqual(insatsNames);
  return entries;
}

describe('katalogdokumentet från databasen', () => {
  let alingsas: Seeded;
  let ostersund: Seeded;

  beforeAll(async () => {
    alingsas = await seededServices('alingsas', { today: TODAY });
    ostersund = await seededServices('ostersund', { today: TODAY });
  }, 60_000);
  afterAll(async () => {
    await alingsas?.cleanup();
    await ostersund?.cleanup();
  });

  it('Alingsås som beslutad: metadata från beslutet, innehållsförteckning med rätt sidor, bedömning särskilda skäl', async () => {
    const overview = await alingsas.call('exports/overview', { mode: 'beslutad', datum: null });
    expect(overview).toMatchObject({ mode: 'beslutad', datum: TODAY, antal: 25, nya: 0, andrade: 0, gruppering: 'kategori' });
    expect(overview.beslut).toEqual({ beteckning: '2025.053 SN § 37', beslutsdatum: '2025-09-16', giltigFran: '2025-10-01', giltigTill: null });

    const file = await alingsas.call('exports/catalogue', { mode: 'beslutad', datum: null, format: 'pdf', grouping: 'kategori' });
    expect(file.fileName).toBe(`insatser-utan-individuell-behovsprovning-${TODAY}.pdf`);
    expect(file.mimeType).toBe('application/pdf');
    const pdf = fromBase64(file.base64);
    const pdfFile = writeOut(OUT, 'alingsas-katalog.pdf', pdf);
    const pages = pdfText(pdf, true);
    for (const [label, value] of [
      ['Typ av styrdokument', 'Riktlinjer'],
      ['Beslutande instans', 'Socialnämnden'],
      ['Datum för beslut', '2025-09-16'],
      ['Diarienummer', '2025.053 SN § 37'],
      ['Gäller för', 'Socialförvaltningen'],
      ['Giltighetstid', '2025-10-01 –'],
      ['Revideras senast', '2026-12-31'],
      ['Dokumentansvarig', 'Verksamhetsutvecklare'],
    ]) {
      expect(pages[0]).toMatch(new RegExp(`${escapeRe(label)}\\s+${escapeRe(value)}`));
    }
    expect(pages.join('\n')).not.toContain('UTKAST');

    const entries = expectTocMatchesPages(
      pages,
      alingsas.catalogue.insatser.map((i) => i.content.namn),
    );
    expect(entries.map((e) => `${e.number} ${e.title}`)).toEqual(
      expect.arrayContaining([
        '1. Inledning',
        '3. Förteckning över insatser',
        '3.1 Rådgivning',
        '3.2 Anhörigstöd',
        '3.3 Mötesplats',
        '3.4 Individuellt riktade insatser',
      ]),
    );
    // One number per insats: the document keeps the municipality's number that the app, the CSV and the protocol use.
    expect(entries.map((e) => `${e.number} ${e.title}`)).toContain('3.2.1 Anhörigstöd vid beroende');
    const numbered = entries.filter((e) => /^\d+\.\d+\.\d+$/.test(e.number)).map((e) => e.number);
    expect(numbered).toEqual(alingsas.catalogue.insatser.map((i) => i.nummer));

    const raw = squash(pdfText(pdf, false).join('\n'));
    const fjortonFem = alingsas.catalogue.insatser.filter((i) => i.content.dokumentation.regim === '14:5');
    expect(fjortonFem).toHaveLength(5);
    for (const insats of fjortonFem) expect(raw).toContain(squash(`Bedömning särskilda skäl: ${insats.bedomningSarskildaSkal}`));

    // For the archive and the accessibility law: PDF/A-2a and PDF/UA-1 (issue 17).
    expect(archivalPdfProblems(pdf)).toEqual([]);
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Insatser utan individuell behovsprövning');
    expect(info.Tagged).toBe('yes');
    expect(pdfToPng(pdfFile, join(OUT, 'alingsas-katalog'))).toHaveLength(pages.length);
  });

  it('Östersund som beslutad, grupperad efter sektor och enhet: varje insats i ordning med sin sida', async () => {
    const overview = await ostersund.call('exports/overview', { mode: 'beslutad', datum: '2025-10-01' });
    expect(overview).toMatchObject({ antal: 29, gruppering: 'organisation', titel: ostersund.catalogue.titel });
    expect(overview.beslut?.beteckning).toBe('2025/118 SAN § 92');

    const file = await ostersund.call('exports/catalogue', { mode: 'beslutad', datum: '2025-10-01', format: 'pdf', grouping: 'organisation' });
    const pdf = fromBase64(file.base64);
    const pdfFile = writeOut(OUT, 'ostersund-katalog.pdf', pdf);
    const pages = pdfText(pdf, true);
    expect(pages[0]).toMatch(/ÖSTERSUNDS KOMMUN/);
    expect(pages[0]).toMatch(/Diarienummer\s+2025\/118 SAN § 92/);
    const entries = expectTocMatchesPages(
      pages,
      ostersund.catalogue.insatser.map((i) => i.content.namn),
    );
    expect(entries.map((e) => `${e.number} ${e.title}`)).toEqual(
      expect.arrayContaining(['2. Insatser som tillhandahålls av sektor KAF (Kompetens, Arbete, Försörjning)', '2.1 Enhet Arbetsmarknad', '4.5 Enhet Nexus']),
    );
    expect(pdfToPng(pdfFile, join(OUT, 'ostersund-katalog'))).toHaveLength(pages.length);
  });

  it('vägrar en beslutad katalog på ett datum då inget gällde, och säger vad man kan göra i stället', async () => {
    const overview = await alingsas.call('exports/overview', { mode: 'beslutad', datum: '2025-09-30' });
    expect(overview.antal).toBe(0);
    await expect(alingsas.call('exports/catalogue', { mode: 'beslutad', datum: '2025-09-30', format: 'pdf', grouping: 'kategori' })).rejects.toThrow(
      'Inga insatser gällde enligt beslut den 2025-09-30. Välj ett datum då katalogen gällde, eller skriv ut utkastet till nästa revision.',
    );
    await expect(alingsas.call('exports/catalogue', { mode: 'beslutad', datum: '2025-13-01' as string, format: 'pdf', grouping: 'kategori' })).rejects.toThrow(
      'Datumet finns inte i kalendern.',
    );
    await expect(alingsas.call('exports/catalogue', { mode: 'beslutad', datum: null, format: 'odt' as 'pdf', grouping: 'kategori' })).rejects.toThrow(
      'Formatet ska vara PDF eller DOCX.',
    );
  });

  it('DOCX läses tillbaka med rubriker i ordning, metadata och ett innehållsförteckningsfält', async () => {
    const file = await ostersund.call('exports/catalogue', { mode: 'beslutad', datum: null, format: 'docx', grouping: 'organisation' });
    expect(file.fileName).toMatch(/\.docx$/);
    const docx = fromBase64(file.base64);
    writeOut(OUT, 'ostersund-katalog.docx', docx);
    const xml = (await unzip(docx)).get('word/document.xml')!;
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-3&quot;/);
    const html = await docxHtml(docx);
    const h3 = [...html.matchAll(/<h3>(?:<a id="[^"]*"><\/a>)*(.*?)<\/h3>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/^\S+\s+/, ''));
    expect(h3).toEqual(ostersund.catalogue.insatser.map((i) => i.content.namn.replace(/&/g, '&amp;')));
    const text = await docxText(docx);
    expect(text).toContain('2025/118 SAN § 92');
    expect(text).toContain('Social- och arbetsmarknadsförvaltningen');
    expect(text).toContain('11 kap. 6 §');
  });

  it('skriver ut utkastet till nästa revision med nya och ändrade insatser markerade', async () => {
    const s = alingsas;
    const rows = await s.call('insatser/list', {});
    const familj = rows.find((r) => r.namn === 'Familjerådgivning')!;
    const draft = await s.call('versions/newDraft', { insatsId: familj.insatsId });
    await s.call('versions/save', {
      versionId: draft.versionId,
      revision: draft.revision,
      content: {
        ...draft.content,
        innehall: `${draft.content.innehall}\n\nSamtal kan också ges digitalt.`,
        andringssammanfattning: 'Digitala samtal läggs till.',
      },
    });
    const org = await s.call('organisation/get', {});
    const radgivning = org.kategorier.find((k) => k.namn === 'Rådgivning')!;
    const ny = await s.call('insatser/create', {
      content: {
        ...emptyInsatsContent('Samtalsstöd för unga vuxna'),
        kategoriId: radgivning.id,
        innehall: 'Samtal för unga vuxna 18–25 år.',
        malgrupp: 'Unga vuxna.',
      },
    });
    await s.call('versions/transition', { versionId: draft.versionId, to: 'forslag' });
    await s.call('versions/transition', { versionId: ny.versionId, to: 'forslag' });
    // Drafts never left as förslag are the official's work in progress: not in the next revision.
    const samtal = rows.find((r) => r.namn === 'Samarbetssamtal')!;
    const unproposed = await s.call('versions/newDraft', { insatsId: samtal.insatsId });
    await s.call('versions/save', {
      versionId: unproposed.versionId,
      revision: unproposed.revision,
      content: { ...unproposed.content, innehall: 'Halvfärdig text som inte är föreslagen.', andringssammanfattning: 'Pågår.' },
    });
    await s.call('insatser/create', { content: { ...emptyInsatsContent('Påbörjad insats som inte är föreslagen'), kategoriId: radgivning.id } });

    const overview = await s.call('exports/overview', { mode: 'utkast', datum: null });
    expect(overview).toMatchObject({ mode: 'utkast', antal: 26, nya: 1, andrade: 1, beslut: null });

    const file = await s.call('exports/catalogue', { mode: 'utkast', datum: null, format: 'pdf', grouping: 'kategori' });
    expect(file.fileName).toBe(`utkast-insatser-utan-individuell-behovsprovning-${TODAY}.pdf`);
    const pdf = fromBase64(file.base64);
    const pdfFile = writeOut(OUT, 'alingsas-utkast.pdf', pdf);
    const pages = pdfText(pdf, true);
    pages.forEach((p) => expect(p).toContain('UTKAST'));
    expect(pages[0]).toMatch(/Datum för beslut\s+Ej fastställt/);
    expect(pages[0]).toMatch(/Diarienummer\s+Ej fastställt/);
    expect(pages[0]).toMatch(/Typ av styrdokument\s+Riktlinjer/);
    const raw = pdfText(pdf, false).join('\n').replace(/\s+/g, ' ');
    expect(raw).toContain('I förslaget finns 1 ny insats, markerad [Ny] och 1 ändrad insats, markerad [Ändrad].');
    expect(raw).toContain('Ändrad i detta förslag: Digitala samtal läggs till.');
    expect(raw).toContain('Samtal kan också ges digitalt.');
    const titles = tocEntries(pages).map((e) => `${e.number} ${e.title}`);
    expect(titles).toContain('3.1.1 Familjerådgivning [Ändrad]');
    expect(titles).toContain('3.1.14 Samtalsstöd för unga vuxna [Ny]');
    expect(titles.filter((t) => /\[(Ny|Ändrad)\]$/.test(t))).toHaveLength(2);
    expect(raw).not.toContain('Halvfärdig text som inte är föreslagen.');
    expect(raw).not.toContain('Påbörjad insats som inte är föreslagen');
    expect(titles).toContain('3.1.2 Samarbetssamtal');
    pdfToPng(pdfFile, join(OUT, 'alingsas-utkast'));

    // The decided catalogue is unchanged by the drafts.
    const decided = pdfText(
      fromBase64((await s.call('exports/catalogue', { mode: 'beslutad', datum: null, format: 'pdf', grouping: 'kategori' })).base64),
      false,
    ).join('\n');
    expect(decided).not.toContain('Samtal kan också ges digitalt.');
    expect(decided).not.toContain('Samtalsstöd för unga vuxna');
    expect(decided).not.toContain('[Ändrad]');
  });

  it('har en redigerbar titel och inledning som kan återställas till standardtexten', async () => {
    const s = ostersund;
    const start = await s.call('exports/documentSettings', {});
    expect(start).toMatchObject({ titel: s.catalogue.titel, egenInledning: false, inledning: DEFAULT_INTRODUCTION, standardInledning: DEFAULT_INTRODUCTION });

    await expect(s.call('exports/saveDocumentSettings', { titel: 'Bilaga 1', inledning: 'Text med \u0007 klocka.' })).rejects.toThrow(
      /otillåtna kontrolltecken/,
    );
    expect((await s.call('exports/documentSettings', {})).egenInledning).toBe(false);

    const egen =
      'Nämnden beslutar här om insatser utan individuell behovsprövning.\n\n## Särskilt för Östersund\nInsatserna ges i hela kommunen.\n- Kundcenter tar emot samtal.\n- Nexus tar emot besök.';
    const saved = await s.call('exports/saveDocumentSettings', { titel: 'Bilaga 1 – Insatser utan behovsprövning', inledning: egen });
    expect(saved).toMatchObject({ titel: 'Bilaga 1 – Insatser utan behovsprövning', inledning: egen, egenInledning: true });
    const pdf = fromBase64((await s.call('exports/catalogue', { mode: 'beslutad', datum: null, format: 'pdf', grouping: 'organisation' })).base64);
    const pages = pdfText(pdf, true);
    expect(pages[0].replace(/\s+/g, ' ')).toContain('Bilaga 1 – Insatser utan behovsprövning');
    const titles = tocEntries(pages).map((e) => `${e.number} ${e.title}`);
    expect(titles).toContain('1.1 Särskilt för Östersund');
    expect(titles).not.toContain('1.2 Rätten att ansöka om behovsprövade insatser');
    expect(pdfText(pdf, false).join('\n')).toContain('Nexus tar emot besök.');

    const reset = await s.call('exports/saveDocumentSettings', { titel: '', inledning: null });
    expect(reset).toMatchObject({ titel: 'Insatser utan individuell behovsprövning', inledning: DEFAULT_INTRODUCTION, egenInledning: false });
    const audit = s.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'katalogdokument' ORDER BY id").all() as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(['spara texter', 'spara texter', 'återställ standardinledning']);
    await s.call('exports/saveDocumentSettings', { titel: s.catalogue.titel, inledning: null });
  });
});

describe('checklistan för utförare', () => {
  let ostersund: Seeded;
  beforeAll(async () => {
    ostersund = await seededServices('ostersund', { today: TODAY });
  }, 60_000);
  afterAll(async () => {
    await ostersund?.cleanup();
  });

  it('visar per insats villkoren att kontrollera, vad man gör vid osäkerhet och informationsplikten', async () => {
    const file = await ostersund.call('exports/checklist', { mode: 'beslutad', datum: null, format: 'pdf', grouping: 'organisation' });
    expect(file.fileName).toBe(`checklista-for-utforare-${TODAY}.pdf`);
    const pdf = fromBase64(file.base64);
    const pdfFile = writeOut(OUT, 'ostersund-checklista.pdf', pdf);
    expect(archivalPdfProblems(pdf)).toEqual([]);
    const pages = pdfText(pdf, true);
    expect(pages[0]).toContain('Checklista för utförare');
    // Its own guidance is unnumbered: chapter numbers are the catalogue's, so no "1." before a "3.".
    expect(pages[0]).toMatch(/^\s*Så använder du checklistan/mu);
    expectTocMatchesPages(
      pages,
      ostersund.catalogue.insatser.map((i) => i.content.namn),
    );
    const raw = pdfText(pdf, false).join('\n');
    const flat = raw.replace(/\s+/g, ' ');
    expect(raw.match(/Informera alltid:/g)).toHaveLength(29);
    expect(raw.match(/Om du är osäker:/g)).toHaveLength(29);
    expect(flat).toContain('Gör ingen egen bedömning.');
    expect(flat).toContain('(11 kap. 6 § socialtjänstlagen)');
    // Utflyttningsstöd: age, a prior insats and a document to show.
    const utflyttning = flat.slice(flat.indexOf('4.2.1 Utflyttningsstöd', flat.indexOf('Kontrollera villkoren vid första kontakten.')));
    const section = utflyttning.slice(0, utflyttning.indexOf('4.3.1'));
    for (const text of [
      'Invånare ska vara 21 år eller äldre.',
      'Tidigare insats',
      'Bostad Först',
      'Be personen visa hyreskontrakt i Östersunds kommun.',
      'Frågor om villkoren besvaras av enhet Bostad Först.',
    ]) {
      expect(section).toContain(text);
    }
    // Akutboendet: folkbokföring with its exception.
    expect(flat).toContain('Undantag: En natt, eventuellt till nästkommande vardag, för personer som inte är folkbokförda i Östersunds kommun.');
    expect(pdfToPng(pdfFile, join(OUT, 'ostersund-checklista'))).toHaveLength(pages.length);

    const docx = fromBase64((await ostersund.call('exports/checklist', { mode: 'beslutad', datum: null, format: 'docx', grouping: 'kategori' })).base64);
    writeOut(OUT, 'ostersund-checklista.docx', docx);
    const text = await docxText(docx);
    expect(text.match(/Informera alltid:/g)).toHaveLength(29);
    expect(text).toContain('Så kontrollerar du');
    expect((await unzip(docx)).get('word/document.xml')).toMatch(/TOC [^<]*\\o &quot;1-3&quot;/);
  });

  it('lägger till lagens krav för barn där villkoren inte säger det', () => {
    const alingsas = loadFixture('alingsas').insatser;
    const medling = alingsas.find((i) => i.content.namn === 'Medling med anledning av brott')!.content;
    const checks = intakeChecks(medling);
    expect(checks.map((c) => c.label)).toEqual(['Folkbokföring', 'Ålder', 'Ungdomar 15–17 år']);
    expect(checks[2].villkor).toContain('Nämnden har inte bedömt');

    const bra = loadFixture('ostersund').insatser.find((i) => i.nummer === '3.1.1')!.content;
    expect(intakeChecks(bra).map((c) => c.label)).toEqual(['Ålder', 'Folkbokföring', 'Ungdomar 15–17 år', 'Vårdnadshavares samtycke']);
    expect(intakeChecks(bra)[2].kontroll).toContain('gör ingen egen bedömning');

    const { enhetId: _e, kategoriId: _k, ...base } = emptyInsatsContent('Lovaktivitet');
    const barn = {
      ...base,
      villkor: [
        { typ: 'alder' as const, text: 'Barn 6–12 år.', motivering: '', alderMin: 6, alderMax: 12, kommun: '', undantag: '', tidigareInsats: '', dokument: '' },
      ],
    };
    expect(intakeChecks(barn).map((c) => c.label)).toEqual(['Ålder', 'Vårdnadshavares samtycke']);
    expect(intakeChecks({ ...base, villkor: [] })).toEqual([]);
  });
});
