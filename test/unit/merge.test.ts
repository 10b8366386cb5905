// Merging two saves of one draft field by field (shared/domain/merge.ts).
import { describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { applyMerge, mergeRows, unresolved } from '../../shared/domain/merge';

const names = { enhet: () => '', kategori: () => '' };
const base = { ...emptyInsatsContent('Anhörigstöd'), innehall: 'Samtal.', malgrupp: 'Anhöriga.', utforare: 'Enheten' };

describe('sammanslagning', () => {
  it('ett fält som bara den ena ändrat föreslås från den sidan; ett som båda ändrat måste väljas', () => {
    const mine = { ...base, innehall: 'Samtal, också digitalt.', utforare: 'Mottagningen' };
    const theirs = { ...base, innehall: 'Samtal varannan vecka.', malgrupp: 'Anhöriga och närstående.' };
    const rows = mergeRows(base, mine, theirs, names);
    expect(rows.map((r) => [r.field, r.changedBy, r.suggested])).toEqual([
      ['innehall', 'both', null],
      ['malgrupp', 'theirs', 'theirs'],
      ['utforare', 'mine', 'mine'],
    ]);
    expect(rows[0]).toMatchObject({ mine: 'Samtal, också digitalt.', theirs: 'Samtal varannan vecka.' });
    const suggested = Object.fromEntries(rows.filter((r) => r.suggested).map((r) => [r.field, r.suggested!]));
    expect(unresolved(rows, suggested).map((r) => r.field)).toEqual(['innehall']);
    const merged = applyMerge(mine, theirs, { ...suggested, innehall: 'mine' });
    expect(merged).toEqual({ ...base, innehall: 'Samtal, också digitalt.', malgrupp: 'Anhöriga och närstående.', utforare: 'Mottagningen' });
  });

  it('samma ändring på båda sidor är ingen konflikt, och objektens nyckelordning räknas inte', () => {
    const mine = { ...base, innehall: 'Lika.', dokumentation: { anteckningar: '', system: '', regim: base.dokumentation.regim } };
    const theirs = { ...base, innehall: 'Lika.' };
    expect(mergeRows(base, mine, theirs, names)).toEqual([]);
  });
});
