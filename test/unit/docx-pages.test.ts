// The DOCX's table of contents gets its page numbers from docx's layout of the pages as Word lays them out. The app
// measures text as Arial from Helvetica's metrics (fast); this checks that it gives the same pages as docx's own
// width tables, on the seed catalogues and the checklist.
import { estimatePageNumbers } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { buildCatalogueDocument, buildUtforareChecklista, NO_BESLUT, renderDocx, type DocumentModel } from '../../electron/exports';
import { arialWidth } from '../../electron/exports/render-docx';
import { loadFixture } from '../fixtures/load-fixture';
import { unzip } from '../support/documents';

/** The TOC's page numbers and the number of pages, as written into the DOCX. */
async function pageNumbers(model: DocumentModel, estimator?: typeof estimatePageNumbers) {
  const xml = (await unzip(await renderDocx(model, { estimator })))!.get('word/document.xml')!;
  const toc = [...xml.matchAll(/PAGEREF _Toc\d+ \\h[^<]*<\/w:instrText>.*?<w:t[^>]*>(\d*)<\/w:t>/g)].map((m) => m[1]);
  return toc;
}

describe('sidnummer i DOCX', () => {
  it('mäter Arial som Word: bredder per tecken utan kerning', () => {
    expect(arialWidth('a', { size: 10, bold: false, italic: false })).toBeCloseTo(5.56);
    expect(arialWidth('AV', { size: 10, bold: false, italic: false })).toBeCloseTo(13.34);
    expect(arialWidth('Östersund', { size: 12, bold: true, italic: false })).toBeGreaterThan(arialWidth('Östersund', { size: 12, bold: false, italic: false }));
  });

  it.each(['ostersund', 'alingsas'] as const)(
    '%s: samma sidor i innehållsförteckningen som docx egen breddtabell',
    async (name) => {
      const f = loadFixture(name);
      const catalogue = buildCatalogueDocument({
        kommun: f.kommun,
        namnd: f.namnd,
        titel: f.titel,
        typAvStyrdokument: f.beslut?.typAvStyrdokument ?? null,
        beslut: f.beslut ?? NO_BESLUT,
        grouping: name === 'ostersund' ? 'organisation' : 'kategori',
        insatser: f.insatser,
        sektorer: f.sektorer,
        kategorier: f.kategorier,
        draft: f.beslut === null,
      });
      const fast = await pageNumbers(catalogue);
      expect(fast.length).toBeGreaterThan(f.insatser.length);
      expect(fast.every((p) => /^\d+$/.test(p))).toBe(true);
      expect(fast).toEqual(await pageNumbers(catalogue, estimatePageNumbers));

      const checklist = buildUtforareChecklista({
        kommun: f.kommun,
        namnd: f.namnd,
        forvaltning: 'Socialförvaltningen',
        titel: f.titel,
        beslut: null,
        datum: '2025-11-03',
        draft: true,
        grouping: 'kategori',
        insatser: f.insatser,
        kategorier: f.kategorier,
      });
      expect(await pageNumbers(checklist)).toEqual(await pageNumbers(checklist, estimatePageNumbers));
    },
    120_000,
  );
});
