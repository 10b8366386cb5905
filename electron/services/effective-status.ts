// A decided version's status depends on the date: beslutad before giltig från, gällande while valid,
// ersatt once a later version is in force, utgången after giltig till.
import type { VersionStatus } from '../../shared/domain/status';
import { statusOnDate } from '../../shared/domain/lifecycle';
import type { Trx } from './context';

interface VersionLike {
  id: number;
  insats_id: number;
  version_no: number;
  status: string;
  beslut_id: number | null;
}

export async function effectiveStatuses(db: Trx, rows: VersionLike[], today: string): Promise<Map<number, VersionStatus>> {
  const result = new Map<number, VersionStatus>();
  const decided = rows.filter((r) => r.beslut_id !== null && (r.status === 'beslutad' || r.status === 'gallande'));
  for (const r of rows) result.set(r.id, r.status as VersionStatus);
  if (decided.length === 0) return result;
  const insatsIds = [...new Set(decided.map((r) => r.insats_id))];
  const all = await db
    .selectFrom('insats_version as v')
    .innerJoin('beslut as b', 'b.id', 'v.beslut_id')
    .select(['v.id', 'v.insats_id', 'v.version_no', 'v.status', 'b.giltig_fran', 'b.giltig_till'])
    .where('b.utfall', '=', 'bifall')
    .where('v.insats_id', 'in', insatsIds)
    .execute();
  const byId = new Map(all.map((r) => [r.id, r]));
  // Per insats, the newest version already in force: anything older is superseded (one pass, not n²).
  const newestInForce = new Map<number, number>();
  for (const o of all) {
    if (o.status === 'upphavd' || o.giltig_fran === null || o.giltig_fran > today) continue;
    newestInForce.set(o.insats_id, Math.max(newestInForce.get(o.insats_id) ?? 0, o.version_no));
  }
  for (const r of decided) {
    const own = byId.get(r.id);
    if (!own) continue;
    const superseded = (newestInForce.get(r.insats_id) ?? 0) > r.version_no;
    result.set(
      r.id,
      statusOnDate({ decidedStatus: r.status as VersionStatus, giltigFran: own.giltig_fran, giltigTill: own.giltig_till, today, superseded, revoked: false }),
    );
  }
  return result;
}
