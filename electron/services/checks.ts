// Legal checks of insats versions: gathers what the pure rule engine needs (kategori name, the RKA, the
// nämnd's folkbokföring policy, the user's dismissals) and records dismissals of false alarms.
import { ServiceError } from '../../shared/api/envelope';
import type { CheckOverview, DismissalDto, FindingDto, KindAnswerDto, VersionFindings } from '../../shared/api/checks-contract';
import type { InsatsContent } from '../../shared/domain/insats';
import type { VersionStatus } from '../../shared/domain/status';
import { checkInsats, hasBlocking, isDismissible } from '../../shared/rules/check-insats';
import { EXCLUDED_KINDS } from '../../shared/rules/excluded-kinds';
import { ruleTitle, type RuleId } from '../../shared/rules/rule-info';
import type { InsatsVersionRow } from '../database/schema';
import { currentActor, recordAudit } from './audit';
import { parseContent, versionRow } from './catalogue';
import { write, type ServiceContext, type Trx } from './context';
import { effectiveStatuses } from './effective-status';
import { readRka } from './rka-read';
import { readSettings } from './settings';

/** Versions the checks concern: not yet sent to the nämnd or sent back by it. */
export const CHECKED_STATUSES: readonly VersionStatus[] = ['utkast', 'forslag', 'redo_for_beslut', 'aterremitterad'];

/**
 * Dismissals may be made or undone while the proposal is being prepared. Once it is redo för beslut it
 * must not change under the nämnd's eyes (take it back to utkast first); decided versions never change.
 */
const DISMISS_STATUSES: readonly VersionStatus[] = ['utkast', 'aterremitterad', 'forslag'];

type VersionRef = Pick<InsatsVersionRow, 'id' | 'status'>;

async function readDismissals(db: Trx, versionId: number): Promise<DismissalDto[]> {
  const rows = await db
    .selectFrom('dismissed_finding')
    .select(['rule_id', 'reason', 'actor', 'at'])
    .where('version_id', '=', versionId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ruleId: r.rule_id, reason: r.reason, actor: r.actor, at: r.at }));
}

async function readKindAnswers(db: Trx, versionId: number): Promise<KindAnswerDto[]> {
  const rows = await db
    .selectFrom('excluded_kind_answer')
    .select(['kind_id', 'answer', 'reason', 'actor', 'at'])
    .where('version_id', '=', versionId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ kindId: r.kind_id, answer: r.answer, reason: r.reason, actor: r.actor, at: r.at }));
}

async function kategoriNamn(db: Trx, kategoriId: number | null): Promise<string | null> {
  if (kategoriId === null) return null;
  const row = await db.selectFrom('kategori').select('namn').where('id', '=', kategoriId).executeTakeFirst();
  return row?.namn ?? null;
}

/** The findings for `content` checked as the content of `version` (its RKA and dismissals apply). */
export async function findingsForContent(db: Trx, version: VersionRef, content: InsatsContent): Promise<VersionFindings> {
  const [settings, kategori, rka, dismissals, kindAnswers] = await Promise.all([
    readSettings(db),
    kategoriNamn(db, content.kategoriId),
    readRka(db, version.id),
    readDismissals(db, version.id),
    readKindAnswers(db, version.id),
  ]);
  const dismissedIds = new Set(dismissals.filter((d) => isDismissible(d.ruleId)).map((d) => d.ruleId));
  const findings: FindingDto[] = checkInsats({
    content,
    kategoriNamn: kategori,
    rka: rka ? { content: rka.content, complete: rka.complete } : null,
    policy: { requireFolkbokforing: settings.kravFolkbokforing },
    dismissed: dismissals.map((d) => ({ ruleId: d.ruleId, reason: d.reason })),
    kindAnswers,
  }).map((f) => ({
    ...f,
    dismissible: isDismissible(f.ruleId),
    dismissed: dismissedIds.has(f.ruleId),
  }));
  return {
    versionId: version.id,
    findings,
    dismissals,
    kindAnswers,
    blocking: hasBlocking(findings),
    canDismiss: DISMISS_STATUSES.includes(version.status as VersionStatus),
  };
}

/** The findings for a stored version, inside the caller's transaction (used by the lifecycle). */
export async function findingsForVersionInTrx(db: Trx, versionId: number): Promise<VersionFindings> {
  const row = await versionRow(db, versionId);
  return findingsForContent(db, row, parseContent(row));
}

export function findingsForVersion(ctx: ServiceContext, input: { versionId: number }): Promise<VersionFindings> {
  return findingsForVersionInTrx(ctx.db, input.versionId);
}

export async function previewFindings(ctx: ServiceContext, input: { versionId: number; content: InsatsContent }): Promise<VersionFindings> {
  return findingsForContent(ctx.db, await versionRow(ctx.db, input.versionId), input.content);
}

function assertDismissStatus(row: InsatsVersionRow) {
  if (!DISMISS_STATUSES.includes(row.status as VersionStatus)) {
    throw new ServiceError(
      'refused',
      row.status === 'redo_for_beslut'
        ? 'Versionen är redo för beslut och dess kontroll kan inte ändras. Återta den till utkast först.'
        : 'Versionen är beslutad eller avslutad; dess kontroll kan inte ändras.',
    );
  }
}

export function dismissFinding(ctx: ServiceContext, input: { versionId: number; ruleId: RuleId; reason: string }): Promise<VersionFindings> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    assertDismissStatus(row);
    const title = ruleTitle(input.ruleId);
    if (!isDismissible(input.ruleId)) {
      throw new ServiceError('refused', `”${title}” kan inte avfärdas som falskt larm: regeln gäller uppgifter som saknas. Rätta uppgifterna i stället.`);
    }
    const existing = await trx
      .selectFrom('dismissed_finding')
      .select('id')
      .where('version_id', '=', row.id)
      .where('rule_id', '=', input.ruleId)
      .executeTakeFirst();
    if (existing) throw new ServiceError('conflict', `”${title}” är redan avfärdat. Ångra avfärdandet först om du vill ändra motiveringen.`);
    const current = await findingsForContent(trx, row, parseContent(row));
    if (!current.findings.some((f) => f.ruleId === input.ruleId)) {
      throw new ServiceError('refused', `Versionen har inget fynd av typen ”${title}” att avfärda.`);
    }
    const reason = input.reason.trim();
    const at = ctx.now().toISOString();
    await trx
      .insertInto('dismissed_finding')
      .values({ version_id: row.id, rule_id: input.ruleId, reason, actor: await currentActor(trx), at })
      .execute();
    await recordAudit(trx, ctx, {
      entity: 'insats_version',
      entityId: row.id,
      action: 'avfärda fynd',
      after: { ruleId: input.ruleId, reason, findings: current.findings.filter((f) => f.ruleId === input.ruleId).map((f) => f.message) },
    });
    return findingsForContent(trx, row, parseContent(row));
  });
}

export function undismissFinding(ctx: ServiceContext, input: { versionId: number; ruleId: RuleId }): Promise<VersionFindings> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    assertDismissStatus(row);
    const existing = await trx
      .selectFrom('dismissed_finding')
      .selectAll()
      .where('version_id', '=', row.id)
      .where('rule_id', '=', input.ruleId)
      .executeTakeFirst();
    if (!existing) throw new ServiceError('not_found', `”${ruleTitle(input.ruleId)}” är inte avfärdat på den här versionen.`);
    await trx.deleteFrom('dismissed_finding').where('id', '=', existing.id).execute();
    await recordAudit(trx, ctx, {
      entity: 'insats_version',
      entityId: row.id,
      action: 'ångra avfärdat fynd',
      before: { ruleId: existing.rule_id, reason: existing.reason, actor: existing.actor, at: existing.at },
    });
    return findingsForContent(trx, row, parseContent(row));
  });
}

const ANSWER_WORDS = { ar: 'är', ar_inte: 'är inte' } as const;

/**
 * States what the insats is for a kind named only in its content or målgrupp (11 kap. 5 § SoL). Allowed
 * while the proposal is prepared, only for a kind the version's check actually asks about; the answer and
 * its reason go to the audit trail. "är" turns the finding into a block; "är inte" into information.
 */
export function answerKind(
  ctx: ServiceContext,
  input: { versionId: number; kindId: string; answer: 'ar' | 'ar_inte'; reason: string },
): Promise<VersionFindings> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    assertDismissStatus(row);
    const kind = EXCLUDED_KINDS.find((k) => k.id === input.kindId);
    if (!kind) throw new ServiceError('invalid_input', 'Okänd insatstyp.');
    const existing = await trx
      .selectFrom('excluded_kind_answer')
      .select('id')
      .where('version_id', '=', row.id)
      .where('kind_id', '=', kind.id)
      .executeTakeFirst();
    if (existing) throw new ServiceError('conflict', `Frågan om ${kind.label} är redan besvarad. Ångra svaret först om du vill ändra det.`);
    const current = await findingsForContent(trx, row, parseContent(row));
    if (!current.findings.some((f) => f.ruleId === 'excluded-kind-unanswered' && f.kindId === kind.id)) {
      throw new ServiceError('refused', `Versionen har ingen obesvarad fråga om ${kind.label}.`);
    }
    const reason = input.reason.trim();
    const at = ctx.now().toISOString();
    const actor = await currentActor(trx);
    await trx.insertInto('excluded_kind_answer').values({ version_id: row.id, kind_id: kind.id, answer: input.answer, reason, actor, at }).execute();
    await recordAudit(trx, ctx, {
      entity: 'insats_version',
      entityId: row.id,
      action: 'besvara insatstyp',
      after: {
        kindId: kind.id,
        svar: `Insatsen ${ANSWER_WORDS[input.answer]} ${kind.label}`,
        reason,
        findings: current.findings.filter((f) => f.kindId === kind.id).map((f) => f.message),
      },
    });
    return findingsForContent(trx, row, parseContent(row));
  });
}

export function withdrawKindAnswer(ctx: ServiceContext, input: { versionId: number; kindId: string }): Promise<VersionFindings> {
  return write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    assertDismissStatus(row);
    const existing = await trx
      .selectFrom('excluded_kind_answer')
      .selectAll()
      .where('version_id', '=', row.id)
      .where('kind_id', '=', input.kindId)
      .executeTakeFirst();
    if (!existing) throw new ServiceError('not_found', 'Frågan är inte besvarad på den här versionen.');
    await trx.deleteFrom('excluded_kind_answer').where('id', '=', existing.id).execute();
    await recordAudit(trx, ctx, {
      entity: 'insats_version',
      entityId: row.id,
      action: 'ångra svar om insatstyp',
      before: { kindId: existing.kind_id, answer: existing.answer, reason: existing.reason, actor: existing.actor, at: existing.at },
    });
    return findingsForContent(trx, row, parseContent(row));
  });
}

export interface CheckedVersion {
  versionId: number;
  insatsId: number;
  versionNo: number;
  nummer: string | null;
  namn: string;
  status: VersionStatus;
  findings: FindingDto[];
}

/** Översikt's check: the blocking findings of the catalogue in force, apart from those of the versions under work. */
export async function checkOverview(ctx: ServiceContext): Promise<CheckOverview> {
  const gallande = await checkGallandeVersions(ctx.db, ctx.today());
  const open = await checkOpenVersions(ctx.db);
  const items = gallande.flatMap((v) =>
    v.findings
      .filter((f) => f.severity === 'block')
      .map((f) => ({ versionId: v.versionId, insatsId: v.insatsId, nummer: v.nummer, namn: v.namn, message: f.message, reference: f.reference })),
  );
  const openBlocking = open.reduce((n, v) => n + v.findings.filter((f) => f.severity === 'block').length, 0);
  return { gallande: { versions: gallande.length, blocking: items.length, items }, underWork: { versions: open.length, blocking: openBlocking } };
}

/** Every version that is not yet decided (or was sent back), with its findings; for the CLI and overviews. */
export function checkOpenVersions(db: Trx): Promise<CheckedVersion[]> {
  return checkVersionsWithStatus(db, CHECKED_STATUSES);
}

/**
 * The catalogue in force: decided versions that are gällande, or beslutade and waiting for their giltig
 * från (today's checks on them, reported apart from the versions under work; issue 17 item 7).
 */
export async function checkGallandeVersions(db: Trx, today: string): Promise<CheckedVersion[]> {
  const decided = await checkVersionsWithStatus(db, ['beslutad', 'gallande']);
  if (decided.length === 0) return decided;
  const rows = await db
    .selectFrom('insats_version')
    .select(['id', 'insats_id', 'version_no', 'status', 'beslut_id'])
    .where(
      'id',
      'in',
      decided.map((v) => v.versionId),
    )
    .execute();
  const effective = await effectiveStatuses(db, rows, today);
  return decided.map((v) => ({ ...v, status: effective.get(v.versionId) ?? v.status })).filter((v) => v.status === 'gallande' || v.status === 'beslutad');
}

async function checkVersionsWithStatus(db: Trx, statuses: readonly VersionStatus[]): Promise<CheckedVersion[]> {
  const rows = await db
    .selectFrom('insats_version as v')
    .innerJoin('insats as i', 'i.id', 'v.insats_id')
    .selectAll('v')
    .select('i.nummer')
    .where('v.status', 'in', [...statuses])
    .execute();
  rows.sort((a, b) => (a.nummer ?? '\uffff').localeCompare(b.nummer ?? '\uffff', 'sv', { numeric: true }) || a.namn.localeCompare(b.namn, 'sv') || a.id - b.id);
  const result: CheckedVersion[] = [];
  for (const row of rows) {
    const checked = await findingsForContent(db, row, parseContent(row));
    result.push({
      versionId: row.id,
      insatsId: row.insats_id,
      versionNo: row.version_no,
      nummer: row.nummer,
      namn: row.namn,
      status: row.status as VersionStatus,
      findings: checked.findings,
    });
  }
  return result;
}
