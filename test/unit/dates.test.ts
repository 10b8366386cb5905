import { describe, expect, it } from 'vitest';
import { dateEntryProblem } from '../../shared/domain/dates';

describe('dateEntryProblem (the date field, the same in every browser)', () => {
  it('accepts an empty field and a real date', () => {
    expect(dateEntryProblem('')).toBeNull();
    expect(dateEntryProblem('2026-03-15')).toBeNull();
    expect(dateEntryProblem('2028-02-29')).toBeNull();
  });
  it('asks for ÅÅÅÅ-MM-DD when the date is written another way', () => {
    expect(dateEntryProblem('03/15/2026')).toBe('Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.');
    expect(dateEntryProblem('15 mars 2026')).toMatch(/ÅÅÅÅ-MM-DD/u);
  });
  it('says that an impossible date does not exist', () => {
    expect(dateEntryProblem('2026-02-30')).toBe('2026-02-30 finns inte i kalendern.');
    expect(dateEntryProblem('2026-13-01')).toBe('2026-13-01 finns inte i kalendern.');
  });
});
