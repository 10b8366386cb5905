// Seed 002's decision (Alingsås, Riktlinjer adopted 2025-09-16, giltig från 2025-10-01) as the input of
// beslut/record, for the tests that need an ärende decided; each changes only what it is about.
import type { Input } from '../../shared/api/contract';

export function bifall(arendeId: number, patch: Partial<Input<'beslut/record'>> = {}): Input<'beslut/record'> {
  return {
    arendeId,
    utfall: 'bifall',
    beslutsdatum: '2025-09-16',
    beslutandeInstans: 'Socialnämnden',
    beslutstext: 'Socialnämnden antar riktlinjerna.',
    giltigFran: '2025-10-01',
    giltigTill: null,
    reviderasSenast: '2026-12-31',
    dokumentansvarig: 'Verksamhetsutvecklare',
    typAvStyrdokument: 'Riktlinjer',
    gallerFor: 'Socialförvaltningen',
    ...patch,
  };
}
