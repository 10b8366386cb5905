// One number per insats (issue 17): the catalogue document numbers its headings from the insatser's own numbers
// after the document's prose chapters, and an imported document's prose chapters are kept in document-text form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogueDocument, insatsNumbers, NO_BESLUT, proseChapterCount, type CatalogueInsats } from '../../electron/exports';
import { introductionBlocks } from '../../electron/exports/catalogue-document';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { numberOutline, numberParts } from '../../shared/export/insats-numbering';
import { extractDocumentProse } from '../../shared/import/document-prose';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';

function emptyPortableContent(namn: string) {
  const { enhetId: _e, kategoriId: _k, ...content } = emptyInsatsContent(namn);
  return content;
}
const insats = (namn: string, kategori: string, nummer: string | null): CatalogueInsats => ({ nummer, kategori, content: emptyPortableContent(namn) });

describe('numren i katalogdokumentet', () => {
  it('läser nummer med och utan avslutande punkt', () => {
    expect(numberParts('3.2.1')).toEqual([3, 2, 1]);
    expect(numberParts('2.1.1.')).toEqual([2, 1, 1]);
    expect(numberParts('B3')).toBeNull();
    expect(numberParts(null)).toBeNull();
  });

  it('behåller kommunens nummer och ger en insats utan nummer nästa lediga i sin grupp', () => {
    const insatser = [
      insats('Familjerådgivning', 'Rådgivning', '3.1.1'),
      insats('Samarbetssamtal', 'Rådgivning', '3.1.2'),
      insats('Anhörigstöd vid beroende', 'Anhörigstöd', '3.2.1'),
      insats('Ny rådgivning', 'Rådgivning', null),
    ];
    const numbers = insatsNumbers({ grouping: 'kategori', insatser, kategorier: ['Rådgivning', 'Anhörigstöd'], introduction: null });
    expect(numbers).toEqual(['3.1.1', '3.1.2', '3.2.1', '3.1.3']);
    const doc = buildCatalogueDocument({
      kommun: 'Alingsås',
      namnd: 'Socialnämnden',
      titel: 'T',
      typAvStyrdokument: null,
      beslut: NO_BESLUT,
      grouping: 'kategori',
      insatser,
      draft: false,
    });
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level <= 3 ? [`${b.number} ${b.text}`] : []));
    expect(headings).toEqual([
      '1. Inledning',
      '1.1 Insatser utan individuell behovsprövning',
      '1.2 Rätten att ansöka om behovsprövade insatser',
      '1.3 Målgrupp och villkor',
      '1.4 Dokumentation',
      '1.5 Kvalitet och uppföljning',
      '3. Förteckning över insatser',
      '3.1 Rådgivning',
      '3.1.1 Familjerådgivning',
      '3.1.2 Samarbetssamtal',
      '3.1.3 Ny rådgivning',
      '3.2 Anhörigstöd',
      '3.2.1 Anhörigstöd vid beroende',
    ]);
  });

  it('numrerar efter kapitlen när insatserna saknar nummer eller när numren krockar med ett prosakapitel', () => {
    const intro = '# Inledning\nText.\n\n# Rättsliga utgångspunkter\n## Rätten\nText.\n### Barn\nText.';
    expect(proseChapterCount(intro)).toBe(2);
    expect(introductionBlocks(intro).flatMap((b) => (b.kind === 'heading' ? [`${b.number} ${b.text}`] : []))).toEqual([
      '1. Inledning',
      '2. Rättsliga utgångspunkter',
      '2.1 Rätten',
      '2.1.1 Barn',
    ]);
    const insatser = [insats('A', 'K1', null), insats('B', 'K2', '2.1.1'), insats('C', 'K2', '2.1.1')];
    // 2.1.1 lies in the prose chapter 2: the förteckning is chapter 3.
    expect(insatsNumbers({ grouping: 'kategori', insatser, introduction: intro })).toEqual(['3.1.1', '3.2.1', '3.2.2']);
  });

  it('ordnar grupperna efter numren när inställningarnas ordning skiljer sig', () => {
    const out = numberOutline([{ sections: [{ insatser: ['3.2.1'] }, { insatser: ['3.1.1', '3.1.2'] }] }], 2, (n) => n);
    expect(out[0].sections.map((s) => [s.number, s.insatser.map((i) => i.number)])).toEqual([
      ['3.1', ['3.1.1', '3.1.2']],
      ['3.2', ['3.2.1']],
    ]);
  });
});

describe('dokumentets egna texter vid import', () => {
  it('tar med seed 002:s kapitel 1 och 2 och förteckningens rubrik, så att insatserna behåller 3.2.1', () => {
    const text = readFileSync('/work/shared/seeds/002_84db1e7ad1a0deae.txt', 'utf8');
    const parsed = parseCatalogueDocument(text);
    const prose = extractDocumentProse(
      text,
      parsed.insatser.map((i) => i.nummer),
    );
    expect(prose.forteckningRubrik).toBe('Förteckning av IUB');
    expect(prose.forteckningText).toMatch(/^Förteckningen listar de insatser som socialnämnden erbjuder/);
    const inledning = prose.inledning!;
    expect(inledning.split('\n').filter((l) => l.startsWith('#'))).toEqual([
      '# Inledning',
      '# Rättsliga utgångspunkter',
      '## Rätten till behovsprövade insatser',
      '## Insatser utan individuell behovsprövning',
      '### Insatser utan individuell behovsprövning till barn',
      '### Insatser som inte får ges utan individuell behovsprövning',
      '## Informationsskyldighet och villkor',
      '### Utförarens informationsskyldighet',
      '### Socialnämnden beslutar om villkor för insatsen',
      '## Dokumentationskrav',
      '### Undantag från dokumentationskrav vid rådgivning',
      '### Undantag från dokumentationskrav av personuppgifter',
      '## Krav på god kvalitet och uppföljning',
    ]);
    expect(inledning).toContain('Den 20 maj 2025 tog riksdagen (SoU23) beslut om ny socialtjänstlag');
    // Struck text is left out, inserted text kept, as in the insatser.
    expect(inledning).not.toContain('~~');
    const insatser = parsed.insatser.map((i) => ({ nummer: i.nummer, kategori: i.kategori, content: i.content }));
    const numbers = insatsNumbers({ grouping: 'kategori', insatser, kategorier: parsed.kategorier, introduction: inledning });
    expect(numbers).toEqual(parsed.insatser.map((i) => i.nummer));
    expect(numbers[parsed.insatser.findIndex((i) => i.content.namn === 'Anhörigstöd vid beroende')]).toBe('3.2.1');
  });
});
