// Merging two saves of the same draft, field by field. The user's form was based on one revision (base);
// someone else saved another (theirs) meanwhile; the user's own values are "mine". A field only one side
// changed is taken from that side; a field both changed differently needs the user's choice. Nothing is
// dropped without being shown: every field either side changed is listed with both values.
import { describeContent, type NameLookup } from './diff';
import type { InsatsContent } from './insats';

export type MergeField = keyof InsatsContent;
export type MergeChoice = 'mine' | 'theirs';

export interface MergeRow {
  field: MergeField;
  label: string;
  /** The user's value and the other person's, as display text. */
  mine: string;
  theirs: string;
  /** Who changed the field since the base: both (a real conflict) or one side. */
  changedBy: 'both' | 'mine' | 'theirs';
  /** The choice made for the user where only one side changed; null where the user must choose. */
  suggested: MergeChoice | null;
}

/** JSON with sorted keys, so the order the form rebuilt an object in does not count as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** The fields where mine and theirs differ, each with who changed it since the base. */
export function mergeRows(base: InsatsContent, mine: InsatsContent, theirs: InsatsContent, names: NameLookup): MergeRow[] {
  const mineText = new Map(describeContent(mine, names).map((f) => [f.field, f.text]));
  const theirsText = new Map(describeContent(theirs, names).map((f) => [f.field, f.text]));
  const rows: MergeRow[] = [];
  for (const { field: name, label } of describeContent(base, names)) {
    const field = name as MergeField;
    if (same(mine[field], theirs[field])) continue;
    const mineChanged = !same(mine[field], base[field]);
    const theirsChanged = !same(theirs[field], base[field]);
    const changedBy = mineChanged && theirsChanged ? 'both' : mineChanged ? 'mine' : 'theirs';
    rows.push({
      field,
      label,
      mine: mineText.get(field) ?? '',
      theirs: theirsText.get(field) ?? '',
      changedBy,
      suggested: changedBy === 'both' ? null : changedBy,
    });
  }
  return rows;
}

/** Theirs with the user's choices applied: a field chosen as "mine" takes the user's value. */
export function applyMerge(mine: InsatsContent, theirs: InsatsContent, choices: Partial<Record<MergeField, MergeChoice>>): InsatsContent {
  const merged: Record<string, unknown> = { ...theirs };
  for (const [field, choice] of Object.entries(choices)) if (choice === 'mine') merged[field] = mine[field as MergeField];
  return merged as InsatsContent;
}

/** The fields that still need a choice before the merge can be saved. */
export function unresolved(rows: readonly MergeRow[], choices: Partial<Record<MergeField, MergeChoice>>): MergeRow[] {
  return rows.filter((r) => !choices[r.field]);
}
