// The decision metadata block at the head of a styrdokument (seed 002): Typ av styrdokument, Beslutande
// instans, Datum för beslut, Diarienummer "2025.053 SN § 37", Gäller för, Giltighetstid "2025-10-01 –",
// Revideras senast, Dokumentansvarig. Written "Etikett: värde", as a table row (tab) or label above value.
import type { Line } from './lines';
import type { BeslutDraft, DecisionFound, Recognised } from './proposal';
import { findDates, parseSwedishDate } from './swedish-dates';
import { isPlaceholder } from './placeholders';

type Field =
  'typAvStyrdokument' | 'beslutandeInstans' | 'datumForBeslut' | 'diarienummer' | 'gallerFor' | 'giltighetstid' | 'reviderasSenast' | 'dokumentansvarig';

export const METADATA_LABELS: ReadonlyArray<{ field: Field; label: string; pattern: RegExp }> = [
  { field: 'typAvStyrdokument', label: 'Typ av styrdokument', pattern: /^(?:typ\s+av\s+(?:styr)?dokument|dokumenttyp)/iu },
  { field: 'beslutandeInstans', label: 'Beslutande instans', pattern: /^(?:beslutande\s+(?:instans|organ|nämnd)|beslutad\s+av|fastställd\s+av)/iu },
  { field: 'datumForBeslut', label: 'Datum för beslut', pattern: /^(?:datum\s+för\s+beslut|beslutsdatum|beslutad\s+datum|fastställd\s+datum)/iu },
  { field: 'diarienummer', label: 'Diarienummer', pattern: /^(?:diarienummer|diarienr|dnr)/iu },
  { field: 'gallerFor', label: 'Gäller för', pattern: /^gäller\s+för/iu },
  { field: 'giltighetstid', label: 'Giltighetstid', pattern: /^(?:giltighetstid|giltig\s+(?:från|fr\.?\s*o\.?\s*m\.?)|gäller\s+från)/iu },
  {
    field: 'reviderasSenast',
    label: 'Revideras senast',
    pattern: /^(?:revideras\s+senast|senast\s+reviderad\s+senast|nästa\s+revidering|revidering\s+senast)/iu,
  },
  { field: 'dokumentansvarig', label: 'Dokumentansvarig', pattern: /^(?:dokumentansvarig|ansvarig\s+för\s+dokumentet)/iu },
];

function labelOf(text: string): { field: Field; label: string; value: string } | null {
  for (const spec of METADATA_LABELS) {
    const m = spec.pattern.exec(text);
    if (!m) continue;
    const value = text
      .slice(m[0].length)
      .replace(/^[\s:\t]+/u, '')
      .trim();
    return { field: spec.field, label: spec.label, value };
  }
  return null;
}

/** "2025.053 SN § 37" → diarienummer 2025.053, paragraf 37; "SN 2025/53" → as written, no paragraf. */
export function splitDiarienummer(value: string): { diarienummer: string; paragraf: number | null } {
  const m = /^(.*?)\s*(?:\p{Lu}{1,6}\s*)?§\s*(\d{1,4})\s*$/u.exec(value.trim());
  if (m && m[1].trim()) return { diarienummer: m[1].trim().replace(/[,;]$/u, ''), paragraf: Number(m[2]) };
  return { diarienummer: value.trim(), paragraf: null };
}

/** "2025-10-01 –" → from only; "2025-10-01 – 2026-12-31" → both; "tills vidare" → no end. */
export function splitGiltighetstid(value: string): { fran: string; till: string | null } {
  const dates = findDates(value);
  return { fran: dates[0]?.iso ?? '', till: dates[1]?.iso ?? null };
}

const REQUIRED: ReadonlyArray<{ key: keyof BeslutDraft; label: string }> = [
  { key: 'datumForBeslut', label: 'Datum för beslut' },
  { key: 'diarienummer', label: 'Diarienummer' },
  { key: 'beslutandeInstans', label: 'Beslutande instans' },
  { key: 'giltigFran', label: 'Giltig från (giltighetstid)' },
];

/** Reads the metadata block among the lines before the body; null when fewer than two labels are there. */
export function readDecisionMetadata(lines: readonly Line[], sourceOf: (from: number, to: number) => string): DecisionFound | null {
  const values = new Map<Field, { value: string; line: Line; label: string }>();
  for (let i = 0; i < lines.length; i++) {
    const hit = labelOf(lines[i].text);
    if (!hit || values.has(hit.field)) continue;
    let value = hit.value;
    // Label and value in separate cells or lines: the value is the next line, unless that is a label too.
    if (!value && i + 1 < lines.length && !labelOf(lines[i + 1].text) && lines[i + 1].text.length <= 120) value = lines[++i].text.trim();
    values.set(hit.field, { value: isPlaceholder(value) ? '' : value, line: lines[i], label: hit.label });
  }
  const get = (f: Field) => values.get(f)?.value ?? '';
  // A block of labels with "–" for every value (a template, an undecided draft) states no decision.
  if (values.size < 2 || !(get('diarienummer') || get('datumForBeslut'))) return null;
  const dnr = splitDiarienummer(get('diarienummer'));
  const giltighet = splitGiltighetstid(get('giltighetstid'));
  const draft: BeslutDraft = {
    typAvStyrdokument: get('typAvStyrdokument'),
    beslutandeInstans: get('beslutandeInstans'),
    datumForBeslut: parseSwedishDate(get('datumForBeslut')) ?? '',
    diarienummer: dnr.diarienummer,
    paragraf: dnr.paragraf,
    gallerFor: get('gallerFor'),
    giltigFran: giltighet.fran,
    giltigTill: giltighet.till,
    reviderasSenast: parseSwedishDate(get('reviderasSenast')),
    dokumentansvarig: get('dokumentansvarig'),
  };
  const missing = REQUIRED.filter((r) => !draft[r.key]).map((r) => r.label);
  const lineNos = [...values.values()].map((v) => v.line.no);
  const from = Math.min(...lineNos);
  const to = Math.max(...lineNos);
  const recognised: Recognised[] = [...values.values()].map((v) => ({ field: 'beslut', label: `${v.label}: ${v.value || '(tomt)'}`, source: v.line.text }));
  return { draft, complete: missing.length === 0, missing, source: { fromLine: from, toLine: to, text: sourceOf(from, to) }, recognised };
}
