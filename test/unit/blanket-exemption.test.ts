// A blanket exemption written in a decision-level text (issue 17 item 8): 14 kap. 5 § SoL is per insats.
import { describe, expect, it } from 'vitest';
import { findBlanketExemption } from '../../shared/rules/blanket-exemption';

describe('findBlanketExemption', () => {
  it.each([
    'Socialnämnden beslutar om undantag från dokumentation för samtliga insatser.',
    'Nämnden beslutar att uppgifter som kan röja identitet inte ska dokumenteras för alla insatser i katalogen.',
    'Generellt undantag från dokumentationskravet gäller för öppenvården.',
    'Undantag enligt 14 kap. 5 § medges för hela verksamheten.',
    'Insatserna ges utan dokumentation för samtliga insatser i bilagan.',
  ])('spärrar: %s', (text) => {
    const [f] = findBlanketExemption(`Socialnämnden antar katalogen. ${text}`);
    expect(f).toMatchObject({ ruleId: 'doc-14-5-blanket', severity: 'block', reference: '14 kap. 5 § SoL', field: 'beslutstext' });
  });

  it.each([
    'Socialnämnden antar förteckningen över insatser utan individuell behovsprövning enligt bilaga 1.',
    'Undantag enligt 14 kap. 5 § medges för insatsen Anhörigstöd vid beroende efter genomförd risk- och konsekvensanalys.',
    'Samtliga insatser dokumenteras enligt 14 kap. 3 §.',
    'Nämnden ger förvaltningen i uppdrag att informera om alla insatser.',
    'Beslutet gäller från 2025-10-01.',
  ])('passerar: %s', (text) => {
    expect(findBlanketExemption(text)).toEqual([]);
  });
});
