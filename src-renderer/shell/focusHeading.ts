import { useEffect, useRef } from 'react';

const MAIN = 'main-content';

/**
 * Focuses the main content's first heading (made focusable for it), or with `orMain` the main content itself when
 * there is no heading yet, and shows the top of the page. Whether a heading took the focus.
 */
export function focusMainHeading(orMain = false): boolean {
  const main = document.getElementById(MAIN);
  // A shown heading: one React keeps hidden (display: none) while something beside it suspends does not count.
  const heading = [...(main?.querySelectorAll<HTMLElement>('h1') ?? [])].find((h) => h.getClientRects().length > 0) ?? null;
  const target = heading ?? (orMain ? main : null);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  window.scrollTo({ top: 0 });
  return heading !== null;
}

/** Focus nowhere in particular: on the page itself, in the header, or on a link (the one that navigated). */
function focusIsIdle(): boolean {
  const active = document.activeElement;
  if (!active || active === document.body) return true;
  if (active.closest('[role="dialog"], input, textarea, select, [contenteditable="true"]')) return false;
  return active.closest('header') !== null || active.tagName === 'A' || active.closest('#' + MAIN) === null;
}

/**
 * After the advisor moves to another screen, focus goes to its heading once it has loaded (a screen shows a loader,
 * without a heading, until its data is there), so that keyboard and screen-reader users start at the top of it.
 * The first screen after start is left alone: the browser puts focus at the start of the page already.
 */
export function useFocusOnNavigation(screenKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      // A few seconds at most: a screen that never loads keeps the focus where it was; so does a field or dialog the
      // advisor has moved to meanwhile (only focus left on the page, the header or the old screen's link moves).
      if (!focusIsIdle() || focusMainHeading() || ++frames > 240) return;
      handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [screenKey]);
}

export { MAIN as MAIN_CONTENT_ID };
