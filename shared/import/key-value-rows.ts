// Two-column tables where the left column names the field ("Målgrupp | Barn 7–12 år", d1): each row is
// read as the line "Label: value", as if the document had written it inline. The row "Insats | …" under
// an insats heading describes the insats, so it is read as its Beskrivning. Wider tables stay as rows.
import type { Line } from './lines';
import { matchSectionLabel } from './section-labels';

const DESCRIPTION_KEYS = /^(?:insats|insatsen|insatsens\s+innehåll|beskrivning\s+av\s+insatsen|kort\s+beskrivning)$/iu;

export function keyValueText(cells: readonly string[]): string | null {
  const filled = cells.map((c) => c.trim());
  if (filled.length !== 2 || !filled[0] || !filled[1]) return null;
  const key = filled[0].replace(/[\s:.–-]+$/u, '');
  if (!key || key.length > 60 || /[.!?]$/u.test(filled[0])) return null;
  return `${DESCRIPTION_KEYS.test(key) ? 'Beskrivning' : key}: ${filled[1]}`;
}

export function readKeyValueRows(lines: readonly Line[]): Line[] {
  return lines.map((l) => {
    const text = l.cells ? keyValueText(l.cells) : null;
    if (text === null) return l;
    const { cells: _cells, ...rest } = l;
    return { ...rest, text };
  });
}

/** "**Målgrupp** Vuxna från 18 år": a bold label without a colon is still the label ("Målgrupp: Vuxna …"). */
export function readBoldLabels(lines: readonly Line[]): Line[] {
  return lines.map((l) => {
    const m = /^\*\*([^*:]{2,40})\*\*\s+(?![:–—-])(\S.*)$/u.exec(l.text);
    if (!m || l.cells) return l;
    const label = matchSectionLabel(`${m[1].trim()}: x`);
    return label && !label.fuzzy ? { ...l, text: `**${m[1].trim()}:** ${m[2]}` } : l;
  });
}
