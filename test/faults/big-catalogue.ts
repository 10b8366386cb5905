// A large catalogue for fault tests: the Alingsås seed repeated with numbered names, so one import is
// one long transaction with real content.
import { loadFixture } from '../fixtures/load-fixture';
import type { PortableCatalogue } from '../../shared/domain/portable';

export function bigCatalogue(size: number, tag = 'Stor import'): PortableCatalogue {
  const seed = loadFixture('alingsas');
  const insatser = Array.from({ length: size }, (_, i) => {
    const base = seed.insatser[i % seed.insatser.length];
    return { ...base, nummer: `${i + 1}`, content: { ...base.content, namn: `${tag} ${i + 1}: ${base.content.namn}`.slice(0, 300) } };
  });
  return { ...seed, beslut: null, insatser };
}
