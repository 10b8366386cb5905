// Catalogues in layouts other than the seeds' (A1 numbering, roman numerals, "§ 4", bold unnumbered
// headings, key–value tables, "Insats N:" headings), as text, Word and PDF: each finds its insatser with
// their numbers, names and kategorier. The import examples are checked against their expected parse.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocumentText } from '../../electron/import/extract-text';
import { readCatalogueDocument } from '../../electron/import/read-catalogue-document';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { matchSectionLabel } from '../../shared/import/section-labels';

const LAYOUTS = path.join(__dirname, '../fixtures/import-layouts');
const EXAMPLES = '/work/shared/import-examples';
const parseFile = async (file: string) => parseCatalogueDocument((await extractDocumentText(new Uint8Array(readFileSync(file)))).text);
const summary = (parsed: ReturnType<typeof parseCatalogueDocument>) => parsed.insatser.map((i) => [i.nummer, i.content.namn, i.kategori]);

const A1 = [
  ['A1', 'Familjerådgivning', 'Rådgivning'],
  ['A2', 'Budget- och skuldrådgivning', 'Rådgivning'],
  ['B1', 'Samtalsgrupp Vågen', 'Stöd till barn och unga'],
];
const FETSTIL = [
  [null, 'Familjerådgivning', null],
  [null, 'Anhörigcirkel', null],
  [null, 'Mötesplats Torget', null],
];

describe('layouts of our own', () => {
  it.each(['a1-inline.txt', 'a1-inline.docx', 'a1-inline.pdf'])('%s: A1 numbering under kategorier "A.", inline labels with ":" or "–"', async (file) => {
    const parsed = await parseFile(path.join(LAYOUTS, file));
    expect(summary(parsed)).toEqual(A1);
    const first = parsed.insatser[0];
    expect(first.sections.map((s) => s.label)).toEqual(['Målgrupp', 'Villkor', 'Dokumentation', 'Uppföljning']);
    expect(first.content.villkor.map((v) => v.typ)).toContain('folkbokford');
    expect(first.content.dokumentation.regim).toBe('14:4');
  });

  it('roman numerals', async () => {
    const parsed = await parseFile(path.join(LAYOUTS, 'romerska.txt'));
    expect(summary(parsed)).toEqual([
      ['I', 'Familjerådgivning', null],
      ['II', 'Träffpunkt Eken', null],
      ['III', 'Stödsamtal för unga', null],
    ]);
    expect(parsed.insatser[2].content.malgruppAlder).toEqual({ min: 18, max: 25 });
  });

  it('"§ 4" headings: the paragraphs without insats sections are the introduction', async () => {
    const parsed = await parseFile(path.join(LAYOUTS, 'paragraf.txt'));
    expect(summary(parsed)).toEqual([
      ['§ 3', 'Familjerådgivning', null],
      ['§ 4', 'Anhöriggrupp', null],
      ['§ 5', 'Öppen förskola', null],
    ]);
    expect(parsed.insatser[2].bedomningSarskildaSkal).toContain('öppen mötesplats');
  });

  it.each(['fetstil.txt', 'fetstil.docx', 'fetstil.pdf'])('%s: unnumbered headings in bold alone on their line, no numbers invented', async (file) => {
    expect(summary(await parseFile(path.join(LAYOUTS, file)))).toEqual(FETSTIL);
  });

  it('a bold cover line is no heading when the document has numbered headings', () => {
    const parsed = parseCatalogueDocument(
      ['**EXEMPELBY KOMMUN**', '1. Förteckning', '1.1. Familjerådgivning', 'Målgrupp: Vuxna.', 'Dokumentation: 14 kap. 4 § SoL.'].join('\n\n'),
    );
    expect(summary(parsed)).toEqual([['1.1', 'Familjerådgivning', 'Förteckning']]);
  });
});

describe('the insats level', () => {
  const text = [
    '# Rådgivning',
    '## Familjerådgivning',
    'Målgrupp: Vuxna.',
    '## Skuldrådgivning',
    'Målgrupp: Alla.',
    '# Stöd',
    '## Anhörigstöd',
    'Målgrupp: Anhöriga.',
  ].join('\n\n');

  it('is the marked heading level whose headings carry sections, and the levels are reported', () => {
    const parsed = parseCatalogueDocument(text);
    expect(summary(parsed)).toEqual([
      [null, 'Familjerådgivning', 'Rådgivning'],
      [null, 'Skuldrådgivning', 'Rådgivning'],
      [null, 'Anhörigstöd', 'Stöd'],
    ]);
    expect(parsed.headingLevels).toEqual([
      { level: 'rubrik 1', count: 2, example: 'Rådgivning', chosen: false },
      { level: 'rubrik 2', count: 3, example: 'Familjerådgivning', chosen: true },
    ]);
  });

  it('can be named by the user: then the kategori headings are the insatser', () => {
    const parsed = parseCatalogueDocument(text, { insatsLevel: 'rubrik 1' });
    expect(parsed.insatser.map((i) => i.content.namn)).toEqual(['Rådgivning', 'Stöd']);
    expect(parsed.insatser[0].source.text).toContain('Skuldrådgivning');
    expect(parsed.headingLevels?.find((l) => l.chosen)?.level).toBe('rubrik 1');
  });

  it('reaches the parser through the document reader (the review screen re-reads with it)', async () => {
    const proposal = await readCatalogueDocument(new TextEncoder().encode(text), 'katalog.txt', { insatsLevel: 'rubrik 1' });
    expect(proposal.insatser.map((i) => i.content.namn)).toEqual(['Rådgivning', 'Stöd']);
  });

  it('an unknown level named by the user falls back to the detected one', () => {
    expect(parseCatalogueDocument(text, { insatsLevel: 'rubrik 5' }).insatser).toHaveLength(3);
  });
});

describe('inline labels', () => {
  it.each([
    ['Vem kan få insatsen – vuxna från 18 år', 'malgrupp', 'vuxna från 18 år'],
    ['Villkor – folkbokförd i kommunen', 'villkor', 'folkbokförd i kommunen'],
    ['Målgrupp: barn', 'malgrupp', 'barn'],
  ])('"%s" is the label %s with its text', (line, key, rest) => {
    expect(matchSectionLabel(line)).toMatchObject({ key, rest });
  });

  it('a bold label without a colon is still the label ("**Målgrupp** Vuxna")', () => {
    const parsed = parseCatalogueDocument(['## Familjerådgivning', '**Målgrupp** Vuxna i en parrelation.', '**Villkor** Folkbokförd i kommunen.'].join('\n\n'));
    expect(parsed.insatser[0].sections.map((s) => [s.label, s.text])).toEqual([
      ['Målgrupp', 'Vuxna i en parrelation.'],
      ['Villkor', 'Folkbokförd i kommunen.'],
    ]);
  });

  it('a dash after a word that is no label is no label ("Biffsamtal – (Barn i Föräldrars Fokus)")', () => {
    expect(matchSectionLabel('Biffsamtal – (Barn i Föräldrars Fokus)')).toBeNull();
  });
});

describe('import examples against their expected parse (number and name)', () => {
  const expected = (name: string) =>
    (JSON.parse(readFileSync(path.join(EXAMPLES, 'expected', `${name}.json`), 'utf8')) as { insatser: Array<{ number?: string; name: string }> }).insatser;

  it.each([
    ['d1-nyckelvardestabell', 'docx'],
    ['d3-rubriker-fetstil', 'docx'],
    ['d3-rubriker-fetstil', 'pdf'],
    ['d5-insats-numrerad', 'txt'],
    ['d5-insats-numrerad', 'pdf'],
  ])('%s.%s', async (name, ext) => {
    const parsed = await parseFile(path.join(EXAMPLES, `${name}.${ext}`));
    const want = expected(name);
    expect(parsed.insatser.map((i) => i.content.namn)).toEqual(want.map((w) => w.name));
    parsed.insatser.forEach((i, k) => {
      // A number absent from the expectation is not checked (d3's Word outline is numbered from its levels).
      if (want[k].number !== undefined) expect(i.nummer).toBe(want[k].number);
    });
  });

  it('d1: each key–value table row is a section, the "Insats" row the description', async () => {
    const parsed = await parseFile(path.join(EXAMPLES, 'd1-nyckelvardestabell.docx'));
    const first = parsed.insatser[0];
    expect(first.content.innehall).toContain('Samtal för par och familjer');
    expect(first.content.malgrupp).toBe('Vuxna i en parrelation eller familj.');
    expect(first.content.dokumentation.regim).toBe('14:4');
    expect(parsed.decision?.draft.diarienummer).toBe('SN 2025/0214');
  });

  it('d3 PDF: the headings come from the type sizes and the metadata under the title is read', async () => {
    const parsed = await parseFile(path.join(EXAMPLES, 'd3-rubriker-fetstil.pdf'));
    expect(parsed.insatser.map((i) => i.kategori)).toEqual([
      'Rådgivning',
      'Rådgivning',
      'Stöd till anhöriga',
      'Stöd till anhöriga',
      'Mötesplatser',
      'Individuellt riktade insatser',
    ]);
    expect(parsed.insatser.every((i) => i.nummer === null)).toBe(true);
    expect(parsed.decision?.draft.diarienummer).toBe('SN/2025:00187');
  });
});
