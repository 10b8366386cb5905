// The document's outline: which lines are headings and which of them are insatser. A heading is a line
// the extraction marked ("## …", a Word heading, a larger PDF line), a bold line alone, or a numbered line
// whose number follows the one before (2.1 → 2.1.1, A1 → A2, II → III, § 4 → § 5) or is in the table of
// contents. Headings nest by their number where they have one, by their mark level, or else in the order
// their kinds first appear. The insats level is the kind of heading (numbering scheme, or mark level
// for unnumbered ones) whose headings carry insats sections (Villkor, Dokumentation, …), within the
// chapters that hold such headings. 2.2.1 BoSoL has no text, but it sits among insatser at their level, so
// it is one. The user may name the insats level instead (options.insatsLevel).
import type { Line } from './lines';
import { followsInOutline, parseNumberedHeading, unnumberedHeading, type NumberedHeading } from './headings';
import { matchSectionLabel } from './section-labels';

export interface OutlineNode {
  heading: NumberedHeading;
  line: Line;
  /** Lines up to the next heading (for an insats: every line up to the next heading that is not below it). */
  body: Line[];
  /** The kind of heading: its numbering ("decimal 3" for 2.1.1, "A1", "II") or, unnumbered, its mark level ("rubrik 2", "fetstil"). */
  level: string;
  parent: OutlineNode | null;
}

export interface HeadingLevel {
  level: string;
  count: number;
  /** The first heading of this kind, as written. */
  example: string;
  /** How many of them carry insats sections. */
  withSections: number;
  chosen: boolean;
}

export interface Outline {
  /** Lines before the first heading (cover, metadata). */
  head: Line[];
  nodes: OutlineNode[];
  /** The depth (number of parts) of decimal insats headings, 1 for other schemes, or 0 when none were found. */
  insatsDepth: number;
  /** The kind of heading that is an insats, or null. */
  insatsLevel: string | null;
  insatser: OutlineNode[];
  levels: HeadingLevel[];
}

export interface OutlineOptions {
  /** The kind of heading the user says is an insats (a HeadingLevel.level). */
  insatsLevel?: string;
}

const SCHEME_LEVEL: Record<NumberedHeading['scheme'], string> = {
  decimal: 'decimal',
  insats: 'Insats 1',
  letter: 'A',
  letterNumber: 'A1',
  roman: 'I',
  paren: '1)',
  paragraph: '§ 1',
  none: '',
};

/** A line the document presents as a heading by its form alone: bold from end to end, short, no sentence. */
export function isBoldHeadingLine(raw: string): boolean {
  const m = /^\*\*([^*]+)\*\*$/u.exec(raw.trim());
  if (!m) return false;
  const text = m[1].trim();
  return text.length > 1 && text.length <= 100 && !/[.:;,!?]$/u.test(text) && text.split(/\s+/).length <= 12 && /^[\p{Lu}\d]/u.test(text);
}

function levelOf(heading: NumberedHeading, line: Line, bold: boolean): string {
  if (heading.scheme === 'decimal') return `decimal ${heading.parts.length}`;
  if (heading.scheme !== 'none') return SCHEME_LEVEL[heading.scheme];
  if (line.heading) return `rubrik ${line.heading}`;
  return bold ? 'fetstil' : 'rubrik';
}

const isTocTitle = (text: string) => /^innehåll(?:sförteckning)?:?$/iu.test(text.trim());

/** Whether an unmarked numbered line follows the headings of its scheme before it. */
function follows(previous: NumberedHeading | undefined, next: NumberedHeading): boolean {
  const parts = next.parts;
  if (next.scheme === 'decimal') return followsInOutline(previous?.parts ?? null, parts);
  if (next.scheme === 'paragraph') return !previous || (parts[0] > previous.parts[0] && parts[0] - previous.parts[0] <= 6);
  if (!previous) return parts[parts.length - 1] <= 6 && (next.scheme !== 'letterNumber' || parts[0] <= 6);
  if (next.scheme === 'letterNumber') {
    const [letter, n] = parts;
    const [pl, pn] = previous.parts;
    return (letter === pl && n > pn && n - pn <= 6) || (letter > pl && letter - pl <= 2 && n <= 6);
  }
  const step = parts[0] - previous.parts[0];
  return step >= 1 && step <= 6;
}

/** Whether `above` is an ancestor of `node` by what both say about their level; null when they say nothing. */
function nests(above: OutlineNode, node: OutlineNode): boolean | null {
  if (above.level === node.level) return false;
  if (above.heading.scheme === 'decimal' && node.heading.scheme === 'decimal') return above.heading.parts.length < node.heading.parts.length;
  if (above.line.heading && node.line.heading) return above.line.heading < node.line.heading;
  return null;
}

function placeNodes(nodes: OutlineNode[]): void {
  const stack: OutlineNode[] = [];
  for (const node of nodes) {
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const says = nests(top, node);
      // Kinds that say nothing of their level: a kind seen higher up is a sibling there, a new kind is a child.
      const isChild = says ?? !stack.some((s) => s.level === node.level);
      if (isChild) break;
      stack.pop();
    }
    node.parent = stack[stack.length - 1] ?? null;
    stack.push(node);
  }
}

/** The headings above a node (chapter, group), nearest last: for 2.1.1 the headings 2 and 2.1, else those it nests under. */
export function ancestorsOf(outline: Outline, node: OutlineNode): OutlineNode[] {
  const parts = node.heading.parts;
  if (node.heading.scheme === 'decimal') {
    const out: OutlineNode[] = [];
    for (let depth = 1; depth < parts.length; depth++) {
      const k = parts.slice(0, depth).join('.');
      const found = outline.nodes.find((n) => n.heading.scheme === 'decimal' && n.heading.number === k);
      if (found) out.push(found);
    }
    if (out.length > 0 || parts.length === 1) return out;
  }
  const out: OutlineNode[] = [];
  for (let p = node.parent; p; p = p.parent) out.unshift(p);
  return out;
}

/** The top heading a node sits under (itself when it is at the top). */
export function chapterOf(node: OutlineNode): OutlineNode {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}

/** What groups insatser into a chapter: the chapter number of a decimal heading, else the top heading. */
export const chapterKey = (n: OutlineNode): unknown => (n.heading.scheme === 'decimal' ? `decimal ${n.heading.parts[0]}` : chapterOf(n));

const isBelow = (node: OutlineNode, above: OutlineNode) => {
  for (let p = node.parent; p; p = p.parent) if (p === above) return true;
  return false;
};

/**
 * `boldLines`: lines written bold from end to end. They are headings only in a document whose marked and
 * numbered headings hold no insatser (a cover line "**ÖSTERSUNDS KOMMUN**" is no chapter).
 */
export function buildOutline(
  lines: readonly Line[],
  tocNumbers: ReadonlySet<string>,
  options: OutlineOptions = {},
  boldLines: ReadonlySet<number> = new Set(),
): Outline {
  const plain = outlineWith(lines, tocNumbers, options, new Set());
  if (plain.insatser.length > 0 || boldLines.size === 0) return plain;
  const bold = outlineWith(lines, tocNumbers, options, boldLines);
  return bold.insatser.length > 0 ? bold : plain;
}

function outlineWith(lines: readonly Line[], tocNumbers: ReadonlySet<string>, options: OutlineOptions, boldLines: ReadonlySet<number>): Outline {
  const nodes: OutlineNode[] = [];
  const head: Line[] = [];
  const lastOfScheme = new Map<string, NumberedHeading>();
  for (const line of lines) {
    const bold = boldLines.has(line.no);
    const marked = (line.heading !== undefined || bold) && !line.cells && matchSectionLabel(line.text) === null && !isTocTitle(line.text);
    const numbered = parseNumberedHeading(line.text);
    let heading: NumberedHeading | null = null;
    if (marked) heading = numbered ?? unnumberedHeading(line.text);
    else if (numbered && !line.cells && (tocNumbers.has(numbered.number) || follows(lastOfScheme.get(numbered.scheme), numbered))) heading = numbered;
    if (heading) {
      nodes.push({ heading, line, body: [], level: levelOf(heading, line, bold), parent: null });
      if (heading.scheme !== 'none') lastOfScheme.set(heading.scheme, heading);
    } else if (nodes.length > 0) nodes[nodes.length - 1].body.push(line);
    else head.push(line);
  }
  placeNodes(nodes);

  const hasSections = (n: OutlineNode) => n.body.some((l) => matchSectionLabel(l.text) !== null);
  const depthOf = (n: OutlineNode) => {
    let d = 0;
    for (let p = n.parent; p; p = p.parent) d += 1;
    return d;
  };
  const stats = new Map<string, { count: number; withSections: number; depth: number; example: string }>();
  for (const n of nodes) {
    const s = stats.get(n.level) ?? { count: 0, withSections: 0, depth: depthOf(n), example: `${n.heading.number} ${n.heading.title}`.trim() };
    s.count += 1;
    if (hasSections(n)) s.withSections += 1;
    stats.set(n.level, s);
  }
  const detected = [...stats.entries()]
    .filter(([, s]) => s.withSections > 0)
    .sort((a, b) => b[1].withSections - a[1].withSections || b[1].depth - a[1].depth)[0]?.[0];
  const chosen = options.insatsLevel && stats.has(options.insatsLevel) ? options.insatsLevel : (detected ?? null);
  const levels: HeadingLevel[] = [...stats.entries()].map(([level, s]) => ({
    level,
    count: s.count,
    example: s.example,
    withSections: s.withSections,
    chosen: level === chosen,
  }));
  if (!chosen) return { head, nodes, insatsDepth: 0, insatsLevel: null, insatser: [], levels };

  const atLevel = nodes.filter((n) => n.level === chosen);
  // Only chapters that hold insatser with sections; a level the user chose counts everywhere.
  const chapters = new Set(atLevel.filter((n) => chosen === options.insatsLevel || hasSections(n)).map(chapterKey));
  const insatser: OutlineNode[] = [];
  for (const n of nodes) {
    const current = insatser[insatser.length - 1];
    if (n.level === chosen && chapters.has(chapterKey(n))) insatser.push({ ...n, body: [...n.body] });
    // Headings below an insats belong to it.
    else if (
      current &&
      isBelow(
        n,
        nodes.find((x) => x.line.no === current.line.no)!,
      )
    )
      current.body.push(n.line, ...n.body);
  }
  const first = insatser[0]?.heading;
  const insatsDepth = first ? (first.scheme === 'decimal' ? first.parts.length : 1) : 0;
  return { head, nodes, insatsDepth, insatsLevel: chosen, insatser, levels };
}

/** The line after an insats's text: the next heading that is not below it. */
export function endOf(outline: Outline, insats: OutlineNode): number | null {
  const original = outline.nodes.find((n) => n.line.no === insats.line.no);
  const next = outline.nodes.find((n) => n.line.no > insats.line.no && (!original || !isBelow(n, original)));
  return next?.line.no ?? null;
}

/**
 * The line where the document's chapters begin, after its cover headings: unnumbered headings at the top
 * that are no insats and hold only short lines (the title, the nämnd, a metadata table). Null when the
 * document starts with its chapters.
 */
export function coverHeadingsEnd(outline: Outline): number | null {
  const insatsLines = new Set(outline.insatser.map((i) => i.line.no));
  let k = 0;
  for (; k < outline.nodes.length; k++) {
    const n = outline.nodes[k];
    // The first heading may carry a number a Word outline gave it ("1. Riktlinje för …").
    const unnumbered = n.heading.scheme === 'none' || (k === 0 && !outline.insatser.some((i) => chapterKey(i) === chapterKey(n)));
    const cover = unnumbered && !insatsLines.has(n.line.no) && n.body.every((l) => l.text.length <= 120);
    if (!cover) break;
  }
  return k === 0 ? null : (outline.nodes[k]?.line.no ?? null);
}

/** The cover headings (before `end`) are no chapter or kategori: the headings under them are at the top. */
export function detachCover(outline: Outline, end: number): void {
  const below = (p: OutlineNode | null) => {
    let q = p;
    while (q && q.line.no < end) q = q.parent;
    return q;
  };
  for (const n of [...outline.nodes, ...outline.insatser]) n.parent = below(n.parent);
}
