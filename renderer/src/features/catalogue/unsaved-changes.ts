// Whether the editor holds changes that are not saved, per version, for the lifecycle actions beside it:
// a step such as "Lämna som förslag" is checked against the saved version, so it must not be taken while
// what the user sees differs from what is stored.
import { useSyncExternalStore } from 'react';

const unsaved = new Set<number>();
const listeners = new Set<() => void>();

export function setUnsaved(versionId: number, value: boolean): void {
  if (unsaved.has(versionId) === value) return;
  if (value) unsaved.add(versionId);
  else unsaved.delete(versionId);
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUnsaved(versionId: number): boolean {
  return useSyncExternalStore(subscribe, () => unsaved.has(versionId));
}
