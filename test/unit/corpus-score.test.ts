// The corpus scorer itself: a parse compared with its expected JSON field by field.
import { describe, expect, it } from 'vitest';
import { emptyInsatsContent, emptyVillkor } from '../../shared/domain/insats';
import type { ImportProposal, ProposedInsats } from '../../shared/import/proposal';
import { formatScores, scoreProposal } from '../support/corpus-score';

function insats(nummer: string | null, namn: string, villkor: ProposedInsats['content']['villkor'] = []): ProposedInsats {
  return {
    nummer,
    sektor: null,
    enhet: null,
    kategori: null,
    content: { ...emptyInsatsContent(namn), villkor },
    bedomningSarskildaSkal: '',
    tocName: null,
    source: { fromLine: 1, toLine: 1, text: '' },
    sections: [],
    recognised: [],
    unrecognised: [],
    empty: false,
  } as ProposedInsats;
}

const proposal = (insatser: ProposedInsats[], decision: ImportProposal['decision'] = null) => ({ insatser, decision }) as unknown as ImportProposal;

describe('corpus scorer', () => {
  const age = { ...emptyVillkor('alder', '13–16 år.'), alderMin: 13, alderMax: 16 };

  it('counts each expected key once and matches insatser by name before position', () => {
    const score = scoreProposal(
      'x.txt',
      {
        insatser: [
          { name: 'B', ageMin: 13, ageMax: 16, samtycke: true },
          { name: 'A', number: '1' },
        ],
      },
      proposal([insats('1', 'A'), insats('2', 'b', [age])]),
    );
    expect([score.right, score.expected]).toEqual([5, 6]);
    expect(score.misses).toEqual([{ at: 'B', field: 'samtycke', expected: true, got: false }]);
  });

  it('counts an insats that was not found as wrong in every field, and extra insatser apart', () => {
    const expected = { insatser: [{ name: 'A', dokumentation: '14:3' }] };
    expect(scoreProposal('x.txt', expected, proposal([]))).toMatchObject({ right: 0, expected: 2, extra: 0 });
    expect(scoreProposal('x.txt', expected, proposal([insats(null, 'Y'), insats(null, 'A')]))).toMatchObject({ right: 2, expected: 2, extra: 1 });
  });

  it('compares the decision fields, null for one not stated', () => {
    const draft = {
      typAvStyrdokument: '',
      beslutandeInstans: 'Socialnämnden',
      datumForBeslut: '',
      diarienummer: 'SN 2025/1',
      paragraf: null,
      gallerFor: '',
      giltigFran: '2025-07-01',
      giltigTill: null,
      reviderasSenast: null,
      dokumentansvarig: '',
    };
    const score = scoreProposal(
      'x.txt',
      {
        insatser: [],
        decision: { diarienummer: 'SN 2025/1', beslutsdatum: null, beslutandeInstans: 'socialnämnden', giltigTill: null, dokumentansvarig: 'Chef' },
      },
      proposal([], { draft, complete: false, missing: [], source: { fromLine: 1, toLine: 1, text: '' }, recognised: [] }),
    );
    expect([score.right, score.expected]).toEqual([4, 5]);
  });

  it('a refused document scores nothing and says so in the table', () => {
    const score = scoreProposal('x.docx', { insatser: [{ name: 'A' }] }, null, 'Avvisad');
    expect(formatScores([score])).toMatch(/x\.docx\s+0\/1\s+0 %\s+\(avvisad\)\nTotalt\s+0\/1/);
  });
});
