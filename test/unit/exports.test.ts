// The document generators: the catalogue, protokollsutdrag, tjänsteskrivelse and RKA report rendered to PDF and
// DOCX, and read back the way a person or a program would read them (pdftotext, pdftoppm, the DOCX's XML, mammoth).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyInsatsContent, emptyVillkor, type Villkor } from '../../shared/domain/insats';
import { emptyRka } from '../../shared/domain/rka';
import { loadFixture, type FixtureName } from '../fixtures/load-fixture';
import type { PortableInsatsContent } from '../../shared/domain/portable';
import {
  buildCatalogueDocument,
  buildProtokollsutdrag,
  buildRkaReport,
  buildTjansteskrivelse,
  namndForkortning,
  NO_BESLUT,
  renderDocx,
  renderPdf,
  type CatalogueDocumentInput,
  type CatalogueInsats,
  type DocumentModel,
  type ProtokollsutdragInput,
  type RkaReportInput,
} from '../../electron/exports';
import { docxText, escapeRe, headingPage, pdfInfo, pdfText, pdfToPng, squash, tocEntries, tocLastPage, unzip, writeOut } from '../support/documents';

const OUT = join(tmpdir(), 'iub-exports');

// ---- a small catalogue adapted from the seeds: two sektorer/enheter, two kategorier ----

function villkor(partial: Partial<Villkor> & Pick<Villkor, 'typ' | 'text'>): Villkor {
  return { ...emptyVillkor(partial.typ, partial.text), ...partial };
}

function content(namn: string, patch: Partial<PortableInsatsContent>): PortableInsatsContent {
  const { enhetId: _e, kategoriId: _k, ...base } = emptyInsatsContent(namn);
  return { ...base, ...patch };
}

const SCRIPT = '<script>alert(1)</script>';

const INSATSER: CatalogueInsats[] = [
  {
    sektor: 'BUV – Barn, Ungdom, Vuxen',
    enhet: 'Vuxen',
    kategori: 'Rådgivning',
    content: content('BRA-samtal (Barns Rätt som Anhörig)', {
      innehall:
        'Samtal erbjuds till barn som är anhöriga till en vuxen med skadligt bruk eller beroende. Samtalen ges vid tre tillfällen tillsammans med en trygg person som barnet själv väljer.',
      form: 'individuellt',
      malgrupp: 'Barn mellan 7 och 18 år som är anhöriga till en vuxen med skadligt bruk och beroende.',
      malgruppAlder: { min: 7, max: 17 },
      villkor: [
        villkor({
          typ: 'alder',
          text: 'Barn och unga i åldern 7–18 år.',
          motivering: 'Samtalsmetoden är utformad för den åldersgruppen.',
          alderMin: 7,
          alderMax: 17,
        }),
        villkor({ typ: 'folkbokford', text: 'Folkbokförd i Östersunds kommun.', kommun: 'Östersund' }),
        villkor({ typ: 'samtycke', text: 'För barn 7–14 år krävs samtycke från vårdnadshavare.' }),
        villkor({
          typ: 'lamplighetsbedomning',
          text: 'Insatsen bedöms lämplig att tillhandahålla till ungdomar 15–17 år utan vårdnadshavares samtycke.',
          motivering: 'Samtalen stärker barnet och kräver inte att vårdnadshavaren medverkar.',
        }),
      ],
      dokumentation: { regim: '14:4', system: '', anteckningar: '' },
      uppfoljning: { typ: 'besoksstatistik', text: '' },
    }),
  },
  {
    sektor: 'BUV – Barn, Ungdom, Vuxen',
    enhet: 'Barn och familj',
    kategori: 'Stöd och behandling',
    content: content('Familjebehandling', {
      innehall:
        'Samtalsstöd och föräldrastöd kring gränssättning, samspel, oro och separation.\n\nInsatsen anpassas efter familjens behov och kan ges i form av samtal, hembesök eller gruppverksamhet.',
      form: 'bada',
      metoder: [
        {
          namn: 'Circle of Security (COS)',
          beskrivning: 'Metoden bygger på anknytningsteori och handlar om hur man som förälder kan hjälpa sina barn att bli trygga.',
          malgrupp: 'Föräldrar med barn 4 månader–6 år.',
          omfattning: '8–10 träffar',
        },
        {
          namn: 'Funktionell familjeterapi (FFT)',
          beskrivning: 'Syftet är att förbättra relationerna och kommunikationen i familjen.',
          malgrupp: 'Familjer med ungdomar 11–18 år med utåtagerande beteende.',
          omfattning: 'Upp till 12 samtal under 3–6 månader',
        },
        {
          namn: 'Nonviolent resistance (NVR)',
          beskrivning: 'Ger föräldrar verktyg att möta våldsamt och självdestruktivt beteende utan att trappa upp konflikten.',
          malgrupp: 'Föräldrar till ungdomar.',
          omfattning: 'Cirka 6 träffar',
        },
      ],
      malgrupp: 'Familjer med tillfälliga behov av stöd och familjer i riskzon för mer allvarlig problematik.',
      villkor: [
        villkor({ typ: 'alder', text: 'Föräldrar med barn upp till 18 år.', alderMax: 17 }),
        villkor({ typ: 'folkbokford', text: 'Barnet ska vara folkbokfört i Östersunds kommun.', kommun: 'Östersund' }),
      ],
      dokumentation: { regim: '14:3', system: 'Lifecare IFO', anteckningar: '' },
      uppfoljning: { typ: 'individbaserad', text: 'Individbaserad uppföljning.' },
    }),
  },
  {
    sektor: 'Öppenvård',
    enhet: 'Nexus',
    kategori: 'Rådgivning',
    content: content('Rådgivande samtal om skadligt bruk och beroende', {
      innehall: `Rådgivande samtal för den som funderar över sitt bruk av alkohol, narkotika eller spel. Namnet på en app i ett tidigare förslag var ${SCRIPT} och ska synas som text.`,
      malgrupp: 'Personer som har funderingar kring sitt bruk.',
      villkor: [villkor({ typ: 'alder', text: '18 år och äldre.', motivering: 'Insatsen riktar sig till vuxna.', alderMin: 18 })],
      dokumentation: { regim: '14:4', system: '', anteckningar: '' },
      uppfoljning: { typ: 'besoksstatistik', text: '' },
    }),
  },
  {
    sektor: 'Öppenvård',
    enhet: 'Nexus',
    kategori: 'Stöd och behandling',
    bedomningSarskildaSkal:
      'Skälen för att göra undantag från dokumentationskravet väger tyngre än behovet av att kunna följa upp insatsen på individnivå. Utifrån målgruppens behov av anonymitet bedöms det inte lämpligt att dokumentera uppgifter som kan kopplas till enskilda.',
    content: content('Anhörigstöd vid beroende', {
      innehall: 'Information, stöd och rådgivning till anhöriga till personer med beroendeproblematik. Anhöriggrupp CRAFT erbjuds.',
      form: 'grupp',
      metoder: [
        {
          namn: 'CRAFT',
          beskrivning: 'CRAFT, Community Reinforcement Approach and Family Training, är en manualbaserad metod för närstående.',
          malgrupp: '',
          omfattning: '8–10 tillfällen',
        },
      ],
      malgrupp: 'Anhöriga till person med beroendeproblematik.',
      villkor: [villkor({ typ: 'alder', text: 'Vuxna från 18 år.', alderMin: 18 })],
      dokumentation: { regim: '14:5', system: '', anteckningar: '' },
      uppfoljning: { typ: 'besoksstatistik', text: '' },
    }),
  },
  {
    sektor: 'Öppenvård',
    enhet: 'Nexus',
    kategori: 'Stöd och behandling',
    changed: 'andrad',
    content: content('Återfallsprevention (ÅP) – grupp och individuellt', {
      innehall: 'Personen får nio gruppsamtal utifrån en manualbaserad metod med verktyg för att inte återfalla i skadligt bruk och beroende.',
      malgrupp: 'Personer som varit nyktra och drogfria minst fyra veckor.',
      villkor: [
        villkor({ typ: 'alder', text: '18 år och äldre.', motivering: 'Metoden bygger på ett vuxet perspektiv.', alderMin: 18 }),
        villkor({ typ: 'folkbokford', text: 'Folkbokförd i Östersunds kommun.', kommun: 'Östersund' }),
      ],
      aktualisering: { kanaler: ['kundcenter', 'app'], text: '' },
      dokumentation: { regim: '14:3', system: 'Lifecare IFO', anteckningar: '' },
      uppfoljning: { typ: 'individbaserad', text: '' },
      andringssammanfattning: 'Antalet gruppsamtal ändras från åtta till nio.',
    }),
  },
];

const CATALOGUE: CatalogueDocumentInput = {
  kommun: 'Östersund',
  namnd: 'Socialnämnden',
  titel: 'Insatser utan individuell behovsprövning',
  typAvStyrdokument: 'Riktlinjer',
  beslut: {
    beslutandeInstans: 'Socialnämnden',
    datumForBeslut: '2025-09-16',
    diarienummer: '2025.053',
    paragraf: 37,
    gallerFor: 'Socialförvaltningen',
    giltigFran: '2025-10-01',
    giltigTill: null,
    reviderasSenast: '2026-12-31',
    dokumentansvarig: 'Verksamhetsutvecklare',
  },
  grouping: 'organisation',
  insatser: INSATSER,
  sektorer: [
    { namn: 'BUV – Barn, Ungdom, Vuxen', enheter: ['Vuxen', 'Barn och familj'] },
    { namn: 'Öppenvård', enheter: ['Nexus'] },
  ],
  kategorier: ['Rådgivning', 'Stöd och behandling'],
  draft: false,
};

const PROTOKOLL: ProtokollsutdragInput = {
  kommun: 'Alingsås',
  namnd: 'Socialnämnden',
  sammantradesdatum: '2025-09-16',
  paragraf: 37,
  diarienummer: '2025.053',
  rubrik: 'Riktlinjer för insatser utan individuell behovsprövning',
  beslut:
    'Socialnämnden beslutar\n\n- att anta riktlinjerna för insatser utan individuell behovsprövning,\n- att uppgifter som kan röja identitet inte dokumenteras vid de insatser som anges i riktlinjerna med stöd av 14 kap. 5 §.',
  giltigFran: '2025-10-01',
  giltigTill: null,
  reviderasSenast: '2026-12-31',
  beskrivningAvArendet:
    'Den nya socialtjänstlagen (2025:400) gör det möjligt för nämnden att tillhandahålla insatser utan individuell behovsprövning. Förvaltningen har tagit fram riktlinjer som förtecknar insatserna.',
  beslutsunderlag: ['Tjänsteskrivelse 2025-08-28', 'Riktlinjer för insatser utan individuell behovsprövning', 'Risk- och konsekvensanalyser'],
  expedierasTill: ['Socialchef', 'Verksamhetsutvecklare', 'Enhetschefer inom öppenvården'],
  ordforande: 'Anna Lindqvist',
  justerare: 'Björn Åberg',
  utdragsbestyrkare: 'Cecilia Öhman',
};

// The RKA report's own tests (every section, the matrix, the domain's labels) are in rka-report.test.ts.
const RKA: RkaReportInput = {
  kommun: 'Alingsås',
  namnd: 'Socialnämnden',
  insatsNamn: 'Anhörigstöd vid beroende',
  insatsNummer: '3.2.1',
  grupp: 'Anhörigstöd',
  reachesUnder18: false,
  rka: {
    ...emptyRka(),
    syfteOchKaraktar: 'Stöd i grupp till anhöriga enligt CRAFT, för att stärka den anhöriges hälsa.',
    risker: [{ beskrivning: 'Oro för en deltagares barn kan inte följas upp.', sannolikhet: 2, konsekvens: 4, atgard: 'Orosanmälan görs alltid.' }],
    datum: '2025-08-20',
  },
};

const norm = (s: string) => s.replace(/\s+/g, ' ');

describe('catalogue document (PDF)', () => {
  let model: DocumentModel;
  let pdf: Uint8Array;
  let layout: string[];
  let raw: string[];

  beforeAll(async () => {
    model = buildCatalogueDocument(CATALOGUE);
    pdf = await renderPdf(model);
    writeOut(OUT, 'katalog.pdf', pdf);
    layout = pdfText(pdf, true);
    raw = pdfText(pdf, false);
  });

  it('starts with the metadata header, then Innehåll, then 1. Inledning', () => {
    const first = layout[0];
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
      expect(first).toMatch(new RegExp(`${escapeRe(label)}\\s+${escapeRe(value)}`));
    }
    const all = raw.join('\n');
    expect(all.indexOf('Typ av styrdokument')).toBeLessThan(all.indexOf('Innehåll'));
    expect(all.indexOf('Innehåll')).toBeLessThan(all.indexOf('Inledning'));
    expect(all).toContain('11 kap. 6 §');
    expect(all).toContain('14 kap. 5 §');
  });

  it('lists every insats heading in the TOC, in order, grouped sektor → enhet', () => {
    const entries = tocEntries(layout);
    const titles = entries.map((e) => `${e.number} ${e.title}`);
    expect(titles).toEqual(
      expect.arrayContaining([
        '1. Inledning',
        '2. Insatser som tillhandahålls av sektor BUV – Barn, Ungdom, Vuxen',
        '2.1 Enhet Vuxen',
        '2.1.1 BRA-samtal (Barns Rätt som Anhörig)',
        '2.2 Enhet Barn och familj',
        '2.2.1 Familjebehandling',
        '3. Insatser som tillhandahålls av sektor Öppenvård',
        '3.1 Enhet Nexus',
        '3.1.1 Rådgivande samtal om skadligt bruk och beroende',
        '3.1.2 Anhörigstöd vid beroende',
        '3.1.3 Återfallsprevention (ÅP) – grupp och individuellt [Ändrad]',
      ]),
    );
    const insatsEntries = entries.filter((e) => /^\d+\.\d+\.\d+$/.test(e.number));
    expect(insatsEntries.map((e) => e.title.replace(/ \[Ändrad\]$/, ''))).toEqual(INSATSER.map((i) => i.content.namn));
  });

  it('gives each TOC entry the page its heading is on', () => {
    const entries = tocEntries(layout);
    expect(entries.length).toBeGreaterThanOrEqual(11);
    const tocLastPage = Math.max(...layout.map((p, i) => (/\.{4,}\s*\d+\s*$/m.test(p) ? i : -1)));
    let previous = -1;
    for (const entry of entries) {
      const page = headingPage(layout, entry, tocLastPage + 1);
      expect(page, `${entry.number} ${entry.title}`).toBeGreaterThan(tocLastPage);
      expect(page + 1, `${entry.number} ${entry.title}`).toBe(entry.page);
      expect(page).toBeGreaterThanOrEqual(previous);
      previous = page;
    }
  });

  it('writes the insatser in the seeds’ order of sections, with methods, villkor and 14:5 documentation', () => {
    const all = raw.join('\n');
    const start = all.indexOf('Familjebehandling', all.indexOf('1. Inledning', all.indexOf('Innehåll') + 200));
    const section = all.slice(start, all.indexOf('Rådgivande samtal om skadligt bruk', start));
    const order = ['Innehåll och genomförande', 'Metoder', 'Målgrupp', 'Villkor', 'Dokumentation', 'Uppföljning'].map((h) => section.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const metod of ['Circle of Security (COS)', 'Funktionell familjeterapi (FFT)', 'Nonviolent resistance (NVR)']) expect(section).toContain(metod);
    expect(section).toContain('Omfattning: Upp till 12 samtal under 3–6 månader');
    expect(section).toContain('verksamhetssystemet Lifecare IFO');

    expect(all).toContain('Lämplighetsprövning för ungdomar 15–17 år');
    expect(all).toContain('Motivering: Samtalsmetoden är utformad för den åldersgruppen.');
    expect(squash(all)).toContain(squash(`Bedömning särskilda skäl: ${INSATSER[3].bedomningSarskildaSkal}`));
    for (const uppgift of ['Antal deltagare', 'ålder och kön', 'avbryter insatsen', 'mående']) expect(all).toContain(uppgift);
    expect(all).toContain('[Ändrad]');
    expect(all).toContain('Antalet gruppsamtal ändras från åtta till nio.');
  });

  it('keeps å ä ö and draws user text literally', () => {
    const all = raw.join('\n');
    for (const word of ['Återfallsprevention (ÅP)', 'Östersund', 'Målgrupp', 'Lämplighetsprövning', 'Rådgivande', 'ÖSTERSUNDS KOMMUN'])
      expect(all).toContain(word);
    expect(squash(all)).toContain(SCRIPT);
    expect(all).not.toMatch(/Ã|�/);
  });

  it('has page numbers, metadata, language, tags and bookmarks', () => {
    const info = pdfInfo(pdf);
    const n = Number(info.Pages);
    expect(n).toBe(layout.length);
    expect(info.Title).toBe('Insatser utan individuell behovsprövning');
    expect(info.Tagged).toBe('yes');
    expect(info['Page size']).toContain('595.28 x 841.89');
    layout.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${n}`));
    const bytes = Buffer.from(pdf).toString('latin1');
    expect(bytes).toContain('/Lang (sv-SE)');
    expect(bytes).toContain('/Outlines');
    for (const tag of ['/S /Document', '/S /H1', '/S /H2', '/S /H3', '/S /P', '/S /L', '/S /Table', '/S /TOC']) expect(bytes).toContain(tag);
    expect(bytes).toMatch(/\/FontFile2/);
    expect(bytes).toMatch(/DejaVuSans/);
  });

  it('has nested bookmarks that open the heading pages', async () => {
    const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
    const doc = await task.promise;
    type Item = { title: string; dest: string | unknown[] | null; items: Item[] };
    const lines: string[] = [];
    const walk = async (items: Item[], depth: number) => {
      for (const item of items) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const page = (await doc.getPageIndex(dest![0] as { num: number; gen: number })) + 1;
        lines.push(`${'  '.repeat(depth)}${item.title} ${page}`);
        await walk(item.items, depth + 1);
      }
    };
    await walk(((await doc.getOutline()) ?? []) as Item[], 0);
    const entries = tocEntries(layout);
    const pageOf = (title: string) => entries.find((e) => `${e.number} ${e.title}` === title)!.page;
    expect(lines).toContain(`    2.1.1 BRA-samtal (Barns Rätt som Anhörig) ${pageOf('2.1.1 BRA-samtal (Barns Rätt som Anhörig)')}`);
    expect(lines).toContain(`  3.1 Enhet Nexus ${pageOf('3.1 Enhet Nexus')}`);
    expect(lines).toContain(`3. Insatser som tillhandahålls av sektor Öppenvård ${pageOf('3. Insatser som tillhandahålls av sektor Öppenvård')}`);
    expect(lines.filter((l) => /^ {4}\d/.test(l))).toHaveLength(INSATSER.length);
    await task.destroy();
  });

  it('renders to PNG pages', () => {
    expect(pdfToPng(join(OUT, 'katalog.pdf'), join(OUT, 'katalog-png'))).toHaveLength(layout.length);
  });
});

describe('the seed catalogues as documents', () => {
  it.each([
    ['alingsas', 'kategori'],
    ['ostersund', 'organisation'],
  ] as const)('%s: every TOC entry points at the page of its heading', async (name: FixtureName, grouping) => {
    const f = loadFixture(name);
    const model = buildCatalogueDocument({
      kommun: f.kommun,
      namnd: f.namnd,
      titel: f.titel,
      typAvStyrdokument: f.beslut?.typAvStyrdokument ?? null,
      beslut: f.beslut ?? NO_BESLUT,
      grouping,
      insatser: f.insatser,
      sektorer: f.sektorer,
      kategorier: f.kategorier,
      draft: f.beslut === null,
    });
    const pdf = await renderPdf(model);
    writeOut(OUT, `${name}.pdf`, pdf);
    const pages = pdfText(pdf, true);
    const entries = tocEntries(pages);
    const headings = model.blocks.filter((b) => b.kind === 'heading' && b.level <= 3);
    expect(entries).toHaveLength(headings.length);
    const afterToc = tocLastPage(pages) + 1;
    for (const entry of entries) expect(headingPage(pages, entry, afterToc) + 1, `${entry.number} ${entry.title}`).toBe(entry.page);
    expect(entries.filter((e) => /^\d+\.\d+\.\d+$/.test(e.number))).toHaveLength(f.insatser.length);
  });
});

describe('catalogue document as a draft grouped by kategori', () => {
  it('prints UTKAST, marks changes and groups under the kategorier', async () => {
    const model = buildCatalogueDocument({
      ...CATALOGUE,
      grouping: 'kategori',
      draft: true,
      beslut: { ...CATALOGUE.beslut, datumForBeslut: null, paragraf: null },
    });
    expect(model.title).toBe('UTKAST – Insatser utan individuell behovsprövning');
    const pdf = await renderPdf(model);
    writeOut(OUT, 'katalog-utkast.pdf', pdf);
    const pages = pdfText(pdf, true);
    pages.forEach((p) => expect(p).toContain('UTKAST'));
    const entries = tocEntries(pages).map((e) => `${e.number} ${e.title}`);
    expect(entries).toEqual(
      expect.arrayContaining([
        '2. Förteckning över insatser',
        '2.1 Rådgivning',
        '2.1.1 BRA-samtal (Barns Rätt som Anhörig)',
        '2.1.2 Rådgivande samtal om skadligt bruk och beroende',
        '2.2 Stöd och behandling',
        '2.2.3 Återfallsprevention (ÅP) – grupp och individuellt [Ändrad]',
      ]),
    );
    expect(pages[0]).toMatch(/Datum för beslut\s+Ej fastställt/);
    expect(pages[0]).toMatch(/Diarienummer\s+2025\.053/);
  });
});

describe('catalogue document (DOCX)', () => {
  let docx: Uint8Array;
  let files: Map<string, string>;

  beforeAll(async () => {
    docx = await renderDocx(buildCatalogueDocument(CATALOGUE));
    writeOut(OUT, 'katalog.docx', docx);
    files = await unzip(docx);
  });

  it('has a TOC field over Heading 1–3 with hyperlinks, and real heading styles', () => {
    const xml = files.get('word/document.xml')!;
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\h/);
    for (const style of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    const styles = files.get('word/styles.xml')!;
    expect(styles).toMatch(/w:styleId="Heading1"/);
    expect(styles).toContain('<w:lang w:val="sv-SE"');
  });

  it('has page number fields in the footer', () => {
    const footers = [...files.entries()]
      .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
      .map(([, xml]) => xml)
      .join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(footers).toContain('Sida ');
  });

  it('reads back with every insats, å ä ö and the literal script text', async () => {
    const text = await docxText(docx);
    let last = text.indexOf('Inledning', text.indexOf('Kvalitet och uppföljning') + 1);
    for (const insats of INSATSER) {
      const at = text.indexOf(insats.content.namn, last);
      expect(at, insats.content.namn).toBeGreaterThan(last);
      last = at;
    }
    expect(text).toContain('2025.053 SN § 37');
    expect(text).toContain(SCRIPT);
    expect(text).toContain('Bedömning särskilda skäl:');
    expect(files.get('word/document.xml')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(files.get('docProps/core.xml')).toContain('Insatser utan individuell behovsprövning');
  });
});

describe('protokollsutdrag', () => {
  const EXACT = ['2025.053', '§ 37', '2025-09-16', '2025-10-01', '2026-12-31'];

  it('PDF states the §, dnr, dates, decision, underlag, expediering and signatures', async () => {
    const pdf = await renderPdf(buildProtokollsutdrag(PROTOKOLL));
    writeOut(OUT, 'protokollsutdrag.pdf', pdf);
    const text = norm(pdfText(pdf, false).join('\n'));
    for (const s of EXACT) expect(text).toContain(s);
    expect(text).toContain('SN § 37');
    expect(text).toContain('Beslutet gäller från och med 2025-10-01 och tills vidare.');
    expect(text).toContain('revideras senast 2026-12-31');
    for (const s of [
      'Socialnämndens beslut',
      'Beskrivning av ärendet',
      'Beslutsunderlag',
      'Expedieras till',
      'Justerandes signatur',
      'Ordförande',
      'Justerare',
      'Utdragsbestyrkande',
    ]) {
      expect(text).toContain(s);
    }
    for (const s of [...PROTOKOLL.beslutsunderlag, ...PROTOKOLL.expedierasTill, 'Anna Lindqvist', 'Björn Åberg', 'Cecilia Öhman']) expect(text).toContain(s);
  });

  it('DOCX carries the same', async () => {
    const docx = await renderDocx(buildProtokollsutdrag(PROTOKOLL));
    writeOut(OUT, 'protokollsutdrag.docx', docx);
    const text = await docxText(docx);
    for (const s of EXACT) expect(text).toContain(s);
    expect(text).toContain('Utdragsbestyrkande');
    expect(text).toContain('Justerandes signatur');
  });
});

describe('tjänsteskrivelse', () => {
  it('proposes the insatser with their dokumentation and the RKA conclusion for 14:5', async () => {
    const model = buildTjansteskrivelse({
      kommun: 'Östersund',
      forvaltning: 'Socialförvaltningen',
      datum: '2025-08-28',
      diarienummer: '2025.053',
      handlaggare: { namn: 'Erik Ström', titel: 'Verksamhetsutvecklare' },
      mottagare: 'Socialnämnden',
      arende: 'Riktlinjer för insatser utan individuell behovsprövning',
      forslagTillBeslut: 'Socialnämnden föreslås besluta\n\n- att anta riktlinjerna,\n- att riktlinjerna gäller från och med 2025-10-01.',
      sammanfattning: 'Förvaltningen föreslår fem insatser utan individuell behovsprövning.',
      bakgrund: 'Socialtjänstlagen (2025:400) trädde i kraft den 1 juli 2025.',
      insatser: INSATSER.map((i, n) => ({
        namn: i.content.namn,
        nummer: `2.1.${n + 1}`,
        grupp: i.enhet ?? null,
        regim: i.content.dokumentation.regim,
        bedomningSarskildaSkal: i.bedomningSarskildaSkal ?? null,
        rkaDatum: i.content.dokumentation.regim === '14:5' ? '2025-08-20' : null,
        changed: i.changed ?? null,
        andringssammanfattning: i.content.andringssammanfattning,
      })),
      konsekvenser: [
        { rubrik: 'Barnets bästa', text: 'Barn och unga får lättare tillgång till stöd.' },
        { rubrik: 'Ekonomiska konsekvenser', text: 'Förslaget ryms inom budget.' },
      ],
      beslutsunderlag: ['Riktlinjer för insatser utan individuell behovsprövning', 'Risk- och konsekvensanalys, Anhörigstöd vid beroende'],
    });
    const pdf = await renderPdf(model);
    writeOut(OUT, 'tjansteskrivelse.pdf', pdf);
    const text = pdfText(pdf, false).join('\n');
    for (const h of ['Förslag till beslut', 'Sammanfattning', 'Bakgrund', 'Ärendet', 'Konsekvenser', 'Barnets bästa', 'Beslutsunderlag'])
      expect(text).toContain(h);
    for (const i of INSATSER) expect(squash(text)).toContain(squash(i.content.namn));
    expect(squash(text)).toContain(squash(INSATSER[3].bedomningSarskildaSkal!));
    expect(text).toContain('14 kap. 5 §');
    const docText = await docxText(await renderDocx(model));
    expect(docText).toContain('Förslag till beslut');
    expect(docText).toContain('Anhörigstöd vid beroende');
  });
});

describe('robustness', () => {
  it('leaves out a kommun that is not set instead of a stray separator (seed 002 has none)', () => {
    const model = buildCatalogueDocument({ ...CATALOGUE, kommun: '' });
    expect(model.header?.left).toBe(CATALOGUE.namnd);
    expect(model.subject).toBe(`${CATALOGUE.titel} – ${CATALOGUE.namnd}`);
    expect(model.keywords).not.toContain('');
  });

  it('renders an empty draft catalogue and a table row taller than a page', async () => {
    const empty = buildCatalogueDocument({
      ...CATALOGUE,
      insatser: [],
      draft: true,
      introduction: '',
      beslut: NO_BESLUT,
    });
    const text = pdfText(await renderPdf(empty), false).join('\n');
    expect(text).toContain('Katalogen innehåller ännu inga insatser.');
    expect((await docxText(await renderDocx(empty))).length).toBeGreaterThan(0);

    const long = 'Mycket lång åtgärdsbeskrivning med många ord. '.repeat(400);
    const model = buildRkaReport({ ...RKA, rka: { ...RKA.rka, risker: [{ beskrivning: 'Risk', sannolikhet: 4, konsekvens: 4, atgard: `${long}\tslut` }] } });
    const pages = pdfText(await renderPdf(model), false);
    expect(squash(pages.join(''))).toContain(squash('Åtgärd: Mycket lång'));
    expect(pages.join('')).toContain('slut');
    pages.forEach((p, i) => expect(p).toContain(`Sida ${i + 1} av ${pages.length}`));
  });
});

describe('helpers', () => {
  it('abbreviates nämnder as protocols do', () => {
    expect(namndForkortning('Socialnämnden')).toBe('SN');
    expect(namndForkortning('Social- och arbetsmarknadsnämnden')).toBe('SAN');
    expect(namndForkortning('Vård- och omsorgsnämnden')).toBe('VON');
    expect(namndForkortning('Individ- och familjenämnden')).toBe('IFN');
  });
});
