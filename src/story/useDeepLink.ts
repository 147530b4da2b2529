import { useEffect, useRef, useState } from 'react';
import type { ChapterId } from '../content/types';
import { parseHash, urlWithChapter } from './hash';
import { holdInPlace } from './holdInPlace';
import { layOutThrough } from './layOutChapters';

/** Ends the hold of the last jump's chapter (a new jump replaces it). */
let releaseHold: (() => void) | null = null;

/** The key under which the reading position is kept in `history.state`. */
const READING_KEY = 'kzReading';

/** Where in a chapter the reader is: px scrolled past the chapter's start (its scroll-margin included). */
interface ReadingPosition {
  id: ChapterId;
  offset: number;
}

/** The document y at which a chapter starts, as a jump to it would scroll. */
function chapterStart(section: HTMLElement): number {
  const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
  return section.getBoundingClientRect().top + window.scrollY - margin;
}

/** The reading position kept for this history entry, if it is in chapter `id`. */
function savedPosition(id: ChapterId): number | null {
  const state: unknown = window.history.state;
  if (!state || typeof state !== 'object' || !(READING_KEY in state)) return null;
  const saved = (state as Record<string, unknown>)[READING_KEY] as Partial<ReadingPosition> | undefined;
  if (!saved || saved.id !== id || typeof saved.offset !== 'number' || !Number.isFinite(saved.offset))
    return null;
  return saved.offset >= 0 ? saved.offset : null;
}

/**
 * Jump (never animate) so that the chapter's state is shown at once, exactly as a reload would show it;
 * `offset` px into the chapter (a reload keeps the reading position).
 */
export function scrollToChapter(id: ChapterId, offset = 0): void {
  const section = document.getElementById(id);
  if (!section) return;
  releaseHold?.();
  // Real heights above the target before measuring the jump; then keep it there (holdInPlace.ts).
  layOutThrough(section);
  if (offset > 0) window.scrollTo({ top: chapterStart(section) + offset, behavior: 'instant' });
  else jumpTo(section);
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
 * Whether the browser itself opened a chapter page at its chapter (CSS `scroll-initial-target`, landing.css):
 * the chapter is at the top of the viewport of a page scrolled down.
 */
function browserLanded(id: ChapterId): boolean {
  const top = document.getElementById(id)?.getBoundingClientRect().top;
  return window.scrollY > 0 && top !== undefined && Math.abs(top) < 2;
}

/**
 * Completes a landing the browser made: only the chapter's scroll margin (below the map on phones) is left
 * to scroll. Unlike {@link scrollToChapter} it lays out no chapter above: the page already stands at the
 * chapter, and the browsers that land by themselves keep it there with scroll anchoring while the chapters
 * above are laid out later (layOutChapters.ts). That layout was most of a chapter page's longest task.
 */
function settleLanding(id: ChapterId): void {
  const section = document.getElementById(id);
  if (!section) return;
  releaseHold?.();
  const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
  const by = section.getBoundingClientRect().top - margin;
  if (Math.abs(by) > 1) window.scrollBy({ top: by, behavior: 'instant' });
  releaseHold = holdInPlace(section);
}

/**
 * Whether the reader is still where the page opened: at the top, or at the chapter the browser scrolled to (its
 * initial scroll target, or the focus on its heading). A reader who scrolled on before the script ran stays put.
 */
function notScrolledAway(id: ChapterId): boolean {
  const section = document.getElementById(id);
  const top = section?.getBoundingClientRect().top;
  return (
    window.scrollY === 0 ||
    (top !== undefined && Math.abs(top) < 2) ||
    // The chapter page focused its chapter's heading on load (Chapter.tsx), which scrolled it into view.
    Boolean(section?.contains(document.activeElement))
  );
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
      function go(fallback: ChapterId | null, jump: boolean): void {
        const hashed = parseHash(window.location.hash);
        const id = hashed ?? (fallback && notScrolledAway(fallback) ? fallback : null);
        if (!id) return;
        // On load (a reload, or Back to this entry) the position kept in the history entry wins over the
        // chapter's start; a new hash is a jump to the chapter's start.
        const offset = jump ? 0 : (savedPosition(id) ?? 0);
        if (!hashed && offset === 0 && browserLanded(id)) settleLanding(id);
        else scrollToChapter(id, offset);
        // A chapter page's own chapter is active from the first render (App's `initial`): forcing it again
        // would re-render the whole story right after hydration for nothing, in the page's longest task.
        if (!jump && id === landing) return;
        setTarget({ id });
      }
      function onHashChange(): void {
        go(null, true);
      }
      go(landing, false);
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
 * Keeps the reading position (chapter and px into it) in the current history entry while the reader scrolls,
 * so that a reload in the middle of a chapter returns there, not to the chapter's start.
 */
export function useKeepReadingPosition(): void {
  useEffect(function keepReadingPosition() {
    let timer = 0;
    const save = () => {
      const id = parseHash(window.location.hash);
      const section = id && document.getElementById(id);
      if (!id || !section) return;
      const offset = Math.round(window.scrollY - chapterStart(section));
      const state: unknown = window.history.state;
      const base = state && typeof state === 'object' ? state : {};
      window.history.replaceState({ ...base, [READING_KEY]: { id, offset } }, '');
    };
    const onScroll = () => {
      window.clearTimeout(timer);
      // Once scrolling pauses: browsers limit how often a page may call replaceState.
      timer = window.setTimeout(save, 250);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return function stopKeepingReadingPosition() {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
    };
  }, []);
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
