// Runs the legal corpus (test/legal-corpus/corpus.ts): every phrasing of every rule, caught or passing,
// and every blocking or warning finding names its paragraph.
import { describe, expect, it } from 'vitest';
import { checkInsats } from '../../shared/rules/check-insats';
import { CORPUS } from '../legal-corpus/corpus';

const RANK = { block: 0, warn: 1, info: 2 } as const;

describe.each(CORPUS.map((rule, i) => ({ ...rule, n: i })))('korpus $ruleId (#$n)', (rule) => {
  it('har minst fem formuleringar åt varje håll', () => {
    expect(rule.caught.length).toBeGreaterThanOrEqual(5);
    expect(rule.passes.length).toBeGreaterThanOrEqual(5);
  });
  it.each(rule.caught)('slår till: %s', (phrase) => {
    const f = checkInsats(rule.build(phrase)).find((x) => x.ruleId === rule.ruleId && x.severity === rule.severity);
    expect(f, phrase).toBeDefined();
    expect(f!.reference).toMatch(rule.lagrum);
  });
  it.each(rule.passes)('slår inte till: %s', (phrase) => {
    const hits = checkInsats(rule.build(phrase)).filter((x) => x.ruleId === rule.ruleId && RANK[x.severity] <= RANK[rule.severity]);
    expect(hits, phrase).toEqual([]);
  });
  it('varje spärr och varning i korpusen anger sitt lagrum', () => {
    for (const phrase of [...rule.caught, ...rule.passes]) {
      for (const f of checkInsats(rule.build(phrase))) {
        if (f.severity !== 'info') expect(f.reference, `${f.ruleId}: ${phrase}`).toMatch(/\d+ kap\./);
      }
    }
  });
});
