// What the outline cannot settle on its own, said to the user with the lines it concerns: a gap in the
// numbering (3.1.1 then 3.1.5), a group that starts at an odd number (3.1.4 alone), a heading that carries
// insats sections but sits at the kategori level, and an insats section left empty.
import { ancestorsOf, chapterKey, type Outline, type OutlineNode } from './outline';
import type { ImportWarning, ProposedInsats } from './proposal';
import { matchSectionLabel } from './section-labels';

const named = (n: OutlineNode) => `${n.heading.number} ${n.heading.title}`.trim();
const lastPart = (n: OutlineNode) => n.heading.parts[n.heading.parts.length - 1];

function numberingWarnings(outline: Outline, warn: (w: ImportWarning) => void): void {
  const insatsChapters = new Set(outline.insatser.map(chapterKey));
  // The insatser and the headings above them, in groups of siblings of one kind.
  const relevant = outline.nodes.filter((n) => n.heading.scheme !== 'none' && n.heading.scheme !== 'paragraph' && insatsChapters.has(chapterKey(n)));
  const groups = new Map<string, OutlineNode[]>();
  for (const n of relevant) {
    // Decimal siblings share their number's prefix (2.1.1, 2.1.2); others their parent heading.
    const key = n.heading.scheme === 'decimal' ? `decimal ${n.heading.parts.slice(0, -1).join('.')}` : `${n.parent?.line.no ?? 0}|${n.level}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const insatsLines = new Set(outline.insatser.map((i) => i.line.no));
  for (const siblings of groups.values()) {
    const first = siblings[0];
    const nummer = (n: OutlineNode) => (insatsLines.has(n.line.no) ? n.heading.number : null);
    // A top-level chapter may start anywhere (1 Inledning is often the only one before).
    const above = ancestorsOf(outline, first).at(-1);
    const top = first.heading.scheme === 'decimal' ? first.heading.parts.length === 1 : !first.parent;
    if (!top && lastPart(first) !== 1) {
      const under = above ? ` under ${named(above)}` : '';
      warn({
        code: 'numbering_start',
        message: `Numreringen${under} börjar på ${first.heading.number} (rad ${first.line.no}), inte på 1. Kontrollera att ingen rubrik före den saknas.`,
        nummer: nummer(first),
      });
    }
    for (let i = 1; i < siblings.length; i++) {
      const [a, b] = [siblings[i - 1], siblings[i]];
      if (lastPart(b) - lastPart(a) > 1)
        warn({
          code: 'numbering_gap',
          message: `Numreringen hoppar från ${a.heading.number} (rad ${a.line.no}) till ${b.heading.number} (rad ${b.line.no}). Kontrollera att ingen insats saknas; de har lästs som två insatser.`,
          nummer: nummer(b),
        });
    }
  }
}

function ambiguityWarnings(outline: Outline, warn: (w: ImportWarning) => void): void {
  const insatsChapters = new Set(outline.insatser.map(chapterKey));
  const insatsLines = new Set(outline.insatser.map((i) => i.line.no));
  const inInsats = new Set(outline.insatser.flatMap((i) => i.body.map((l) => l.no)));
  for (const n of outline.nodes) {
    if (insatsLines.has(n.line.no) || inInsats.has(n.line.no) || !insatsChapters.has(chapterKey(n))) continue;
    const labels = n.body.flatMap((l) => {
      const m = matchSectionLabel(l.text);
      return m ? [`${m.label} (rad ${l.no})`] : [];
    });
    if (labels.length === 0) continue;
    warn({
      code: 'ambiguous_heading',
      message: `Rubriken ${named(n)} (rad ${n.line.no}) räknas som kategori men har egna insatsavsnitt: ${labels.slice(0, 3).join(', ')}. Om den är en insats, välj dess rubriknivå som insatsnivå.`,
      nummer: null,
    });
  }
}

/** A label with nothing at all under it; a placeholder ("-", "Ej aktuellt") states the field as absent and is not empty. */
function emptyFieldWarnings(outline: Outline, insatser: readonly ProposedInsats[], warn: (w: ImportWarning) => void): void {
  insatser.forEach((i, index) => {
    if (i.empty) return;
    const name = `${i.nummer ?? ''} ${i.content.namn}`.trim();
    const sections = i.sections;
    const bodyLines = outline.insatser[index]?.body.map((l) => l.no) ?? [];
    sections.forEach((s, k) => {
      // "Målgrupp och villkor" directly followed by its "Villkor:" is a heading over subsections, not an empty field.
      const next = sections[k + 1];
      const end = next?.fromLine ?? Number.POSITIVE_INFINITY;
      const written = bodyLines.some((no) => no > s.fromLine && no < end);
      if (s.text.trim() || written || s.label === 'Utan rubrik' || (next && /och/iu.test(s.label))) return;
      warn({ code: 'empty_field', message: `${name}: avsnittet ${s.label} (rad ${s.fromLine}) är tomt i dokumentet.`, nummer: i.nummer });
    });
  });
}

export function outlineWarnings(outline: Outline, insatser: readonly ProposedInsats[]): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  const warn = (w: ImportWarning) => warnings.push(w);
  numberingWarnings(outline, warn);
  ambiguityWarnings(outline, warn);
  emptyFieldWarnings(outline, insatser, warn);
  return warnings;
}
