// The legal check engine: runs every rule group over one insats version and applies the user's
// dismissals of false alarms. Pure: the caller passes the kategori name, the RKA and the policy.
import { childRules } from './children';
import { documentationRules } from './documentation';
import { excludedKindRules } from './excluded-kinds';
import { isDismissible, sortFindings, type CheckInput, type Dismissal, type Finding } from './findings';
import { followUpRules } from './follow-up';
import { isBlank } from './text';
import { villkorRules } from './villkor';

export type { CheckInput, Dismissal, Finding, Severity } from './findings';
export { hasBlocking, isDismissible, DISMISSIBLE_RULE_IDS, REFERENCES } from './findings';
export { accessAgeSpan, reachesUnder18 } from './children';

/**
 * A dismissed finding stays visible as 'info' with the user's reason, so the decision-maker can see
 * what was overridden and why. Only dismissible rules (text recognition, advice) can be dismissed;
 * a dismissal with a blank reason, or of a rule that cannot be dismissed, has no effect.
 */
function applyDismissals(findings: Finding[], dismissed: readonly Dismissal[]): Finding[] {
  const reasons = new Map<string, string>();
  for (const d of dismissed) {
    if (isDismissible(d.ruleId) && !isBlank(d.reason) && !reasons.has(d.ruleId)) reasons.set(d.ruleId, d.reason.trim());
  }
  return findings.map((f) => {
    const reason = reasons.get(f.ruleId);
    if (reason === undefined || f.severity === 'info') return f;
    return {
      ...f,
      severity: 'info',
      message: `Avfärdad som falskt larm: ”${reason}”. Ursprunglig ${f.severity === 'block' ? 'spärr' : 'varning'}: ${f.message}`,
    };
  });
}

/** All findings for one insats version: blocking first, then warnings, then information. */
export function checkInsats(input: CheckInput): Finding[] {
  const findings = [...excludedKindRules(input), ...childRules(input), ...documentationRules(input), ...villkorRules(input), ...followUpRules(input)];
  return sortFindings(applyDismissals(findings, input.dismissed));
}
