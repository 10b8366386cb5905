// Villkor read with their meaning (issue 15 item 4, issue 19 item 4): ages in every phrasing, consent with
// its age scope, and the consent scope reaching the legal check after import.
import { describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { readVillkor } from '../../shared/import/villkor';
import type { InsatsSection } from '../../shared/import/insats-sections';
import { checkInsats } from '../../shared/rules/check-insats';

const read = (...lines: string[]) =>
  readVillkor([{ key: 'villkor', label: 'Villkor', lines: lines.map((text) => ({ text })) } as unknown as InsatsSection], '', 'Alingsås');
const shape = (...lines: string[]) => read(...lines).villkor.map((v) => [v.typ, v.alderMin, v.alderMax]);

describe('villkor med sin betydelse', () => {
  it.each([
    ['Från 18 år.', 18, null],
    ['18 år eller äldre.', 18, null],
    ['65 år och äldre.', 65, null],
    ['Mellan 15 och 20 år.', 15, 20],
    ['13–16 år.', 13, 16],
    ['Upp till 14 år.', null, 13],
  ])('ålder: %s', (text, min, max) => {
    expect(shape(text)).toEqual([['alder', min, max]]);
  });

  it.each([
    ['För barn 13-14 år: Krävs samtycke från vårdnadshavare.', 13, 14],
    ['Vårdnadshavares samtycke för den som inte fyllt 15 år.', null, 14],
    ['Barn 10–14 år: samtycke.', 10, 14],
    ['Samtycke från vårdnadshavare krävs för barn under 15 år.', null, 14],
  ])('samtycke behåller sin ålder: %s', (text, min, max) => {
    // One consent villkor for those ages – never a consent plus an age villkor that turns it around.
    expect(shape(text)).toEqual([['samtycke', min, max]]);
  });

  it.each(['Med vårdnadshavares medgivande.', 'Barnet deltar tillsammans med sin vårdnadshavare.', 'Barnen kommer tillsammans med sina föräldrar.'])(
    'samtycke i andra former: %s',
    (text) => {
      expect(shape(text)).toEqual([['samtycke', null, null]]);
    },
  );

  it('”Barn och unga upp till 18 år med vårdnadshavares samtycke” är både ålder och samtycke', () => {
    expect(shape('Barn och unga upp till 18 år med vårdnadshavares samtycke.').map((v) => v[0])).toEqual(['alder', 'samtycke']);
  });

  it('samtyckets ålder når lagkontrollen: 13–16 år med samtycke bara under 15 och utan lämplighetsbedömning spärras', () => {
    const villkor = [...read('13–16 år.').villkor, ...read('Vårdnadshavares samtycke för den som inte fyllt 15 år.').villkor];
    const findings = checkInsats({
      content: { ...emptyInsatsContent('Samtalsgrupp'), villkor },
      kategoriNamn: null,
      rka: null,
      policy: { requireFolkbokforing: false },
      dismissed: [],
    });
    expect(findings.find((f) => f.ruleId === 'child-15-17-assessment')).toMatchObject({ severity: 'block' });
    expect(findings.find((f) => f.ruleId === 'child-under-15-consent')).toBeUndefined();
  });

  it('en föräldra-barngrupp där barnet deltar med sin vårdnadshavare är inte spärrad för samtycke', () => {
    const villkor = [...read('Barn 0–6 år.').villkor, ...read('Barnet deltar tillsammans med sin vårdnadshavare.').villkor];
    const findings = checkInsats({
      content: { ...emptyInsatsContent('Föräldra-barngrupp'), villkor },
      kategoriNamn: null,
      rka: null,
      policy: { requireFolkbokforing: false },
      dismissed: [],
    });
    expect(findings.map((f) => f.ruleId)).not.toContain('child-under-15-consent');
  });
});
