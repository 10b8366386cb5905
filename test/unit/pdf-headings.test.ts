// PDF headings from the type: sizes clearly above the body size are heading levels (largest first), a
// short paragraph in bold alone is the level below; body text, tab rows and bold labels are not headings.
import { describe, expect, it } from 'vitest';
import { headingLevels, pagesToText, type PdfItem, type PdfParagraph } from '../../electron/import/pdf-layout';

const p = (text: string, size = 11, bold = false): PdfParagraph => ({ text, size, bold });
const item = (str: string, y: number, size = 11, bold = false): PdfItem => ({ str, x: 60, y, width: str.length * size * 0.5, size, bold });

describe('PDF heading levels', () => {
  it('rank the larger sizes and put short bold paragraphs below them', () => {
    const body = 'Brödtext som är lång nog att vara den vanligaste storleken i dokumentet, med flera ord.';
    expect(
      headingLevels([
        p('Riktlinje', 24, true),
        p(body),
        p('Rådgivning', 18, true),
        p('Familjerådgivning', 14),
        p(body),
        p('Kort fet rad', 11, true),
        p(body),
        p('Diarienummer\tSN 1', 18),
        p('Lång fet mening som slutar med punkt.', 11, true),
      ]),
    ).toEqual([1, 0, 2, 3, 0, 4, 0, 0, 0]);
  });

  it('write the heading marks into the text, a heading set on two lines as one', () => {
    const text = pagesToText([
      [
        item('Insatser utan individuell', 780, 20, true),
        item('behovsprövning', 756, 20, true),
        item('x'.repeat(90), 700),
        item('Familjerådgivning', 670, 14, true),
        item('y'.repeat(90), 640),
      ],
    ]);
    expect(text).toBe(`# Insatser utan individuell behovsprövning\n\n${'x'.repeat(90)}\n\n## Familjerådgivning\n\n${'y'.repeat(90)}`);
  });
});
