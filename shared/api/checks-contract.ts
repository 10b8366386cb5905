// Legal checks of an insats version (shared/rules) and the user-triggered steps of its lifecycle.
import { z } from 'zod';
import { insatsContentSchema, longText } from '../domain/insats';
import { VERSION_STATUSES } from '../domain/status';
import { RULE_IDS } from '../rules/rule-info';
import { EXCLUDED_KIND_IDS } from '../rules/excluded-kind-ids';
import { versionSchema } from './catalogue-contract';

const id = z.number({ error: 'Id ska vara ett tal.' }).int().positive({ error: 'Id ska vara ett positivt heltal.' });

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export const SEVERITY_LABELS: Record<(typeof SEVERITIES)[number], string> = {
  block: 'Spärr',
  warn: 'Varning',
  info: 'Information',
};

export const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(SEVERITIES),
  /** Content field path the finding is about, e.g. 'namn', 'villkor.1.motivering'. */
  field: z.string(),
  message: z.string(),
  /** The legal source, e.g. '11 kap. 5 § SoL'. */
  reference: z.string(),
  /** The rule recognises words or advises, so the user may dismiss it as a false alarm. */
  dismissible: z.boolean(),
  /** Dismissed as a false alarm on this version (it is then shown as information with the reason). */
  dismissed: z.boolean(),
  /** Findings about an excluded kind (11 kap. 5 §): which kind; a content-only hit is answered by kind. */
  kindId: z.string().optional(),
});
export type FindingDto = z.infer<typeof findingSchema>;

export const dismissalSchema = z.object({
  ruleId: z.string(),
  reason: z.string(),
  actor: z.string(),
  at: z.string(),
});
export type DismissalDto = z.infer<typeof dismissalSchema>;

export const KIND_ANSWERS = ['ar', 'ar_inte'] as const;
export const kindAnswerSchema = z.object({
  kindId: z.string(),
  answer: z.enum(KIND_ANSWERS),
  reason: z.string(),
  actor: z.string(),
  at: z.string(),
});
export type KindAnswerDto = z.infer<typeof kindAnswerSchema>;

export const versionFindingsSchema = z.object({
  versionId: z.number(),
  /** What the user stated the insats is, for kinds named only in its content or målgrupp. */
  kindAnswers: z.array(kindAnswerSchema).default(() => []),
  /** Blocking first, then warnings, then information. */
  findings: z.array(findingSchema),
  dismissals: z.array(dismissalSchema),
  /** Any finding blocks "Redo för beslut". */
  blocking: z.boolean(),
  /** Whether dismissals may be made or undone now (before the version awaits the decision). */
  canDismiss: z.boolean(),
});
export type VersionFindings = z.infer<typeof versionFindingsSchema>;

const ruleId = z.enum(RULE_IDS, { error: 'Okänd regel.' });
const dismissReason = longText.trim().min(1, { error: 'Skriv varför fyndet är ett falskt larm.' });

const blockingItemSchema = z.object({
  versionId: z.number(),
  insatsId: z.number(),
  nummer: z.string().nullable(),
  namn: z.string(),
  message: z.string(),
  reference: z.string(),
});

/** Översikt's check: the catalogue in force apart from the versions under work (as `iub check` reports them). */
export const checkOverviewSchema = z.object({
  gallande: z.object({ versions: z.number(), blocking: z.number(), items: z.array(blockingItemSchema) }),
  underWork: z.object({ versions: z.number(), blocking: z.number() }),
});
export type CheckOverview = z.infer<typeof checkOverviewSchema>;

export const checksContract = {
  'checks/overview': { input: z.object({}).strict(), output: checkOverviewSchema },
  'findings/forVersion': { input: z.object({ versionId: id }).strict(), output: versionFindingsSchema },
  /** Findings for content not yet saved (the editor, as the user types); the version gives RKA and dismissals. */
  'findings/preview': { input: z.object({ versionId: id, content: insatsContentSchema }).strict(), output: versionFindingsSchema },
  'findings/dismiss': { input: z.object({ versionId: id, ruleId, reason: dismissReason }).strict(), output: versionFindingsSchema },
  /** States what the insats is, for an excluded kind named only in its content or målgrupp; kept in the audit trail. */
  'findings/answerKind': {
    input: z
      .object({
        versionId: id,
        kindId: z.enum(EXCLUDED_KIND_IDS, { error: 'Okänd insatstyp.' }),
        answer: z.enum(KIND_ANSWERS, { error: 'Svara om insatsen är av typen eller inte.' }),
        reason: longText.trim().min(1, { error: 'Skriv varför – motiveringen sparas i historiken.' }),
      })
      .strict(),
    output: versionFindingsSchema,
  },
  'findings/withdrawKindAnswer': {
    input: z.object({ versionId: id, kindId: z.enum(EXCLUDED_KIND_IDS, { error: 'Okänd insatstyp.' }) }).strict(),
    output: versionFindingsSchema,
  },
  'findings/undismiss': { input: z.object({ versionId: id, ruleId }).strict(), output: versionFindingsSchema },
  /** A user-triggered lifecycle step; decisions go through beslut/record, dates are derived. */
  'versions/transition': {
    input: z.object({ versionId: id, to: z.enum(VERSION_STATUSES, { error: 'Okänd status.' }), reason: longText.optional() }).strict(),
    output: versionSchema,
  },
} as const;
