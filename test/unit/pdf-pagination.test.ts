// Page breaks a reader notices (issue 17): no heading is left alone at the bottom of a page in the catalogue
// document (a heading keeps with what follows it), and the checklist has no page that is nearly empty.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogueDocument, buildUtforareChecklista, NO_BESLUT, renderPdf, type DocumentModel } from '../../electron/exports';
import { loadFixture, type FixtureName } from '../fixtures/load-fixture';
import { extractDocumentProse } from '../../shared/import/document-prose';
import { pdfText } from '../support/documents';

const SEED_002 = '/work/shared/seeds/002_84db1e7ad1a0deae.txt';

function catalogue(name: FixtureName, grouping: 'kategori' | 'organisation', introduction: string | null = null): DocumentModel {
  const f = loadFixture(name);
  return buildCatalogueDocument({
    kommun: f.kommun,
    namnd: f.namnd,
    titel: f.titel,
    typAvStyrdokument: f.beslut?.typAvStyrdokument ?? null,
    beslut: f.beslut ?? NO_BESLUT,
    grouping,
    introduction,
    insatser: f.insatser,
    sektorer: f.sektorer,
    kategorier: f.kategorier,
    draft: f.beslut === null,
  });
}

/** The lines of each page without the running header (first line) and footer (the line with "Sida"). */
function bodyLines(pages: string[]): string[][] {
  return pages.map((p) =>
    p
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/Sida \d+ av \d+/.test(l))
      .slice(1),
  );
}

function headingTexts(model: DocumentModel): Set<string> {
  return new Set(model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.number ? `${b.number} ${b.text}` : b.text] : [])));
}

describe('sidbrytningar', () => {
  const imported = extractDocumentProse(
    readFileSync(SEED_002, 'utf8'),
    loadFixture('alingsas').insatser.map((i) => i.nummer),
  ).inledning;
  it.each([
    ['alingsas', 'kategori', null],
    ['alingsas', 'kategori', imported],
    ['alingsas', 'organisation', null],
    ['ostersund', 'organisation', null],
    ['ostersund', 'kategori', null],
  ] as const)('%s (%s): ingen rubrik står ensam längst ned på en sida', async (name, grouping, introduction) => {
    const model = catalogue(name, grouping, introduction);
    const headings = headingTexts(model);
    const pages = bodyLines(pdfText(await renderPdf(model), false));
    const alone = pages.flatMap((lines, i) =>
      i < pages.length - 1 && lines.length && headings.has(lines[lines.length - 1]) ? [`sida ${i + 1}: ${lines[lines.length - 1]}`] : [],
    );
    expect(alone).toEqual([]);
  });
});

describe('checklistan', () => {
  it.each([
    ['alingsas', 'kategori'],
    ['ostersund', 'organisation'],
  ] as const)('%s: ingen sida är nästan tom', async (name, grouping) => {
    const f = loadFixture(name);
    const model = buildUtforareChecklista({
      kommun: f.kommun,
      namnd: f.namnd,
      forvaltning: 'Socialförvaltningen',
      titel: f.titel,
      beslut: null,
      datum: '2025-11-03',
      draft: false,
      grouping,
      insatser: f.insatser,
      sektorer: f.sektorer,
      kategorier: f.kategorier,
    });
    const pages = bodyLines(pdfText(await renderPdf(model), false));
    const counts = pages.map((lines) => lines.length);
    // The first page (title, metadata, TOC) and the last may be short; a page between them is not left nearly empty.
    const nearlyEmpty = counts.flatMap((n, i) => (i > 0 && i < counts.length - 1 && n < 12 ? [`sida ${i + 1}: ${n} rader: ${pages[i].join(' | ')}`] : []));
    expect(nearlyEmpty).toEqual([]);
  });
});
