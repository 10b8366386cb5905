// The document's numbered outline: which headings are real (numbers that follow each other or are in
// the table of contents), and which of them are insatser: the level at which headings carry insats
// sections (Villkor, Dokumentation, …), within the chapters that hold such headings. 2.2.1 BoSoL has
// no text, but it sits among insatser at their level, so it is one.
import type { Line } from './lines';
import { followsInOutline, parseNumberedHeading, type NumberedHeading } from './headings';
import { matchSectionLabel } from './section-labels';

export interface OutlineNode {
  heading: NumberedHeading;
  line: Line;
  /** Lines up to the next numbered heading. */
  body: Line[];
}

export interface Outline {
  /** Lines before the first numbered heading (cover, metadata). */
  head: Line[];
  nodes: OutlineNode[];
  /** The depth (number of parts) of insats headings, or 0 when none were found. */
  insatsDepth: number;
  insatser: OutlineNode[];
}

const key = (parts: readonly number[]) => parts.join('.');

export function buildOutline(lines: readonly Line[], tocNumbers: ReadonlySet<string>): Outline {
  const nodes: OutlineNode[] = [];
  const head: Line[] = [];
  let previous: number[] | null = null;
  for (const line of lines) {
    const heading = parseNumberedHeading(line.text);
    const accepted = heading && (tocNumbers.has(heading.number) || followsInOutline(previous, heading.parts));
    if (heading && accepted) {
      nodes.push({ heading, line, body: [] });
      previous = heading.parts;
    } else if (nodes.length > 0) nodes[nodes.length - 1].body.push(line);
    else head.push(line);
  }
  const hasSections = (n: OutlineNode) => n.body.some((l) => matchSectionLabel(l.text) !== null);
  const byDepth = new Map<number, number>();
  for (const n of nodes) if (hasSections(n)) byDepth.set(n.heading.parts.length, (byDepth.get(n.heading.parts.length) ?? 0) + 1);
  const insatsDepth = [...byDepth.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  if (insatsDepth === 0) return { head, nodes, insatsDepth, insatser: [] };
  const chapters = new Set(nodes.filter((n) => n.heading.parts.length === insatsDepth && hasSections(n)).map((n) => n.heading.parts[0]));
  // Headings below the insats level belong to the insats above them.
  const insatser: OutlineNode[] = [];
  for (const n of nodes) {
    if (!chapters.has(n.heading.parts[0])) continue;
    const depth = n.heading.parts.length;
    if (depth === insatsDepth) insatser.push({ ...n, body: [...n.body] });
    else if (depth > insatsDepth && insatser.length > 0) insatser[insatser.length - 1].body.push(n.line, ...n.body);
  }
  return { head, nodes, insatsDepth, insatser };
}

/** The headings above an insats (chapter, group), nearest last. */
export function ancestorsOf(outline: Outline, node: OutlineNode): OutlineNode[] {
  const parts = node.heading.parts;
  const out: OutlineNode[] = [];
  for (let depth = 1; depth < parts.length; depth++) {
    const k = key(parts.slice(0, depth));
    const found = outline.nodes.find((n) => n.heading.number === k);
    if (found) out.push(found);
  }
  return out;
}
