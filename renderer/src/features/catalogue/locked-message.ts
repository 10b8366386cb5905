// What a version that cannot be changed says about how to change the insats: the "Ändra (ny version)"
// button is there only while no other version is being worked on; otherwise the open version is named.
import { STATUS_LABELS, type VersionStatus } from '../../../../shared/domain/status';

export const OPEN_STATUSES: readonly string[] = ['utkast', 'aterremitterad', 'forslag', 'redo_for_beslut'];

export function lockedVersionMessage(open: { versionNo: number; status: string } | null): string {
  if (!open) return 'Den här versionen kan inte ändras. Välj ”Ändra (ny version)” för att arbeta fram en ny version.';
  return `Den här versionen kan inte ändras. Ändringar görs i version ${open.versionNo} (${STATUS_LABELS[open.status as VersionStatus].toLowerCase()}), som redan är under arbete – välj den under Version.`;
}
