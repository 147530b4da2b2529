import { useEffect, useRef, useState } from 'react';
import type { ChapterId } from '../content/types';
import { parseHash, urlWithChapter } from '../lib/hash';
import { holdInPlace } from './holdInPlace';
import { layOutThrough } from './layOutChapters';

/** Ends the hold of the last jump's chapter (a new jump replaces it). */
let releaseHold: (() => void) | null = null;

/** Jump (never animate) so that the chapter's state is shown at once, exactly as a reload would show it. */
export function scrollToChapter(id: ChapterId): void {
  const section = document.getElementById(id);
  if (!section) return;
  releaseHold?.();
  // Real heights above the target before measuring the jump; then keep it there (holdInPlace.ts).
  layOutThrough(section);
  jumpTo(section);
  releaseHold = holdInPlace(section);
}

function jumpTo(section: HTMLElement): void {
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
 * The chapter the URL hash asks for: read on load and on back/forward (`hashchange`). A valid hash jumps to
 * its chapter and is returned as a fresh object (so the same id can be forced twice). An invalid hash is
 * ignored: the reader stays where the browser put them (the top), and nothing is logged or rendered.
 */
export function useHashTarget(): { id: ChapterId } | null {
  const [target, setTarget] = useState<{ id: ChapterId } | null>(null);
  useEffect(function followHash() {
    function go(): void {
      const id = parseHash(window.location.hash);
      if (!id) return;
      scrollToChapter(id);
      setTarget({ id });
    }
    go();
    window.addEventListener('hashchange', go);
    return function stopFollowingHash() {
      window.removeEventListener('hashchange', go);
    };
  }, []);
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
