// A minimal hash router: the app has few screens and must work from file-like origins (app://, 127.0.0.1).
import { useEffect, useState } from 'react';
import { requestHeadingFocus } from './components/focus';

export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Screens can veto leaving (unsaved changes). */
let leaveGuard: (() => boolean) | null = null;
export function setLeaveGuard(guard: (() => boolean) | null) {
  leaveGuard = guard;
}

export function useRoute(): string[] {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    let last = currentPath();
    const onChange = () => {
      const next = currentPath();
      if (next === last) return;
      if (leaveGuard && !leaveGuard()) {
        history.replaceState(null, '', `#${last}`);
        return;
      }
      last = next;
      // Before the new page renders, so its heading takes focus when it mounts.
      requestHeadingFocus();
      setPath(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path.split('/').filter(Boolean);
}
