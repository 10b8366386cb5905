// The review screen's mapping helpers: the labels shown (still unknown, or already given a meaning), a
// choice turned into the profile and back, and the heading levels the reader reports, in any of its shapes.
import { describe, expect, it } from 'vitest';
import { headingLevelsOf, labelRows, withColumn, withLabel } from '../../renderer/src/features/import/import-mapping';
import { EMPTY_PROFILE } from '../../shared/import/import-profile';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import type { ImportProposal } from '../../shared/import/proposal';

const doc = ['1. Insatser', '1.1 Rådgivning', 'Vilka kan delta: Vuxna.', 'Villkor: Inga.', 'Dokumentation: 14 kap. 4 §.'].join('\n\n');
const proposalOf = (profile = EMPTY_PROFILE) =>
  ({ ...parseCatalogueDocument(doc, { profile }), fileName: 'a.txt', format: 'text', appliedProfile: null }) as ImportProposal;

describe('mapping on the review screen', () => {
  it('lists an unknown label, and keeps listing it once mapped so the choice can be undone', () => {
    const before = proposalOf();
    expect(labelRows(before, EMPTY_PROFILE, new Map())).toEqual([{ key: 'vilka kan delta', label: 'Vilka kan delta', lineNo: 5, value: '' }]);
    const profile = withLabel(EMPTY_PROFILE, 'vilka kan delta', 'malgrupp');
    const after = proposalOf(profile);
    expect(after.unknownLabels).toEqual([]);
    expect(labelRows(after, profile, new Map([['vilka kan delta', 'Vilka kan delta']]))).toEqual([
      { key: 'vilka kan delta', label: 'Vilka kan delta', lineNo: null, value: 'malgrupp' },
    ]);
    // From a saved profile, with no spelling seen: the key, capitalised.
    expect(labelRows(after, profile, new Map())[0].label).toBe('Vilka kan delta');
    expect(withLabel(profile, 'vilka kan delta', '')).toEqual(EMPTY_PROFILE);
  });

  it('a column choice is set and cleared', () => {
    const p = withColumn(EMPTY_PROFILE, 'kostnad', 'ignorera');
    expect(p.columns).toEqual({ kostnad: 'ignorera' });
    expect(withColumn(p, 'kostnad', '')).toEqual(EMPTY_PROFILE);
  });

  it('names each kind of heading the reader found by an example, and marks the one in use', () => {
    const base = proposalOf();
    const withLevels: ImportProposal = {
      ...base,
      headingLevels: [
        { level: 'decimal 2', count: 3, example: '3.1 Rådgivning', chosen: false },
        { level: 'decimal 3', count: 7, example: '3.1.1 Familjerådgivning', chosen: true },
      ],
    };
    expect(headingLevelsOf({ ...base, headingLevels: undefined })).toEqual([]);
    expect(headingLevelsOf(withLevels)).toEqual([
      { level: 'decimal 2', label: 'Rubriker som ”3.1 Rådgivning” (3 st)' },
      { level: 'decimal 3', label: 'Rubriker som ”3.1.1 Familjerådgivning” (7 st, valda nu)' },
    ]);
  });
});
