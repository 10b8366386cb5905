// A paragraph cut by a page break continues on the next page ("…kan leda till" / "att individer i
// behov…"). Such pieces are joined back into one paragraph: before a lower-case word, and where the text
// marks the page break (a form feed from the PDF extraction) also after a word a sentence cannot end on.
import type { Line } from './lines';
import { matchSectionLabel } from './section-labels';
import { parseNumberedHeading } from './headings';
import { isTableRow } from './table-rows';

const ENDS_SENTENCE = /[.!?:;)”"»]$/u;
const STARTS_LOWER = /^[a-zåäöéü]/u;
const STARTS_ITEM = /^[-–•*]\s/u;
const OPEN_END = /(?:,|\b(?:i|och|till|för|av|med|som|att|en|ett|den|det|de|på|om|samt|eller|från|vid|hos|under|är|ska|kan|har))$/iu;

const isStructure = (text: string) => text.includes('\t') || matchSectionLabel(text) !== null || parseNumberedHeading(text) !== null;
/** A line that ends where it stands: a heading, a label alone, a table row. "Motivering: …" text may go on. */
const isClosed = (text: string) => text.includes('\t') || isTableRow(text) || matchSectionLabel(text)?.rest === '' || parseNumberedHeading(text) !== null;

/** A numbered heading cut at a page break mid-phrase ("… sektor KAF (Kompetens," / "Arbete, Försörjning)"). */
function headingCut(previous: Line, next: Line): boolean {
  const open = (previous.text.match(/\(/g)?.length ?? 0) > (previous.text.match(/\)/g)?.length ?? 0);
  return next.pageBreakBefore && parseNumberedHeading(previous.text) !== null && (open || /[,–-]$/u.test(previous.text)) && !isStructure(next.text);
}

function canContinue(previous: Line, next: Line): boolean {
  // Marked structure (a heading, a table row) is never a broken paragraph.
  if (previous.heading || previous.cells || next.heading || next.cells) return false;
  if (headingCut(previous, next)) return true;
  if (ENDS_SENTENCE.test(previous.text) || isClosed(previous.text) || STARTS_ITEM.test(next.text)) return false;
  if (STARTS_LOWER.test(next.text)) return !next.text.includes('\t');
  // Before a capital at a page break, only a line that cannot end there ("… folkbokförd i" / "Östersunds kommun").
  return next.pageBreakBefore && OPEN_END.test(previous.text) && !isStructure(next.text) && /^[\p{L}\d]/u.test(next.text);
}

export function joinBrokenParagraphs(lines: readonly Line[]): { lines: Line[]; joined: number } {
  const out: Line[] = [];
  let joined = 0;
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (previous && canContinue(previous, line)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${line.text}` };
      joined += 1;
    } else out.push(line);
  }
  return { lines: out, joined };
}
