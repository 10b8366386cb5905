// The user-triggered steps of a version's lifecycle (Lämna som förslag, Markera redo för beslut, Återta
// till utkast). The nämnd's decisions move versions only through beslut/record (decisions/beslut.ts), and the
// date-driven statuses (gällande, ersatt, utgången) are derived, never stored by a user. Every step is
// checked by the shared state machine against the version's current findings, inside the transaction
// that records it, so what was checked is what is written.
import { ServiceError } from '../../shared/api/envelope';
import type { VersionDto } from '../../shared/api/catalogue-contract';
import { checkTransition, findTransition } from '../../shared/domain/lifecycle';
import { STATUS_LABELS, type VersionStatus } from '../../shared/domain/status';
import { recordAudit } from './audit';
import { getVersion, parseContent, recordStatusEvent, versionRow } from './catalogue';
import { findingsForContent } from './checks';
import { write, type ServiceContext } from './context';

export async function transitionVersion(ctx: ServiceContext, input: { versionId: number; to: VersionStatus; reason?: string }): Promise<VersionDto> {
  await write(ctx, async (trx) => {
    const row = await versionRow(trx, input.versionId);
    const from = row.status as VersionStatus;
    const to = input.to;

    const transition = findTransition(from, to);
    if (transition && transition.trigger === 'decision') {
      throw new ServiceError('refused', `”${transition.label}” görs genom att registrera nämndens beslut i ärendet under Sammanträden och beslut, inte här.`);
    }
    if (transition && transition.trigger === 'date') {
      throw new ServiceError('refused', `”${transition.label}” sker av sig själv utifrån beslutets datum och kan inte göras för hand.`);
    }

    const content = parseContent(row);
    const checked = await findingsForContent(trx, row, content);
    const earlier = await trx
      .selectFrom('insats_version')
      .select('id')
      .where('insats_id', '=', row.insats_id)
      .where('version_no', '<', row.version_no)
      .executeTakeFirst();
    const result = checkTransition({ from, to, findings: checked.findings, content, previousVersionExists: earlier !== undefined });
    if (!result.ok) {
      const step = transition ? `”${transition.label}”` : `Steget till ”${STATUS_LABELS[to]}”`;
      throw new ServiceError(
        'refused',
        `${step} går inte: ${result.reasons.join(' ')}`,
        result.reasons.map((message) => ({ path: 'to', message })),
      );
    }

    const at = ctx.now().toISOString();
    const reason = input.reason?.trim() ?? '';
    await trx.updateTable('insats_version').set({ status: to, updated_at: at }).where('id', '=', row.id).execute();
    await recordStatusEvent(trx, row.id, from, to, at, reason);
    await recordAudit(trx, ctx, {
      entity: 'insats_version',
      entityId: row.id,
      action: 'ändra status',
      before: { status: from },
      after: {
        status: to,
        reason,
        // What the checks said when the step was taken, for whoever reviews the decision later.
        findings: checked.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, field: f.field })),
      },
    });
  });
  return getVersion(ctx, { versionId: input.versionId });
}
