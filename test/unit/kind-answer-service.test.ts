// A content-only hit of an excluded kind (11 kap. 5 § SoL) must be answered before "redo för beslut":
// the user states what the insats is, with a reason kept in the audit trail; a dismissal is not enough.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyInsatsContent } from '../../shared/domain/insats';
import { villkor } from '../support/seed-insatser';
import { testServices, type TestServices } from '../support/services';

let s: TestServices;
beforeEach(async () => {
  s = await testServices({ today: '2025-09-01' });
});
afterEach(async () => s.cleanup());

const content = () => ({
  ...emptyInsatsContent('Samtal för unga'),
  innehall: 'Samtal med personalen under vistelse dygnet runt på ett HVB.',
  villkor: [villkor('alder', '18–20 år.', { alderMin: 18, alderMax: 20, motivering: 'Unga vuxna.' })],
  uppfoljning: { typ: 'besoksstatistik' as const, text: '' },
});

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: Error & { apiError?: { code: string; message: string } }) => err,
  );
  expect(e).not.toBeNull();
  return e!.apiError!;
};

describe('svar på insatstyp som bara nämns i innehållet', () => {
  it('spärrar redo för beslut tills frågan är besvarad; ett avfärdande räcker inte; svaret hamnar i historiken', async () => {
    const v = await s.call('insatser/create', { content: content() });
    const before = await s.call('findings/forVersion', { versionId: v.versionId });
    expect(before.findings.find((f) => f.ruleId === 'excluded-kind-unanswered')).toMatchObject({
      severity: 'block',
      kindId: 'placering-unga',
      reference: '11 kap. 5 § SoL',
    });

    await s.call('findings/dismiss', { versionId: v.versionId, ruleId: 'excluded-kind', reason: 'Bara ett omnämnande.' });
    await s.call('versions/transition', { versionId: v.versionId, to: 'forslag' });
    expect((await refusal(s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' }))).message).toMatch(/Ange vad insatsen är/);

    expect((await refusal(s.call('findings/answerKind', { versionId: v.versionId, kindId: 'placering-unga', answer: 'ar_inte', reason: '  ' }))).code).toBe(
      'invalid_input',
    );
    expect((await refusal(s.call('findings/answerKind', { versionId: v.versionId, kindId: 'kontaktperson', answer: 'ar_inte', reason: 'x' }))).code).toBe(
      'refused',
    );

    const answered = await s.call('findings/answerKind', {
      versionId: v.versionId,
      kindId: 'placering-unga',
      answer: 'ar_inte',
      reason: 'Samtalen ges till unga som redan bor på HVB; insatsen är ingen placering.',
    });
    expect(answered.findings.map((f) => f.ruleId)).not.toContain('excluded-kind-unanswered');
    expect(answered.kindAnswers).toEqual([expect.objectContaining({ kindId: 'placering-unga', answer: 'ar_inte' })]);
    const audit = s.sqlite.prepare("SELECT after_json FROM audit_log WHERE action = 'besvara insatstyp'").all() as Array<{ after_json: string }>;
    expect(audit).toHaveLength(1);
    expect(audit[0].after_json).toContain('ingen placering');

    const ready = await s.call('versions/transition', { versionId: v.versionId, to: 'redo_for_beslut' });
    expect(ready.status).toBe('redo_for_beslut');
  });

  it('svaret ”är” spärrar som en träff i namnet, och kan ångras', async () => {
    const v = await s.call('insatser/create', { content: content() });
    const r = await s.call('findings/answerKind', { versionId: v.versionId, kindId: 'placering-unga', answer: 'ar', reason: 'Det är en placering.' });
    expect(r.findings.find((f) => f.ruleId === 'excluded-kind')).toMatchObject({ severity: 'block' });
    expect((await refusal(s.call('findings/answerKind', { versionId: v.versionId, kindId: 'placering-unga', answer: 'ar_inte', reason: 'Nej.' }))).code).toBe(
      'conflict',
    );
    const undone = await s.call('findings/withdrawKindAnswer', { versionId: v.versionId, kindId: 'placering-unga' });
    expect(undone.findings.map((f) => f.ruleId)).toContain('excluded-kind-unanswered');
  });
});
