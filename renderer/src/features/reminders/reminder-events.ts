// Acknowledging or snoozing anywhere tells the nav badge and the other lists to reload.
import { useEffect } from 'react';

const EVENT = 'iub:reminders-changed';

export function notifyRemindersChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

export function useRemindersChanged(onChange: () => void): void {
  useEffect(() => {
    window.addEventListener(EVENT, onChange);
    return () => window.removeEventListener(EVENT, onChange);
  }, [onChange]);
}
