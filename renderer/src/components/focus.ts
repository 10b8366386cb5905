// Focus management for keyboard and screen-reader users: after a navigation the page's main heading
// takes focus (so the new page is announced and Tab starts there), and a dialog gives focus back to what
// opened it when it closes.
import { useEffect } from 'react';

/** How long after a navigation the page's heading may still take focus (the page may load in steps). */
const HEADING_FOCUS_MS = 2000;
let headingFocusUntil = 0;

/** Called on every route change (not on the first load): the next page heading to mount takes focus. */
export function requestHeadingFocus(): void {
  headingFocusUntil = Date.now() + HEADING_FOCUS_MS;
}

/** Focus has not been given anywhere on purpose: it is on the page body, the main area or the menu. */
function focusIsUnclaimed(): boolean {
  const a = document.activeElement;
  return !a || a === document.body || a.id === 'main' || !!a.closest('nav') || !a.isConnected;
}

/** For the page's h2: takes focus when a navigation asked for it and nothing else has claimed focus. */
export function focusHeadingIfRequested(heading: HTMLElement | null): void {
  if (!heading || Date.now() > headingFocusUntil || !focusIsUnclaimed()) return;
  heading.focus({ preventScroll: false });
}

/**
 * For a dialog mounted while it is open: remembers what had focus when it opened and gives focus back
 * when it closes (unmounts), when that element is still on the page.
 */
export function useReturnFocus(): void {
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      // After the dialog's own focus trap has let go.
      setTimeout(() => {
        if (opener?.isConnected && focusIsUnclaimedAfterDialog()) opener.focus();
      }, 0);
    };
  }, []);
}

function focusIsUnclaimedAfterDialog(): boolean {
  const a = document.activeElement;
  return !a || a === document.body || a.id === 'main';
}
