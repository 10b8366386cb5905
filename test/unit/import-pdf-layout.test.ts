// PDF text items → paragraphs: lines by baseline, a tab for a wide gap, paragraph breaks by spacing,
// size, short last lines and labels; words broken at a line-end hyphen joined back.
import { describe, expect, it } from 'vitest';
import { joinWrapped, pageParagraphs, type PdfItem } from '../../electron/import/pdf-layout';

const item = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5): PdfItem => ({ str, x, y, width, size });

describe('PDF layout', () => {
  it('makes a TOC entry one line with a tab before its page number', () => {
    expect(pageParagraphs([item('2.1.1 Arbetsmarknadsinsatser', 60, 700), item(' ', 200, 700, 10, 300), item('5', 520, 700)])).toEqual([
      '2.1.1 Arbetsmarknadsinsatser\t5',
    ]);
  });

  it('joins wrapped lines and breaks at a larger gap, a heading size and a short last line', () => {
    const full = 'x'.repeat(90);
    const paragraphs = pageParagraphs([
      item('2.1.1 Rubrik', 60, 760, 14),
      item(full, 60, 730),
      item('fortsätter här.', 60, 718),
      item(full, 60, 690),
      item('Kort rad.', 60, 678),
      item('Ny stycke efter kort rad.', 60, 666),
    ]);
    expect(paragraphs).toEqual(['2.1.1 Rubrik', `${full} fortsätter här.`, `${full} Kort rad.`, 'Ny stycke efter kort rad.']);
  });

  it('starts a new paragraph at a label line such as "Omfattning:"', () => {
    const full = 'Målgrupp: ' + 'y'.repeat(85);
    expect(pageParagraphs([item(full, 60, 700), item('Omfattning: 3- 8 samtal', 60, 688), item('z'.repeat(95), 60, 676)])).toHaveLength(3);
  });

  it.each([
    ['post-', 'traumatiskt stressyndrom', 'post-traumatiskt stressyndrom'],
    ['Psykosocialt stöd-', 'och förändringsarbete', 'Psykosocialt stöd- och förändringsarbete'],
    ['slutet av', 'raden', 'slutet av raden'],
  ])('"%s" + "%s" → "%s"', (a, b, joined) => {
    expect(joinWrapped(a, b)).toBe(joined);
  });
});
