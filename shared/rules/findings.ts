// Findings of the legal check engine (checkInsats) and the input it works on.
import type { InsatsContent } from '../domain/insats';
import type { RkaContent } from '../domain/rka';

export type Severity = 'block' | 'warn' | 'info';

export interface Finding {
  /** Stable id of the rule, e.g. 'excluded-kind'; dismissals refer to it. */
  ruleId: string;
  /** block: stops "Redo för beslut"; warn: should be looked at; info: for the record. */
  severity: Severity;
  /** Path of the content field the finding is about, e.g. 'namn', 'villkor.2.motivering'. */
  field: string;
  /** Swedish, for the user. */
  message: string;
  /** The legal source, e.g. '11 kap. 5 § SoL'. */
  reference: string;
  /** For findings about an excluded kind (11 kap. 5 §): which kind, so the user can answer what the insats is. */
  kindId?: string;
}

/**
 * The user's statement of what the insats is, given for a kind named only in the content or målgrupp
 * (issue: a content hit must be answered, not just dismissed). `ar`: the insats is of that kind;
 * `ar_inte`: it is not, with the reason kept in the audit trail.
 */
export interface KindAnswer {
  kindId: string;
  answer: 'ar' | 'ar_inte';
  reason: string;
}

export interface Dismissal {
  ruleId: string;
  /** Why the user considers the finding a false alarm; a blank reason dismisses nothing. */
  reason: string;
}

export interface CheckInput {
  content: InsatsContent;
  /** Name of the insats's kategori, or null when it has none. */
  kategoriNamn: string | null;
  /** The RKA of this version (14 kap. 5 §), with whether it has been marked complete. */
  rka: { content: RkaContent; complete: boolean } | null;
  policy: { requireFolkbokforing: boolean };
  dismissed: Dismissal[];
  /** Answers to content-only hits of excluded kinds; absent means none given. */
  kindAnswers?: readonly KindAnswer[];
}

/** Legal references used by the rules, in one place so a correction is made once. */
export const REFERENCES = {
  iub: '11 kap. 5 § SoL',
  barn: '11 kap. SoL (insatser till barn utan individuell behovsprövning)',
  villkor: '11 kap. 5 § SoL',
  dok143: '14 kap. 3 § SoL',
  dok144: '14 kap. 4 § SoL',
  dok145: '14 kap. 5 § SoL',
  kvalitet: '5 kap. 1–2 §§ SoL',
  folkbokforing: '11 kap. 5 § SoL (villkor) och nämndens riktlinje om folkbokföring (Inställningar)',
  /** Kinds the law does not list for adults but that may be heldygnsvård or rest on a needs assessment. */
  granskning: '11 kap. 5 § SoL',
} as const;

/**
 * Rules whose findings come from recognising words in free text (or are advisory) and can therefore
 * be false alarms the user may dismiss with a reason. Rules about missing structured data (consent,
 * suitability assessment, kategori for 14:4, the RKA) cannot be dismissed: the fix is to enter the data.
 */
export const DISMISSIBLE_RULE_IDS: ReadonlySet<string> = new Set([
  'excluded-kind',
  'excluded-kind-borderline',
  'doc-14-4-no-kategori',
  'doc-14-4-motesplats',
  'doc-14-5-home-based',
  'doc-14-5-recurring-talks',
  'doc-14-5-blanket',
  'villkor-assessment-wording',
  'villkor-no-motivering',
  'no-uppfoljning',
  'no-folkbokforing',
]);

export function isDismissible(ruleId: string): boolean {
  return DISMISSIBLE_RULE_IDS.has(ruleId);
}

export function hasBlocking(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'block');
}

const SEVERITY_ORDER: Record<Severity, number> = { block: 0, warn: 1, info: 2 };

/** Blocking first, then warnings, then information; stable within each severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
