// An imported proposal through the app's own Lagkontroll: import/parse, import/confirm, findings/forVersion.
// The consent's age scope read from the document must reach the rules (issue 15 item 4).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { proposalAsCatalogue } from '../../shared/import/to-portable';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-10-15' });
});
afterEach(async () => {
  await s.cleanup();
});

const document = (villkor: string[]) =>
  [
    'Insatser utan individuell behovsprövning',
    '1 Insatser',
    '1.1 Samtalsgrupp Vågen',
    'Målgrupp',
    'Ungdomar 13–16 år.',
    'Villkor',
    ...villkor,
    'Motivering: Insatsen är kommunens.',
    'Dokumentation',
    'Dokumenteras enligt 14 kap. 3 §.',
    'Uppföljning',
    'Individbaserad uppföljning.',
  ].join('\n\n');

async function importedFindings(villkor: string[]) {
  const proposal = await s.call('import/parse', { file: { fileName: 'vagen.txt', base64: Buffer.from(document(villkor)).toString('base64') } });
  const result = await s.call('import/confirm', { catalogue: proposalAsCatalogue(proposal), fileName: 'vagen.txt' });
  return s.call('findings/forVersion', { versionId: result.versionIds[0] });
}

describe('Lagkontroll på en importerad insats', () => {
  it('13–16 år med samtycke bara för den som inte fyllt 15 och utan lämplighetsbedömning är spärrad', async () => {
    const checked = await importedFindings(['Folkbokförd i kommunen.', 'Den som inte fyllt 15 år behöver samtycke från vårdnadshavare.']);
    expect(checked.blocking).toBe(true);
    expect(checked.findings.filter((f) => f.severity === 'block').map((f) => f.ruleId)).toEqual(['child-15-17-assessment']);
  });

  it('med nämndens lämplighetsbedömning för 15–17 är den inte spärrad', async () => {
    const checked = await importedFindings([
      'Folkbokförd i kommunen.',
      'Vårdnadshavares samtycke för den som inte fyllt 15 år.',
      'Nämnden har bedömt att insatsen är lämplig att ge till ungdomar 15–17 år utan vårdnadshavares samtycke.',
    ]);
    expect(checked.findings.filter((f) => f.severity === 'block')).toEqual([]);
  });
});
