// Revision marks as the seeds carry them: ~~struck~~ text was deleted in the document's own revision,
// **bold** (or __bold__) only emphasises. The DOCX extraction writes Word's strikethrough and bold the same way.
import type { Line } from './lines';

export interface MarkupResult {
  lines: Line[];
  /** How many struck passages were dropped. */
  struck: number;
}

const STRUCK = /~~([^~]*)~~/g;
const BOLD = /\*\*([^*]*)\*\*|__([^_]+)__/g;

export function stripMarkupText(text: string): { text: string; struck: number } {
  let struck = 0;
  const withoutStruck = text.replace(STRUCK, () => {
    struck += 1;
    return '';
  });
  const plain = withoutStruck
    .replace(BOLD, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(/[ ]{2,}/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
  return { text: plain, struck };
}

export function stripMarkup(lines: readonly Line[]): MarkupResult {
  let struck = 0;
  const out: Line[] = [];
  for (const line of lines) {
    const r = stripMarkupText(line.text);
    struck += r.struck;
    if (!r.text) continue;
    out.push(line.cells ? { ...line, text: r.text, cells: line.cells.map((c) => stripMarkupText(c).text) } : { ...line, text: r.text });
  }
  return { lines: out, struck };
}
