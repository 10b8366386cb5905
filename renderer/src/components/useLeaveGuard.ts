// Unsaved changes on a screen: leaving it through the router asks with the screen's own message, and
// closing or reloading the window is vetoed (the browser asks; in Electron, electron/main/unsaved-changes.ts).
import { useEffect } from 'react';
import { setLeaveGuard } from '../router';

export function useLeaveGuard(unsaved: () => boolean, message: string): void {
  // Registered again after every render, so the guard reads the form as it is now.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    setLeaveGuard(() => !unsaved() || window.confirm(message));
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  });
}
