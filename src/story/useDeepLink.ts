import { useEffect, useRef, useState } from 'react';
import type { ChapterId } from '../content/types';
import { parseHash, urlWithChapter } from '../lib/hash';

/** Jump (never animate) so that the chapter's state is shown at once, exactly as a reload would show it. */
export function scrollToChapter(id: ChapterId): void {
  const section = document.getElementById(id);
  if (!section) return;
  // --- embed: in a frame, scroll this document only; scrollIntoView would scroll the host page too ---
  if (window.self !== window.top) {
    const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
    const top = section.getBoundingClientRect().top + window.scrollY - margin;
    window.scrollTo({ top, behavior: 'instant' });
    return;
  }
  // --- end embed ---
  section.scrollIntoView({ block: 'start', behavior: 'instant' });
}

/**
 * Whether the reader is still where the page opened: at the top (a browser without an initial scroll target)
 * or at the chapter the browser scrolled to. A reader who scrolled on before the script ran stays put.
 */
function notScrolledAway(id: ChapterId): boolean {
  const top = document.getElementById(id)?.getBoundingClientRect().top;
  return window.scrollY === 0 || (top !== undefined && Math.abs(top) < 2);
}

/**
 * The chapter the URL hash asks for: read on load and on back/forward (`hashchange`). A valid hash jumps to
 * its chapter and is returned as a fresh object (so the same id can be forced twice). An invalid hash is
 * ignored: the reader stays where the browser put them (the top), and nothing is logged or rendered.
 * `landing`: the chapter of a chapter page (`…/almaty/`), jumped to on load when the hash names none, as a
 * hash would (the browser may have put it at the top of the viewport already, below the map it belongs).
 */
export function useHashTarget(landing: ChapterId | null = null): { id: ChapterId } | null {
  const [target, setTarget] = useState<{ id: ChapterId } | null>(null);
  useEffect(
    function followHash() {
      function go(fallback: ChapterId | null): void {
        const id =
          parseHash(window.location.hash) ?? (fallback && notScrolledAway(fallback) ? fallback : null);
        if (!id) return;
        scrollToChapter(id);
        setTarget({ id });
      }
      function onHashChange(): void {
        go(null);
      }
      go(landing);
      window.addEventListener('hashchange', onHashChange);
      return function stopFollowingHash() {
        window.removeEventListener('hashchange', onHashChange);
      };
    },
    [landing],
  );
  return target;
}

/**
 * While reading, the hash follows the active chapter with `history.replaceState`, so the back button is not
 * flooded with one entry per chapter. A fresh page at the top keeps its clean URL.
 */
export function useHashFollow(active: ChapterId): void {
  const mounted = useRef(false);
  useEffect(
    function writeHash() {
      // The first run sees the server-rendered default, not a chapter the reader reached.
      if (!mounted.current) {
        mounted.current = true;
        return;
      }
      if (window.location.hash === `#${active}`) return;
      window.history.replaceState(window.history.state, '', urlWithChapter(window.location, active));
    },
    [active],
  );
}
