// Small shared state per version between the editor, the Granskning checklist and the lifecycle actions,
// which sit side by side on the insats page:
// - whether the editor holds unsaved changes: a step such as "Lämna som förslag" is checked against the
//   saved version, so it must not be taken while what the user sees differs from what is stored;
// - a revision that goes up when the version's checks may have changed (a save, a dismissal), so each
//   view fetches its findings again.
import { useSyncExternalStore } from 'react';

const unsaved = new Set<number>();
const revisions = new Map<number, number>();
const listeners = new Set<() => void>();

function emit() {
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setUnsaved(versionId: number, value: boolean): void {
  if (unsaved.has(versionId) === value) return;
  if (value) unsaved.add(versionId);
  else unsaved.delete(versionId);
  emit();
}

export function useUnsaved(versionId: number): boolean {
  return useSyncExternalStore(subscribe, () => unsaved.has(versionId));
}

/** The version's checks may have changed (saved content, a dismissal made or undone). */
export function checksChanged(versionId: number): void {
  revisions.set(versionId, (revisions.get(versionId) ?? 0) + 1);
  emit();
}

export function useChecksRevision(versionId: number): number {
  return useSyncExternalStore(subscribe, () => revisions.get(versionId) ?? 0);
}
