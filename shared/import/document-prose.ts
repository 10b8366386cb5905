// The imported document's own prose, to keep as the catalogue's document texts: the chapters before the
// insatser (seed 002's "1. Inledning" and "2. Rättsliga utgångspunkter" with 2.1 … 2.5 and 2.2.1 …), and the
// heading and opening text of the chapter that lists the insatser ("3. Förteckning av IUB"). The chapters are
// written in the document-text form the catalogue document reads: "# " starts a chapter, "## " and "### "
// its sub-headings, "- " a list item, blank lines between paragraphs. Pure and separate from the parser: it
// runs the same first steps over the text and reads only what the parser leaves aside.
import { z } from 'zod';
import { splitLines, type Line } from './lines';
import { stripMarkup } from './markup';
import { buildOutline, type OutlineNode } from './outline';
import { removePageArtefacts } from './page-artefacts';
import { joinBrokenParagraphs } from './paragraphs';
import { detectToc } from './toc';

export const documentProseSchema = z.object({
  /** The prose chapters in document-text form, or null when the document has none. */
  inledning: z.string().nullable(),
  /** The heading of the chapter listing the insatser when the insatser sit in one chapter (kategori). */
  forteckningRubrik: z.string().nullable(),
  /** Its text before the first group heading. */
  forteckningText: z.string().nullable(),
});
export type DocumentProse = z.infer<typeof documentProseSchema>;

const NO_PROSE: DocumentProse = { inledning: null, forteckningRubrik: null, forteckningText: null };

/** "•\tText" and "– Text" as list items. */
function paragraphText(line: Line): string {
  const text = line.text.replace(/\t+/g, ' ').trim();
  const bullet = /^[•·▪◦●\-–]\s+(.+)$/u.exec(text);
  return bullet ? `- ${bullet[1]}` : text;
}

function bodyText(lines: readonly Line[]): string {
  const out: string[] = [];
  for (const l of lines) {
    const text = paragraphText(l);
    if (!text) continue;
    // List items follow each other; paragraphs are separated by a blank line.
    const previous = out[out.length - 1];
    if (previous !== undefined) out.push(text.startsWith('- ') && previous.startsWith('- ') ? '\n' : '\n\n');
    out.push(text);
  }
  return out.join('');
}

/**
 * `insatsNummer` are the numbers of the insatser the parser found ("3.2.1"); the chapters they sit in are the
 * förteckning, the chapters before the first of them are prose.
 */
export function extractDocumentProse(text: string, insatsNummer: ReadonlyArray<string | null>): DocumentProse {
  const chapters = new Set(insatsNummer.flatMap((n) => (n && /^\d+/.test(n) ? [Number(/^\d+/.exec(n)![0])] : [])));
  if (chapters.size === 0) return NO_PROSE;
  const firstInsatsChapter = Math.min(...chapters);
  const markup = stripMarkup(removePageArtefacts(splitLines(text)).lines);
  const toc = detectToc(markup.lines);
  const body = joinBrokenParagraphs(markup.lines.filter((l) => !toc.lineNos.has(l.no))).lines;
  const tocNumbers = new Set(toc.entries.flatMap((e) => (e.number ? [e.number] : [])));
  const outline = buildOutline(body, tocNumbers);

  const prose = outline.nodes.filter((n) => n.heading.parts[0] < firstInsatsChapter && n.heading.parts.length <= 3);
  const parts: string[] = [];
  for (const n of prose) {
    const marks = '#'.repeat(n.heading.parts.length);
    parts.push(`${marks} ${n.heading.title}`);
    const t = bodyText(n.body);
    if (t) parts.push(t);
  }
  const inledning = parts.length ? parts.join('\n\n') : null;

  // Only one chapter of insatser (kategori grouping) has a heading of its own worth keeping.
  let forteckningRubrik: string | null = null;
  let forteckningText: string | null = null;
  if (chapters.size === 1) {
    const chapter: OutlineNode | undefined = outline.nodes.find((n) => n.heading.parts.length === 1 && n.heading.parts[0] === firstInsatsChapter);
    if (chapter) {
      forteckningRubrik = chapter.heading.title;
      forteckningText = bodyText(chapter.body) || null;
    }
  }
  return { inledning, forteckningRubrik, forteckningText };
}
