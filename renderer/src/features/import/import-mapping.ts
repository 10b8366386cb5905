// The review's mapping choices as an import profile: what an unknown label or a column means, which
// heading level is an insats. Pure helpers for MappingPanel; the service re-reads the document with them.
import { COLUMN_KEYS, COLUMN_LABELS, IGNORED_COLUMN, type ColumnChoice } from '../../../../shared/import/column-labels';
import type { ImportProfile } from '../../../../shared/import/import-profile';
import type { ImportProposal } from '../../../../shared/import/proposal';
import { SECTION_KEYS, SECTION_NAMES, type SectionKey } from '../../../../shared/import/section-labels';

export const LABEL_OPTIONS = [
  { value: '', label: 'Okänd – lämnas som text' },
  ...SECTION_KEYS.filter((k) => k !== 'samtyckeFor').map((k) => ({ value: k, label: SECTION_NAMES[k] })),
];

export const COLUMN_OPTIONS = [
  { value: '', label: 'Okänd – läggs i innehållet' },
  ...COLUMN_KEYS.map((k) => ({ value: k, label: COLUMN_LABELS[k] })),
  { value: IGNORED_COLUMN, label: 'Ta inte med' },
];

export interface LabelRow {
  key: string;
  label: string;
  lineNo: number | null;
  value: SectionKey | '';
}

/** The labels to show: those still unknown, and those the profile has given a meaning (so they can be changed back). */
export function labelRows(proposal: ImportProposal, profile: ImportProfile, seen: ReadonlyMap<string, string>): LabelRow[] {
  const rows: LabelRow[] = proposal.unknownLabels
    .filter((u) => u.kind === 'etikett')
    .map((u) => ({ key: u.key, label: u.label, lineNo: u.lineNo, value: profile.labels[u.key] ?? '' }));
  for (const [key, value] of Object.entries(profile.labels))
    if (!rows.some((r) => r.key === key))
      rows.push({ key, label: seen.get(key) ?? key.charAt(0).toLocaleUpperCase('sv-SE') + key.slice(1), lineNo: null, value });
  return rows;
}

export function withLabel(profile: ImportProfile, key: string, value: string): ImportProfile {
  const labels = { ...profile.labels };
  if (value) labels[key] = value as SectionKey;
  else delete labels[key];
  return { ...profile, labels };
}

export function withColumn(profile: ImportProfile, key: string, value: string): ImportProfile {
  const columns = { ...profile.columns };
  if (value) columns[key] = value as ColumnChoice;
  else delete columns[key];
  return { ...profile, columns };
}

/** The kinds of heading the reader found (proposal.headingLevels), named by an example of each. */
export function headingLevelsOf(proposal: ImportProposal): Array<{ level: string; label: string }> {
  return (proposal.headingLevels ?? []).map((l) => ({
    level: l.level,
    label: `Rubriker som ”${l.example}” (${l.count} st${l.chosen ? ', valda nu' : ''})`,
  }));
}
