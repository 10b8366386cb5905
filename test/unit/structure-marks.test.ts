// The structure marks every extraction writes (headings, table rows, bullets) and how the parser's lines read them.
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { blocksToText, htmlToBlocks } from '../../electron/import/html-to-text';
import { headingStyleLevel, readDocxFile } from '../../electron/import/docx-file';
import { splitLines } from '../../shared/import/lines';
import { formatBullet, formatHeading, formatTable, formatTableRow, parseMarkedLine } from '../../shared/import/structure-marks';

describe('structure marks', () => {
  it('write and read a heading with its level', () => {
    expect(formatHeading(2, ' Familjerådgivning ')).toBe('## Familjerådgivning');
    expect(parseMarkedLine('## Familjerådgivning')).toEqual({ kind: 'heading', level: 2, text: 'Familjerådgivning' });
    expect(parseMarkedLine('#hashtag').kind).toBe('text');
  });

  it('write a table row with a "|" and a line break inside a cell, and read the cells back', () => {
    const row = formatTableRow(['Målgrupp', 'Barn | unga\nfrån 7 år']);
    expect(row).toBe('| Målgrupp | Barn \\| unga <br> från 7 år |');
    expect(parseMarkedLine(row)).toEqual({ kind: 'row', cells: ['Målgrupp', 'Barn | unga från 7 år'] });
    expect(
      formatTable([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\n| a | b |\n| c | d |\n');
  });

  it('read a bullet', () => {
    expect(formatBullet(' Praktik ')).toBe('- Praktik');
    expect(parseMarkedLine('- Praktik')).toEqual({ kind: 'bullet', text: 'Praktik' });
  });

  it('become lines with a heading level or cells, the text without the marks', () => {
    const lines = splitLines('# Insatser\n\n| Målgrupp | Vuxna |\n| | |\nVanlig text');
    expect(lines).toEqual([
      { no: 1, text: 'Insatser', heading: 1, pageBreakBefore: false },
      { no: 3, text: 'Målgrupp\tVuxna', cells: ['Målgrupp', 'Vuxna'], pageBreakBefore: false },
      { no: 5, text: 'Vanlig text', pageBreakBefore: false },
    ]);
  });
});

describe('Word HTML to marked text', () => {
  it('marks headings and writes each table row on its own line, two tables apart', () => {
    const html =
      '<h1>Rådgivning</h1><p>Inledning</p><table><tr><td><p><strong>Insats</strong></p></td><td><p>Samtal</p><p>Högst sex</p></td></tr>' +
      '<tr><td>Målgrupp</td><td>Vuxna</td></tr></table><table><tr><td>Dnr</td><td>SN 1</td></tr></table><h2>Nästa</h2>';
    expect(blocksToText(htmlToBlocks(html))).toBe(
      '# Rådgivning\n\nInledning\n\n| **Insats** | Samtal <br> Högst sex |\n| Målgrupp | Vuxna |\n\n| Dnr | SN 1 |\n\n## Nästa',
    );
  });

  it('reads custom heading styles by the level in their name', () => {
    expect(headingStyleLevel('Rubrik 2 Insats')).toBe(2);
    expect(headingStyleLevel('Heading 3 Kommun')).toBe(3);
    expect(headingStyleLevel('Brödtext')).toBeNull();
  });

  it('marks a paragraph in a custom heading style as a heading of its level', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'InsatsRubrik', name: 'Rubrik 2 Insats', run: { bold: true } }] },
      sections: [{ children: [new Paragraph({ style: 'InsatsRubrik', text: 'Familjerådgivning' }), new Paragraph({ text: 'Målgrupp: Vuxna.' })] }],
    });
    const { text } = await readDocxFile(new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toBe('## Familjerådgivning\n\nMålgrupp: Vuxna.');
  });

  it('marks a paragraph whose style sets an outline level as a heading of that level, whatever its name', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [{ id: 'Insatsnamn', name: 'Insatsnamn', paragraph: { outlineLevel: 2 } }] },
      sections: [{ children: [new Paragraph({ style: 'Insatsnamn', text: 'Familjerådgivning' }), new Paragraph({ text: 'Målgrupp: Vuxna.' })] }],
    });
    const { text } = await readDocxFile(new Uint8Array(await Packer.toBuffer(doc)));
    expect(text).toBe('### Familjerådgivning\n\nMålgrupp: Vuxna.');
  });
});
