// Word often numbers headings automatically, and the numbers are then not in the text mammoth reads.
// When no heading carries a number, they are counted from the heading levels (2.1.1 …), leaving out
// the table of contents title and the insats section labels (Villkor, Dokumentation …).
import { parseNumberedHeading } from '../../shared/import/headings';
import { matchSectionLabel } from '../../shared/import/section-labels';
import type { TextBlock } from './html-to-text';

const isOutlineHeading = (b: TextBlock) => b.headingLevel > 0 && !matchSectionLabel(b.text) && !/^innehåll(sförteckning)?$/iu.test(b.text.trim());

/** Numbers unnumbered headings; returns the blocks unchanged (and false) when any heading has a number. */
export function numberHeadings(blocks: readonly TextBlock[]): { blocks: TextBlock[]; numbered: boolean } {
  const headings = blocks.filter(isOutlineHeading);
  if (headings.length < 3 || headings.some((b) => parseNumberedHeading(b.text.replace(/~~|\*\*/g, '')))) return { blocks: [...blocks], numbered: false };
  const top = Math.min(...headings.map((b) => b.headingLevel));
  const counters: number[] = [];
  const out = blocks.map((b) => {
    if (!isOutlineHeading(b)) return b;
    const depth = b.headingLevel - top;
    counters.length = depth + 1;
    for (let i = 0; i < depth; i++) counters[i] ??= 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    return { ...b, text: `${counters.join('.')}. ${b.text}` };
  });
  return { blocks: out, numbered: true };
}
