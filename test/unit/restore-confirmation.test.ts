// The restore confirmation says how many insatser and beslut the current file and the backup hold, and
// warns when the backup holds less (restoring it loses what was added since).
import { afterEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { restoreConfirmationText } from '../../shared/domain/restore-confirmation';
import { testServices, type TestServices } from '../support/services';

describe('restoreConfirmationText', () => {
  it('names both files’ contents', () => {
    expect(restoreConfirmationText('iub-2026-10-01-start.db', { insatser: 25, beslut: 1 }, { insatser: 25, beslut: 1 })).toBe(
      'Återställa databasen från iub-2026-10-01-start.db? Nuvarande databas innehåller 25 insatser och 1 beslut. Kopian innehåller 25 insatser och 1 beslut. Nuvarande databas sparas först som en kopia.',
    );
  });

  it('warns when the backup holds less than the current file', () => {
    const text = restoreConfirmationText('test-start.db', { insatser: 25, beslut: 1 }, { insatser: 0, beslut: 0 });
    expect(text).toContain('Nuvarande databas innehåller 25 insatser och 1 beslut. Kopian innehåller 0 insatser och 0 beslut.');
    expect(text).toContain('Kopian innehåller mindre än nuvarande databas');
  });

  it('says so when a count is unknown', () => {
    expect(restoreConfirmationText('x.db', null, { insatser: null, beslut: null })).toContain(
      'Nuvarande databas kunde inte räknas. Kopian innehåller okänt antal insatser och okänt antal beslut.',
    );
  });
});

describe('backups/current', () => {
  let s: TestServices;
  afterEach(async () => s?.cleanup());

  it('counts the open database’s insatser and beslut', async () => {
    s = await testServices({ today: '2025-09-01' });
    expect(await s.call('backups/current', {})).toEqual({ insatser: 0, beslut: 0 });
    await s.call('insatser/create', { content: emptyInsatsContent('Familjerådgivning') });
    await s.call('insatser/create', { content: emptyInsatsContent('Anhörigstöd') });
    expect(await s.call('backups/current', {})).toEqual({ insatser: 2, beslut: 0 });
  });
});
