// The audit trail in Swedish: field labels instead of internal names, and values as readable lines.
import { describe, expect, it } from 'vitest';
import { changedFieldsText, readableAuditValue } from '../../shared/domain/audit-labels';

describe('audit labels', () => {
  it('names changed fields in Swedish, not by their internal names', () => {
    expect(changedFieldsText({ versionId: 3, content: { a: 1 } }, { versionId: 3, content: { a: 2 } })).toBe('Ändrat: innehåll');
    expect(changedFieldsText({ complete: false, needsReview: true }, { complete: true, needsReview: false })).toBe('Ändrat: klar, behöver granskas');
    expect(changedFieldsText({ namn: 'A' }, { namn: 'A' })).toBe('Inget ändrat');
    expect(changedFieldsText(undefined, { namn: 'A' })).toBe('');
  });

  it('writes a value as "fält: värde" lines, nested fields with their path, no JSON', () => {
    const text = readableAuditValue({
      namn: 'Familjerådgivning',
      malgruppAlder: { min: 18, max: null },
      villkor: [{ typ: 'alder', text: 'Från 18 år' }],
      metoder: ['samtal', 'grupp'],
      needsReview: true,
    });
    expect(text).toBe(
      [
        'namn: Familjerådgivning',
        'ålder › lägst: 18',
        'ålder › högst: –',
        'villkor 1 › typ: alder',
        'villkor 1 › text: Från 18 år',
        'metoder: samtal, grupp',
        'behöver granskas: ja',
      ].join('\n'),
    );
    expect(readableAuditValue(null)).toBe('');
  });
});
