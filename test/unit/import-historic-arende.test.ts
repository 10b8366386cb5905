// A catalogue imported with its decision: the historic ärende was opened no later than the decision.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCatalogue } from '../../electron/services/portable';
import { loadFixture } from '../fixtures/load-fixture';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2026-10-01' });
  await importCatalogue(s.ctx, loadFixture('alingsas'));
});
afterEach(async () => s.cleanup());

describe('an imported historic ärende', () => {
  it('shows the decision’s date as Öppnat, not the import day', async () => {
    const [historic] = await s.call('arenden/list', {});
    expect(historic.skapad).toBe('2025-09-16');
  });
});
