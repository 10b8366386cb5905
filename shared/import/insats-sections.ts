// An insats's text split at its section labels (Målgrupp och villkor, Villkor:, Motivering, …).
// Inside a Metod section, "Målgrupp:" and "Omfattning:" belong to the method they follow.
import type { Line } from './lines';
import { matchSectionLabel, type ExtraLabels, type SectionKey } from './section-labels';

export interface InsatsSection {
  key: SectionKey | 'inledning';
  /** The label as written ("Villkoren", "För barn 7-14 år"). */
  label: string;
  fromLine: number;
  lines: Line[];
  /** The label was read with a typo tolerated. */
  fuzzy: boolean;
}

const METHOD_ATTRIBUTES: ReadonlySet<SectionKey> = new Set(['malgrupp', 'omfattning']);

/** Labels that stay inside the section they appear in when written inline ("Målgrupp: …" under Metod). */
function staysInside(current: InsatsSection['key'] | undefined, label: SectionKey, inline: boolean): boolean {
  if (!inline) return false;
  if (current === 'metod') return METHOD_ATTRIBUTES.has(label);
  // "Villkor … Motivering: …" per villkor, as the app's own catalogue document writes it.
  if (current === 'villkor') return label === 'motivering';
  return false;
}

export function splitSections(body: readonly Line[], extraLabels: ExtraLabels = {}): InsatsSection[] {
  const sections: InsatsSection[] = [];
  let current: InsatsSection | null = null;
  for (const line of body) {
    const m = matchSectionLabel(line.text, extraLabels);
    if (m && !staysInside(current?.key, m.key, m.rest !== '')) {
      current = { key: m.key, label: m.label, fromLine: line.no, lines: [], fuzzy: m.fuzzy };
      sections.push(current);
      if (m.rest) current.lines.push({ ...line, text: m.rest });
      continue;
    }
    if (!current) {
      current = { key: 'inledning', label: '', fromLine: line.no, lines: [], fuzzy: false };
      sections.push(current);
    }
    current.lines.push(line);
  }
  return sections;
}

export function sectionText(section: InsatsSection): string {
  return section.lines.map((l) => l.text.replace(/\t+/g, ' ')).join('\n\n');
}

export function sectionsOf(sections: readonly InsatsSection[], ...keys: Array<InsatsSection['key']>): InsatsSection[] {
  return sections.filter((s) => keys.includes(s.key));
}
