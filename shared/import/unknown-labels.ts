// Lines that look like a label ("Vilka kan delta:", a first cell in a key-value table, a column header)
// that the vocabulary does not know. They are named in a warning and listed in the proposal, where the
// review screen lets the user say what they mean (and an import profile remembers it).
import { METADATA_LABELS } from './decision-metadata';
import type { Line } from './lines';
import type { UnknownLabel } from './proposal';
import { labelKey, matchSectionLabel, type ExtraLabels } from './section-labels';
import { tableCells } from './table-rows';

/** "Vilka kan delta:" or "Vilka kan delta: text": capitalised, a few words, no digits (not "Kl. 10:00", "Barn 7–12 år:"). */
const LABEL_AT_START = /^(\p{Lu}[\p{L} ,/&()-]{1,38}?)\s*:(?:\s|$)/u;
const MAX_WORDS = 5;
/** Words that start an ordinary sentence with a colon, not a label. */
const NOT_LABELS = new Set(['obs', 'observera', 'notera', 'exempel', 't.ex', 'dvs', 'se', 'läs mer']);

function candidate(text: string): string | null {
  const cells = tableCells(text);
  // A key-value table row: "| Vilka kan delta | Vuxna |".
  const label = cells ? (cells.length === 2 && cells[1] ? cells[0] : null) : (LABEL_AT_START.exec(text.trim())?.[1] ?? null);
  if (!label || label.length > 40 || !/^\p{Lu}/u.test(label) || /\d/u.test(label)) return null;
  if (label.split(/\s+/u).length > MAX_WORDS) return null;
  if (NOT_LABELS.has(labelKey(label))) return null;
  return label.trim();
}

/** Labels in the lines that neither the section labels, the kommun's own labels nor the metadata labels know. */
export function findUnknownLabels(lines: readonly Line[], extra: ExtraLabels = {}): UnknownLabel[] {
  const found = new Map<string, UnknownLabel>();
  for (const line of lines) {
    const label = candidate(line.text);
    if (!label) continue;
    if (matchSectionLabel(`${label}:`, extra) || METADATA_LABELS.some((m) => m.pattern.test(label))) continue;
    const key = labelKey(label);
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { label, key, lineNo: line.no, count: 1, kind: 'etikett' });
  }
  return [...found.values()];
}
