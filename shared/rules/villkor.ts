// Villkor (11 kap. 5 § SoL, seed 002 §2.3.2): objective, clear and summarily checkable by the utförare
// (ID card, lease, certificate, age, folkbokföring) without any assessment, each with a motivering.
import { VILLKOR_LABELS, type Villkor } from '../domain/insats';
import { REFERENCES, type CheckInput, type Finding } from './findings';
import { ASSESSMENT_PATTERNS, findJudgement } from './judgement';
import { isBlank } from './text';

/** Wordings that ask the utförare for a judgement: the vocabulary and the structural test (judgement.ts). */
export const ASSESSMENT_WORDING: readonly RegExp[] = ASSESSMENT_PATTERNS;

/** The lämplighetsbedömning's text is by nature the nämnd's assessment, not a condition to check. */
const NO_WORDING_CHECK: ReadonlySet<Villkor['typ']> = new Set(['lamplighetsbedomning']);
/** Kinds whose motivering is given by the law itself (samtycke) or is the text (lämplighetsbedömning). */
const NO_MOTIVERING_NEEDED: ReadonlySet<Villkor['typ']> = new Set(['samtycke', 'lamplighetsbedomning']);

export function villkorRules(input: CheckInput): Finding[] {
  const { content, policy } = input;
  const findings: Finding[] = [];

  content.villkor.forEach((v, i) => {
    const name = `Villkoret ”${VILLKOR_LABELS[v.typ]}”${content.villkor.length > 1 ? ` (nr ${i + 1})` : ''}`;
    if (!NO_WORDING_CHECK.has(v.typ)) {
      const hit = findJudgement(v.text);
      if (hit) {
        findings.push({
          ruleId: 'villkor-assessment-wording',
          severity: 'warn',
          field: `villkor.${i}.text`,
          message:
            `${name} innehåller ”${hit.word}”, som lägger någons bedömning mellan den enskilde och insatsen. ` +
            'Villkor ska vara tydliga och kunna kontrolleras summariskt av utföraren, utan bedömning (11 kap. 5 § SoL).',
          reference: REFERENCES.villkor,
        });
      }
    }
    if (v.typ === 'alder' && v.alderMin === null && v.alderMax === null) {
      findings.push({
        ruleId: 'villkor-age-no-bounds',
        severity: 'warn',
        field: `villkor.${i}.alderMin`,
        message: `${name} anger ingen åldersgräns. Ange lägsta eller högsta ålder, så att utföraren kan kontrollera villkoret och reglerna för barn kan tillämpas.`,
        reference: REFERENCES.villkor,
      });
    }
    if (!NO_MOTIVERING_NEEDED.has(v.typ) && isBlank(v.motivering)) {
      findings.push({
        ruleId: 'villkor-no-motivering',
        severity: 'warn',
        field: `villkor.${i}.motivering`,
        message: `${name} saknar motivering. Villkor ska vila på objektiva grunder och sakliga skäl.`,
        reference: REFERENCES.villkor,
      });
    }
  });

  if (policy.requireFolkbokforing && !content.villkor.some((v) => v.typ === 'folkbokford')) {
    findings.push({
      ruleId: 'no-folkbokforing',
      severity: 'warn',
      field: 'villkor',
      message: 'Nämndens riktlinje kräver att insatser har villkoret folkbokförd i kommunen, men det saknas här.',
      reference: REFERENCES.folkbokforing,
    });
  }
  return findings;
}
