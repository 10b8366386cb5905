// Services on a temporary database holding one of the seed catalogues, set up as that municipality.
import { importCatalogue } from '../../electron/services/portable';
import type { PortableBeslut, PortableCatalogue } from '../../shared/domain/portable';
import { loadFixture, type FixtureName } from '../fixtures/load-fixture';
import { testServices, type TestEngine, type TestServices } from './services';

/**
 * Seed 001 (Östersund) is a bilaga without its decision's header; this is the decision metadata a secretary
 * would record for it, so that the catalogue can be printed as decided (also used by `npm run bench`).
 */
export const OSTERSUND_BESLUT: PortableBeslut = {
  typAvStyrdokument: 'Bilaga',
  beslutandeInstans: 'Social- och arbetsmarknadsnämnden',
  datumForBeslut: '2025-09-24',
  diarienummer: '2025/118',
  paragraf: 92,
  gallerFor: 'Social- och arbetsmarknadsförvaltningen',
  giltigFran: '2025-10-01',
  giltigTill: null,
  reviderasSenast: '2026-09-30',
  dokumentansvarig: 'Verksamhetsutvecklare',
};

export const FORKORTNING: Record<FixtureName, string> = { alingsas: 'SN', ostersund: 'SAN' };

export async function seededServices(
  name: FixtureName,
  options: { today: string; beslut?: 'fixture' | 'none'; patch?: (c: PortableCatalogue) => PortableCatalogue; engine?: TestEngine },
): Promise<TestServices & { catalogue: PortableCatalogue }> {
  const s = await testServices({ today: options.today, configured: false, engine: options.engine });
  const fixture = loadFixture(name);
  let catalogue: PortableCatalogue = { ...fixture, beslut: options.beslut === 'none' ? null : (fixture.beslut ?? OSTERSUND_BESLUT) };
  if (options.patch) catalogue = options.patch(catalogue);
  await s.call('settings/update', { kommun: fixture.kommun, namnd: fixture.namnd, namndForkortning: FORKORTNING[name], anvandare: 'Sara Sekreterare' });
  // The RKA feature's import hook keeps seed 002's "Bedömning särskilda skäl" as each analysis's conclusion.
  await importCatalogue(s.ctx, catalogue);
  await s.call('exports/saveDocumentSettings', { titel: catalogue.titel, inledning: null });
  return { ...s, catalogue };
}
