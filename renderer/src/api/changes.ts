// Others' changes without a reload: one poll of "changes/since" every few seconds for the whole window,
// shared by every screen that listens. A screen names the kinds it shows (the audit trail's entity
// names) and refreshes when one of them changed; a gap (more, or a restored database) refreshes all.
import { api } from './client';

export const POLL_MS = 2000;

type Listener = { kinds: readonly string[]; onChange(): void };
const listeners = new Set<Listener>();
let cursor: number | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

async function poll(): Promise<void> {
  timer = null;
  try {
    const set = await api('changes/since', { after: cursor });
    const first = cursor === null;
    cursor = set.cursor;
    if (!first && (set.more || set.changes.length > 0)) {
      const kinds = new Set(set.changes.map((c) => c.entity));
      for (const l of Array.from(listeners)) if (set.more || l.kinds.some((k) => kinds.has(k))) l.onChange();
    }
  } catch {
    // A failed poll is retried at the next tick; the screens keep what they show.
  }
  if (listeners.size > 0) timer = setTimeout(() => void poll(), POLL_MS);
}

/** Calls onChange when a change of one of the kinds is committed by anyone; returns the unsubscribe. */
export function onChanges(kinds: readonly string[], onChange: () => void): () => void {
  const listener = { kinds, onChange };
  listeners.add(listener);
  if (timer === null && listeners.size === 1) void poll();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
}
