// Översikt's legal check (checks/overview): the catalogue in force apart from the versions under work,
// with the same summary line `iub check` prints ("Gällande katalog: 2 spärrar …").
import { afterEach, describe, expect, it } from 'vitest';
import { gallandeSummary, underWorkSummary } from '../../shared/domain/check-summary';
import { importCatalogue } from '../../electron/services/portable';
import { loadFixture } from '../fixtures/load-fixture';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
afterEach(async () => s?.cleanup());

describe('summary lines', () => {
  it('count spärrar and versions in Swedish', () => {
    expect(gallandeSummary(2, 25)).toBe('Gällande katalog: 2 spärrar (25 beslutade versioner kontrollerade med dagens regler).');
    expect(gallandeSummary(1, 1)).toBe('Gällande katalog: 1 spärr (1 beslutad version kontrollerade med dagens regler).');
    expect(underWorkSummary(0, 3)).toBe('Under arbete: 0 spärrar (3 versioner).');
  });
});

describe('checks/overview', () => {
  it('reports the decided Alingsås catalogue’s spärrar apart from the versions under work', async () => {
    s = await testServices({ today: '2025-11-01' });
    await importCatalogue(s.ctx, loadFixture('alingsas'));
    const overview = await s.call('checks/overview', {});
    expect(overview.underWork).toEqual({ versions: 0, blocking: 0 });
    expect(overview.gallande.versions).toBe(25);
    expect(overview.gallande.blocking).toBe(overview.gallande.items.length);
    expect(overview.gallande.blocking).toBeGreaterThanOrEqual(2);
    expect(overview.gallande.items.map((i) => i.namn)).toEqual(expect.arrayContaining(['Beroendestöd vid Mini Maria', 'Medling med anledning av brott']));
    expect(overview.gallande.items[0]).toMatchObject({ insatsId: expect.any(Number), versionId: expect.any(Number), reference: expect.any(String) });
  });

  it('counts a version under work apart', async () => {
    s = await testServices({ today: '2025-11-01' });
    const catalogue = loadFixture('alingsas');
    await importCatalogue(s.ctx, { ...catalogue, beslut: null });
    const overview = await s.call('checks/overview', {});
    expect(overview.gallande).toEqual({ versions: 0, blocking: 0, items: [] });
    expect(overview.underWork.versions).toBe(25);
    expect(overview.underWork.blocking).toBe(7);
  });
});
