// The RKA report read back as a reader sees it: pdftotext for every section, the matrix with the domain's
// labels and each risk in its cell, Swedish characters intact; the DOCX through mammoth; PNG pages.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RKA_REPORT_HEADINGS, buildRkaReport, renderDocx, renderPdf, type RkaReportInput } from '../../electron/exports';
import { archivalPdfProblems, docxText, pdfText, pdfToPng, squash, writeOut } from '../support/documents';
import {
  AVIDENTIFIERADE_UPPGIFTER_LABELS,
  AVVAGNING_UTFALL_LABELS,
  KONSEKVENS_LABELS,
  RISK_NIVA_LABELS,
  RKA_SECTIONS,
  RKA_SECTION_LABELS,
  SANNOLIKHET_LABELS,
  SARSKILDA_SKAL_LABELS,
  emptyRka,
  rkaMissingSections,
  type RkaContent,
} from '../../shared/domain/rka';

const OUT = join(tmpdir(), 'iub-rka-report');

export const FULL_RKA: RkaContent = {
  syfteOchKaraktar: 'Stöd i grupp till anhöriga enligt CRAFT, för att stärka den anhöriges hälsa och förmåga att påverka.',
  malgruppOchAnonymitet: 'Anhöriga avstår ofta från kontakt av oro för att den närstående ska bli registrerad hos socialtjänsten.',
  sarskildaSkal: { val: ['skadligt_bruk_beroende'], egenText: 'Skam och stigma gör att många söker stöd först när de kan vara anonyma.' },
  behovIndividuppfoljning: 'Insatsen följs upp på gruppnivå; behovet av uppföljning på individnivå är litet.',
  risker: [
    {
      beskrivning: 'Oro för en deltagares barn kan inte följas upp.',
      sannolikhet: 2,
      konsekvens: 4,
      atgard: 'Anmälningsplikten gäller oförändrat; ledaren gör orosanmälan.',
    },
    { beskrivning: 'Deltagare avbryter utan att det märks.', sannolikhet: 3, konsekvens: 2, atgard: 'Avidentifierad avbrottsstatistik förs.' },
    { beskrivning: 'Gruppen blir för stor.', sannolikhet: 1, konsekvens: 1, atgard: 'Högst tolv deltagare per grupp.' },
    { beskrivning: 'Deltagarens mående försämras utan att någon ser det.', sannolikhet: 2, konsekvens: 4, atgard: 'Mående skattas vid start och slut.' },
  ],
  barnetsBasta: 'Barn i familjerna gynnas av att föräldrar får stöd tidigt.',
  avvagning: {
    utfall: 'undantag_motiverat',
    text: 'Skälen för att göra undantag från dokumentationskravet väger tyngre än behoven att kunna följa upp insatsen på individnivå.',
  },
  avidentifieradeUppgifter: ['antal_deltagare', 'alder', 'kon', 'maende_start_slut'],
  deltagare: 'Dana Persson, enhetschef\nErik Ström, verksamhetsutvecklare',
  datum: '2025-08-20',
};

const INPUT: RkaReportInput = {
  kommun: 'Alingsås',
  namnd: 'Socialnämnden',
  insatsNamn: 'Anhörigstöd vid beroende',
  insatsNummer: '3.2.1',
  grupp: 'Anhörigstöd',
  version: 'Version 1',
  diarienummer: '2025.053',
  rka: FULL_RKA,
  reachesUnder18: false,
};

/** The whole text, pages separated by form feeds as pdftotext writes them. */
const wholeText = (bytes: Uint8Array, layout: boolean) => pdfText(bytes, layout).join('\f');

describe('RKA report', () => {
  it('has a heading for every section of the analysis, with the matrix after the risks', () => {
    expect(RKA_REPORT_HEADINGS).toEqual([
      ...RKA_SECTIONS.slice(0, RKA_SECTIONS.indexOf('risker') + 1).map((s) => RKA_SECTION_LABELS[s]),
      'Riskmatris',
      ...RKA_SECTIONS.slice(RKA_SECTIONS.indexOf('risker') + 1).map((s) => RKA_SECTION_LABELS[s]),
    ]);
    const model = buildRkaReport(INPUT);
    const headings = model.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b.kind === 'heading' ? `${b.number} ${b.text}` : ''));
    expect(headings).toEqual(RKA_REPORT_HEADINGS.map((h, i) => `${i + 1}. ${h}`));
  });

  it('places each risk, numbered as in the form, in the cell of its sannolikhet and konsekvens, with the level in text', () => {
    const model = buildRkaReport(INPUT);
    const matrix = model.blocks.find((b) => b.kind === 'table' && b.caption?.startsWith('Riskmatris'));
    if (matrix?.kind !== 'table') throw new Error('ingen riskmatris');
    expect(matrix.columns.map((c) => c.header)).toEqual(['Sannolikhet \\ Konsekvens', ...[1, 2, 3, 4].map((k) => `${k} ${KONSEKVENS_LABELS[k as 1]}`)]);
    const cell = (s: number, k: number) => {
      const c = matrix.rows[4 - s][k];
      return typeof c === 'string' ? c : c.text;
    };
    const rowHeader = (s: number) => {
      const c = matrix.rows[4 - s][0];
      return typeof c === 'string' ? c : c.text;
    };
    expect([4, 3, 2, 1].map(rowHeader)).toEqual([4, 3, 2, 1].map((s) => `${s} ${SANNOLIKHET_LABELS[s as 1]}`));
    expect(cell(2, 4)).toBe(`R1, R4\n${RISK_NIVA_LABELS.hog}`);
    expect(cell(3, 2)).toBe(`R2\n${RISK_NIVA_LABELS.medel}`);
    expect(cell(1, 1)).toBe(`R3\n${RISK_NIVA_LABELS.lag}`);
    expect(cell(4, 4)).toBe(`–\n${RISK_NIVA_LABELS.mycket_hog}`);
  });

  it('PDF: every section, the matrix labels and the content read back with Swedish characters intact', async () => {
    const pdf = await renderPdf(buildRkaReport(INPUT));
    writeOut(OUT, 'rka.pdf', pdf);
    expect(archivalPdfProblems(pdf)).toEqual([]);
    const text = wholeText(pdf, false);
    // The matrix as laid out on the page, from its caption on.
    const full = wholeText(pdf, true);
    const layout = full.slice(full.indexOf('Riskmatris (sannolikhet'));
    RKA_REPORT_HEADINGS.forEach((h, i) => expect(text).toContain(`${i + 1}. ${h}`));
    expect(text).toContain('Riskmatris (sannolikhet × konsekvens)');
    for (const k of [1, 2, 3, 4] as const) expect(squash(text)).toContain(squash(`${k} ${KONSEKVENS_LABELS[k]}`));
    // Row header and the risks of that row on one line, highest likelihood first.
    expect(layout).toMatch(new RegExp(`2 ${SANNOLIKHET_LABELS[2]}.*R1, R4`));
    expect(layout).toMatch(new RegExp(`3 ${SANNOLIKHET_LABELS[3]}.*R2`));
    expect(layout).toMatch(new RegExp(`1 ${SANNOLIKHET_LABELS[1]}\\s+R3`));
    expect(layout.indexOf(`4 ${SANNOLIKHET_LABELS[4]}`)).toBeLessThan(layout.indexOf(`1 ${SANNOLIKHET_LABELS[1]} `));
    for (const niva of Object.values(RISK_NIVA_LABELS)) expect(text).toContain(niva);
    for (const s of Object.values(SARSKILDA_SKAL_LABELS)) expect(squash(text)).toContain(squash(s));
    for (const u of FULL_RKA.avidentifieradeUppgifter) expect(squash(text)).toContain(squash(AVIDENTIFIERADE_UPPGIFTER_LABELS[u]));
    expect(squash(text)).not.toContain(squash(AVIDENTIFIERADE_UPPGIFTER_LABELS.avbrottsorsak));
    for (const s of [
      FULL_RKA.syfteOchKaraktar,
      FULL_RKA.malgruppOchAnonymitet,
      FULL_RKA.sarskildaSkal.egenText,
      FULL_RKA.behovIndividuppfoljning,
      FULL_RKA.barnetsBasta,
      FULL_RKA.avvagning.text,
      AVVAGNING_UTFALL_LABELS.undantag_motiverat,
      ...FULL_RKA.risker.flatMap((r) => [r.beskrivning, r.atgard]),
      'Dana Persson, enhetschef',
      'Erik Ström, verksamhetsutvecklare',
      'Analysen genomfördes 2025-08-20.',
      '2025.053',
    ]) {
      expect(squash(text)).toContain(squash(s));
    }
    // Swedish letters come back as letters, not as replacement glyphs.
    expect(text).toMatch(/Målgrupp och behov av anonymitet/);
    expect(text).toMatch(/Avvägning och slutsats/);
    expect(text).toMatch(/Ström/);
    expect(text).not.toContain('\uFFFD');
  });

  it('PNG pages render (pdftoppm)', async () => {
    const file = writeOut(OUT, 'rka-png.pdf', await renderPdf(buildRkaReport(INPUT)));
    expect(pdfToPng(file, join(OUT, 'rka-png'), 'rka-page').length).toBeGreaterThan(0);
  });

  it('a draft says so on every page and lists what is missing', async () => {
    const rka: RkaContent = { ...emptyRka(), syfteOchKaraktar: 'Öppen träffpunkt för vuxna.' };
    const missing = rkaMissingSections(rka, { reachesUnder18: true });
    const pdf = await renderPdf(
      buildRkaReport({
        ...INPUT,
        rka,
        reachesUnder18: true,
        missing,
        draft: true,
        varningar: ['Analysen har förts över från version 1 och ska granskas igen.'],
      }),
    );
    const text = wholeText(pdf, false);
    const pages = text.split('\f').filter((p) => p.trim());
    pages.forEach((p) => expect(p).toContain('UTKAST'));
    expect(text).toContain('Det här saknas innan analysen kan markeras som klar:');
    for (const m of missing) expect(squash(text)).toContain(squash(m.message));
    expect(squash(text)).toContain(squash('Analysen har förts över från version 1 och ska granskas igen.'));
    expect(text).toContain('Inga risker har angetts.');
    expect(squash(text)).toContain(squash('Insatsen når barn under 18 år och bedömningen av barnets bästa krävs.'));
  });

  it('DOCX carries every section and the matrix labels', async () => {
    const docx = await renderDocx(buildRkaReport(INPUT));
    const text = await docxText(docx);
    for (const h of RKA_REPORT_HEADINGS) expect(text).toContain(h);
    for (const k of [1, 2, 3, 4] as const) expect(text).toContain(`${k} ${KONSEKVENS_LABELS[k]}`);
    for (const s of [1, 2, 3, 4] as const) expect(text).toContain(`${s} ${SANNOLIKHET_LABELS[s]}`);
    expect(text).toContain('R1, R4');
  });
});
