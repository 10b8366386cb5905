// A paragraph cut by a page break continues on the next page with a lower-case word ("…kan leda till"
// / "att individer i behov…"). Such pieces are joined back into one paragraph.
import type { Line } from './lines';
import { matchSectionLabel } from './section-labels';
import { parseNumberedHeading } from './headings';

const ENDS_SENTENCE = /[.!?:;)”"»]$/u;
const STARTS_LOWER = /^[a-zåäöéü]/u;

function canContinue(previous: Line, next: Line): boolean {
  if (ENDS_SENTENCE.test(previous.text) || !STARTS_LOWER.test(next.text)) return false;
  if (previous.text.includes('\t') || next.text.includes('\t')) return false;
  if (matchSectionLabel(previous.text) || parseNumberedHeading(previous.text)) return false;
  return true;
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
