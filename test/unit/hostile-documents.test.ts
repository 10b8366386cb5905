// Markup and format-injection attempts in user text end up in exported documents as plain text: the
// catalogue document and the protokollsutdrag, as PDF and DOCX, read back the way a program would. No
// HTML element, no broken-out DOCX XML, no PDF action (JavaScript, Launch, URI) comes from user text.
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import {
  buildCatalogueDocument,
  buildProtokollsutdrag,
  renderDocx,
  renderPdf,
  type CatalogueDocumentInput,
  type ProtokollsutdragInput,
} from '../../electron/exports';
import { docxText, pdfText, squash, unzip } from '../support/documents';

const XSS = '<img src=x onerror="window.__xss=1">';
const SCRIPT = '<script>window.__xss=1</script>';
const DOCX_BREAKOUT = '</w:t></w:r><w:r><w:t>INJICERAT';
const PDF_BREAKOUT = ') Tj ET /S /JavaScript /JS (app.alert(1)) BT (';
const HOSTILE = [XSS, SCRIPT, DOCX_BREAKOUT, PDF_BREAKOUT];

function content(namn: string, innehall: string) {
  const { enhetId: _e, kategoriId: _k, ...base } = emptyInsatsContent(namn);
  return { ...base, innehall, malgrupp: `Målgrupp ${SCRIPT}`, utforare: DOCX_BREAKOUT };
}

const CATALOGUE: CatalogueDocumentInput = {
  kommun: 'Alingsås',
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
    dokumentansvarig: PDF_BREAKOUT,
  },
  grouping: 'kategori',
  insatser: [
    { kategori: 'Rådgivning', content: content(XSS, `Innehåll med ${SCRIPT} och ${PDF_BREAKOUT}.`) },
    { kategori: `Mötesplats ${XSS}`, content: content('Träffpunkt', `Text ${DOCX_BREAKOUT}`) },
  ],
  kategorier: ['Rådgivning', `Mötesplats ${XSS}`],
  draft: false,
};

const PROTOKOLL: ProtokollsutdragInput = {
  kommun: 'Alingsås',
  namnd: 'Socialnämnden',
  sammantradesdatum: '2025-09-16',
  paragraf: 37,
  diarienummer: '2025.053',
  rubrik: `Riktlinjer ${XSS}`,
  beslut: `Socialnämnden beslutar\n\n- att anta ${SCRIPT},\n- ${DOCX_BREAKOUT}`,
  giltigFran: '2025-10-01',
  giltigTill: null,
  reviderasSenast: '2026-12-31',
  beskrivningAvArendet: PDF_BREAKOUT,
  beslutsunderlag: [XSS],
  expedierasTill: [SCRIPT],
  ordforande: XSS,
  justerare: DOCX_BREAKOUT,
  utdragsbestyrkare: PDF_BREAKOUT,
};

describe.each([
  ['katalogdokumentet', () => buildCatalogueDocument(CATALOGUE)],
  ['protokollsutdraget', () => buildProtokollsutdrag(PROTOKOLL)],
] as const)('fientlig text i %s', (_name, build) => {
  let pdf: Uint8Array;
  let docx: Uint8Array;
  beforeAll(async () => {
    const model = build();
    pdf = await renderPdf(model);
    docx = await renderDocx(model);
  }, 60_000);

  it('PDF: texten står kvar ordagrant och blir ingen åtgärd', () => {
    const text = squash(pdfText(pdf, false).join(''));
    for (const s of HOSTILE) expect(text, s).toContain(squash(s));
    // pdfkit writes object dictionaries uncompressed: an action smuggled in from text would show here
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw).toMatch(/\/Type\s*\/Catalog/);
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData|RichMedia|EmbeddedFile)\b/);
    expect(raw).not.toMatch(/\/OpenAction|\/AA\s*<</);
    expect(raw).not.toMatch(/\/URI\s*\(/);
  });

  it('DOCX: texten är escapad, ingen XML bryts ut och inga externa länkar skapas', async () => {
    const files = await unzip(docx);
    const xml = [...files.entries()]
      .filter(([n]) => n.startsWith('word/') && n.endsWith('.xml'))
      .map(([, x]) => x)
      .join('\n');
    expect(xml).not.toContain('<img');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<w:t>INJICERAT');
    expect(xml).toContain('&lt;img src=x onerror=');
    expect(xml).toContain('&lt;/w:t&gt;&lt;/w:r&gt;');
    const rels = [...files.entries()]
      .filter(([n]) => n.endsWith('.rels'))
      .map(([, x]) => x)
      .join('\n');
    expect(rels).not.toMatch(/TargetMode="External"/);
    const text = await docxText(docx);
    for (const s of HOSTILE) expect(squash(text), s).toContain(squash(s));
  });
});
