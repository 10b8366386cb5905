// PLACEHOLDER written by the lead engineer so the app compiles; the lifecycle helper replaces this whole file.
import type { VersionStatus } from './status';
export function statusOnDate(a: { decidedStatus: VersionStatus; giltigFran: string | null; giltigTill: string | null; today: string; superseded: boolean; revoked: boolean }): VersionStatus {
  if (a.revoked) return 'upphavd';
  if (!a.giltigFran || a.today < a.giltigFran) return 'beslutad';
  if (a.giltigTill && a.today > a.giltigTill) return 'utgangen';
  if (a.superseded) return 'ersatt';
  return 'gallande';
}
