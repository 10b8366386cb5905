// The kommun a document names, so that importing another kommun's document into a filled catalogue is asked about.
import { describe, expect, it } from 'vitest';
import { kommunNamn } from '../../shared/domain/kommun-namn';
import { namedKommun, sameKommun } from '../../shared/import/kommun';
import { parseCatalogueDocument } from '../../shared/import/parse-catalogue';
import { initialReview, validateReview } from '../../renderer/src/features/import/review-form';
import type { ImportProposal } from '../../shared/import/proposal';
import { seedText } from '../support/seeds';

describe('the kommun a document names', () => {
  it('is the one named most often, in genitive, upper case or not, never a sentence start', () => {
    expect(namedKommun(['Folkbokförd i Östersunds kommun.', 'ÖSTERSUNDS KOMMUN', 'Varje kommun får besluta.', 'i Alingsås kommun'])).toBe('Östersund');
    expect(namedKommun(['Varje kommun får besluta.', 'En kommun kan…'])).toBeNull();
  });

  it('is Östersund for seed 001 and Alingsås for seed 002, whatever the app is set up for', () => {
    expect(parseCatalogueDocument(seedText('ostersund'), { kommunHint: 'Alingsås' }).namedKommun).toBe('Östersund');
    expect(parseCatalogueDocument(seedText('alingsas'), { kommunHint: 'Östersund' }).namedKommun).toBe('Alingsås');
  });

  it('is written with the genitive of Swedish kommun names and compared without case', () => {
    expect(kommunNamn('Östersund')).toBe('Östersunds kommun');
    expect(kommunNamn('Alingsås')).toBe('Alingsås kommun');
    expect(sameKommun('östersund', 'Östersund')).toBe(true);
  });
});

describe('the review waits for a choice', () => {
  const proposal = {
    ...parseCatalogueDocument(seedText('alingsas')),
    fileName: 'a.txt',
    format: 'text',
    prose: null,
    appliedProfile: null,
  } as unknown as ImportProposal;

  it('until each spelling conflict with the table of contents is chosen (seed 002 has two)', () => {
    const values = initialReview(proposal);
    const open = values.insatser.filter((i) => !i.stavningVald).map((i) => i.nummer);
    expect(open).toEqual(['3.1.11', '3.4.3']);
    expect(Object.keys(validateReview(values)).filter((k) => k.endsWith('.stavning'))).toHaveLength(2);
    values.insatser = values.insatser.map((i) => ({ ...i, stavningVald: true }));
    expect(Object.keys(validateReview(values)).filter((k) => k.endsWith('.stavning'))).toHaveLength(0);
  });

  it('until the user confirms a document that names another kommun', () => {
    const warned = { ...proposal, warnings: [{ code: 'other_kommun' as const, message: 'x', nummer: null }, ...proposal.warnings] };
    const values = initialReview(warned);
    expect(validateReview(values).annanKommun).toMatch(/Bekräfta att dokumentet ska importeras/u);
    expect(validateReview({ ...values, annanKommunBekraftad: true }).annanKommun).toBeUndefined();
  });
});
