// The decision metadata block at the head of a styrdokument (seed 002): Typ av styrdokument, Beslutande
// instans, Datum för beslut, Diarienummer "2025.053 SN § 37", Gäller för, Giltighetstid "2025-10-01 –",
// Revideras senast, Dokumentansvarig. Written "Etikett: värde", as a table row (tab) or label above value.
import type { Line } from './lines';
import type { BeslutDraft, DecisionFound, Recognised } from './proposal';
import { findDates, parseSwedishDate } from './swedish-dates';
import { isPlaceholder } from './placeholders';

type Field =
  | 'typAvStyrdokument'
  | 'beslutandeInstans'
  | 'datumForBeslut'
  | 'diarienummer'
  | 'gallerFor'
  | 'giltighetstid'
  | 'giltigFran'
  | 'giltigTill'
  | 'reviderasSenast'
  | 'dokumentansvarig'
  | 'ersatter';

// A label ends where its value starts: at ":", a tab (a table cell), a space or the end of the line.
const END = '(?![\\p{L}\\d])';
const label = (source: string) => new RegExp(`^(?:${source})${END}`, 'iu');

/** Ordered: the first label that matches a line wins, so "Gäller för" is tried before "Gäller från". */
export const METADATA_LABELS: ReadonlyArray<{ field: Field; label: string; pattern: RegExp }> = [
  { field: 'typAvStyrdokument', label: 'Typ av styrdokument', pattern: label('typ\\s+av\\s+(?:styr)?dokument|dokumenttyp') },
  {
    field: 'datumForBeslut',
    label: 'Datum för beslut',
    pattern: label(
      'datum\\s+för\\s+beslut|beslutsdatum|(?:beslutad|fastställd)\\s+datum|(?:dokumentet\\s+)?(?:beslutades|beslutad|beslutat|fastställdes|fastställd|antogs|antagen)\\s+den',
    ),
  },
  {
    field: 'beslutandeInstans',
    label: 'Beslutande instans',
    pattern: label('beslutande\\s+(?:instans|organ|nämnd)|(?:beslutad|beslutat|fastställd|fastställt|antagen|antaget)\\s+av'),
  },
  { field: 'diarienummer', label: 'Diarienummer', pattern: label('diarienummer|diarienr\\.?|dnr\\.?') },
  { field: 'gallerFor', label: 'Gäller för', pattern: label('gäller\\s+för') },
  { field: 'giltighetstid', label: 'Giltighetstid', pattern: label('giltighetstid|giltighet') },
  {
    field: 'giltigFran',
    label: 'Gäller från',
    pattern: label('(?:giltig|giltigt|gäller)\\s+(?:från(?:\\s+och\\s+med)?|fr\\.?\\s*o\\.?\\s*m\\.?)|ikraftträdande|träder\\s+i\\s+kraft'),
  },
  {
    field: 'giltigTill',
    label: 'Gäller till',
    pattern: label('(?:giltig|giltigt|gäller)\\s+(?:till(?:\\s+och\\s+med)?|t\\.?\\s*o\\.?\\s*m\\.?)'),
  },
  {
    field: 'reviderasSenast',
    label: 'Revideras senast',
    pattern: label(
      'revideras\\s+senast|ses\\s+över\\s+senast|senast\\s+reviderad\\s+senast|nästa\\s+(?:revidering|översyn)|revidering\\s+senast|översyn\\s+senast',
    ),
  },
  {
    field: 'dokumentansvarig',
    label: 'Dokumentansvarig',
    pattern: label('dokumentansvarig|ansvarig\\s+för\\s+dokumentet|dokumentägare|dokumentets\\s+ägare'),
  },
  { field: 'ersatter', label: 'Ersätter', pattern: label('ersätter') },
];

/** A key-value table row as the extraction writes it ("| Diarienummer | SN 2025/0311 |") → "Diarienummer\tSN 2025/0311". */
function cellsAsTabs(text: string): string {
  const t = text.trim();
  if (!/^\|.*\|$/su.test(t)) return t;
  return t
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean)
    .join('\t');
}

function labelOf(text: string): { field: Field; label: string; value: string } | null {
  for (const spec of METADATA_LABELS) {
    const m = spec.pattern.exec(text);
    if (!m) continue;
    const value = text
      .slice(m[0].length)
      .replace(/^[\s:\t|]+/u, '')
      .replace(/[\s|;]+$/u, '')
      .trim();
    return { field: spec.field, label: spec.label, value };
  }
  return null;
}

/** The parts of one line that may each be a label: the line, or its sentences ("Gäller från 2025-07-01. Revideras senast 2026-12-31."). */
function labelledParts(text: string): Array<{ field: Field; label: string; value: string }> {
  const line = cellsAsTabs(text);
  const whole = labelOf(line);
  if (!whole) return [];
  const sentences = line.split(/(?<=[.;])\s+(?=\p{Lu})/u);
  const parts = sentences.map(labelOf);
  if (sentences.length > 1 && parts.every((p) => p !== null)) return parts as Array<{ field: Field; label: string; value: string }>;
  return [whole];
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);

/**
 * "socialnämnden den 24 juni 2025, § 74", "socialnämnden 2025-06-17 § 88, dnr SN 2025/0311": the instans,
 * with the date, paragraph and diarienummer that free-text rows write after it.
 */
export function splitBeslutad(value: string): { instans: string; datum: string | null; paragraf: number | null; diarienummer: string } {
  const dnr = /\b(?:dnr|diarienummer|diarienr)\.?:?\s*([^,;]+?)\s*(?:[,;]|$)/iu.exec(value);
  const paragraf = /§\s*(\d{1,4})/u.exec(value);
  const date = findDates(value)[0];
  const cut = Math.min(
    ...[date?.index, paragraf?.index, dnr?.index, /,|\s+den\s+\d/u.exec(value)?.index].filter((n): n is number => n !== undefined),
    value.length,
  );
  return {
    instans: capitalise(
      value
        .slice(0, cut)
        .replace(/[\s,]+$/u, '')
        .trim(),
    ),
    datum: date?.iso ?? null,
    paragraf: paragraf ? Number(paragraf[1]) : null,
    diarienummer: dnr ? dnr[1].trim() : '',
  };
}

const TILLS_VIDARE = /tills\s+vidare|tillsvidare|ej\s+tidsbegränsad|inte\s+tidsbegränsad/iu;

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

/** Reads the metadata block among the lines before the body; null when fewer than two fields are there. */
export function readDecisionMetadata(lines: readonly Line[], sourceOf: (from: number, to: number) => string): DecisionFound | null {
  const values = new Map<Field, { value: string; line: Line; label: string }>();
  let paragrafFromInstans: number | null = null;
  const set = (field: Field, value: string, line: Line, label: string) => {
    if (!values.has(field)) values.set(field, { value, line, label });
  };
  for (let i = 0; i < lines.length; i++) {
    // A label in running text is not metadata: a metadata line is short.
    if (lines[i].text.length > 200) continue;
    const parts = labelledParts(lines[i].text);
    const line = lines[i];
    for (const hit of parts) {
      if (values.has(hit.field)) continue;
      let value = hit.value;
      // Label and value in separate cells or lines: the value is the next line, unless that is a label too.
      if (!value && parts.length === 1 && i + 1 < lines.length && labelledParts(lines[i + 1].text).length === 0 && lines[i + 1].text.length <= 120)
        value = cellsAsTabs(lines[++i].text);
      value = isPlaceholder(value) ? '' : value;
      if (hit.field === 'beslutandeInstans') {
        // "Beslutad av socialnämnden den 24 juni 2025, § 74": the date and § belong to the decision too.
        const b = splitBeslutad(value);
        set('beslutandeInstans', b.instans, line, hit.label);
        if (b.datum) set('datumForBeslut', b.datum, line, 'Datum för beslut');
        if (b.diarienummer) set('diarienummer', b.diarienummer, line, 'Diarienummer');
        paragrafFromInstans ??= b.paragraf;
        continue;
      }
      set(hit.field, value, line, hit.label);
    }
  }
  const get = (f: Field) => values.get(f)?.value ?? '';
  // A block of labels with "–" for every value (a template, an undecided draft) states no decision.
  if (values.size < 2 || !(get('diarienummer') || get('datumForBeslut'))) return null;
  const dnr = splitDiarienummer(get('diarienummer'));
  const giltighet = splitGiltighetstid(get('giltighetstid'));
  const fran = parseSwedishDate(get('giltigFran')) ?? giltighet.fran;
  // "Gäller från 2025-07-01 och tills vidare": a second date in the from-field is the end.
  const tillText = get('giltigTill');
  const till =
    tillText && !TILLS_VIDARE.test(tillText) ? parseSwedishDate(tillText) : tillText ? null : (giltighet.till ?? findDates(get('giltigFran'))[1]?.iso ?? null);
  const draft: BeslutDraft = {
    typAvStyrdokument: get('typAvStyrdokument'),
    beslutandeInstans: get('beslutandeInstans') ? capitalise(get('beslutandeInstans')) : '',
    datumForBeslut: parseSwedishDate(get('datumForBeslut')) ?? '',
    diarienummer: dnr.diarienummer,
    paragraf: dnr.paragraf ?? paragrafFromInstans,
    gallerFor: get('gallerFor'),
    giltigFran: fran,
    giltigTill: till,
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
