import { useEffect, useState } from 'react';
import type { ChapterId } from '../content/types';
import { browserIntersectionObserver, type IntersectionObserverFactory } from '../lib/observers';
import { chapterAtLine, type SectionBox, type ViewportSource } from './readingLine';

/** Options of {@link useActiveChapter}. */
export interface UseActiveChapterOptions {
  /** Chapter ids in reading order; each must be the id of a rendered `<section>`. */
  ids: readonly ChapterId[];
  /** The chapter before anything is observed (the deep-linked one, or the first). */
  initial: ChapterId;
  /** The reading line as a fraction of the viewport height from the top (0.5 = middle). */
  line?: number;
  /** Creates the observer of the reading line; the browser's by default (jsdom has none: no chapter follows). */
  createIntersectionObserver?: IntersectionObserverFactory;
  /**
   * A chapter to force (deep link, back/forward) before the observer has reported. A new object forces
   * again, even for the same id.
   */
  forced?: { id: ChapterId } | null;
  /**
   * Where the reader's viewport is when the browser cannot tell (an auto-height iframe: the host page scrolls,
   * not this document). While set, it replaces the observer: the chapter is computed from the sections'
   * positions and the virtual viewport. `null` or absent: the browser's viewport and IntersectionObserver.
   */
  viewport?: ViewportSource | null;
}

/** The element after the story (the page's footer): reading it, the reader is past the last chapter. */
export const STORY_END = '[data-story-end]';

/**
 * The active chapter. Nothing else: every state the hook held would re-render the whole story when it
 * changed (it once also tracked progress through the chapter in twentieths, which nobody read but which
 * re-rendered the page on every step while scrolling and once more right after hydration).
 */
export interface ActiveChapter {
  id: ChapterId;
}

/**
 * The chapter at the reading line of the browser's viewport, measured now: the first chapter when the line is
 * above the story (the masthead), the last when it is below it (the page's footer: a jump to the end of the
 * page ends on the last chapter), `null` in a gap.
 */
export function chapterInViewport(ids: readonly ChapterId[], line: number): ChapterId | null {
  const sections = sectionBoxes(ids);
  const lineY = window.scrollY + window.innerHeight * line;
  const first = sections[0];
  if (first && lineY < first.top) return first.id;
  const last = sections[sections.length - 1];
  // Not before layout: unlaid sections have no height, and the line would be below all of them.
  if (last && last.height > 0 && lineY > last.top + last.height) return last.id;
  return chapterAtLine(sections, lineY);
}

/** The rendered chapters' sections in document coordinates, measured now. */
function sectionBoxes(ids: readonly ChapterId[]): SectionBox[] {
  const sections: SectionBox[] = [];
  for (const id of ids) {
    const rect = document.getElementById(id)?.getBoundingClientRect();
    if (rect) sections.push({ id, top: rect.top + window.scrollY, height: rect.height });
  }
  return sections;
}

type SetChapter = (id: ChapterId) => void;

/**
 * Watches the sections cross the reading line with one observer and reports the chapter at the line after
 * every crossing. Returns the disconnect.
 */
function observeReadingLine(
  ids: readonly ChapterId[],
  line: number,
  createObserver: IntersectionObserverFactory,
  setActive: SetChapter,
): () => void {
  const crossing = new Set<ChapterId>();
  const top = Math.round(line * 100);
  const lineObserver = createObserver(
    function onCross(entries) {
      for (const entry of entries) {
        const id = entry.target.id as ChapterId;
        // The page's end (below): its crossing only asks for the chapter to be derived anew.
        if (!ids.includes(id)) continue;
        if (entry.isIntersecting) crossing.add(id);
        else crossing.delete(id);
      }
      // The chapter at the line as the page lies now (the first above the story, the last below it); the
      // crossings only say when to look. Entries can be older than the layout: a CI run's keyboard walk
      // had toll active after a jump, then crackdown 23 ms later with the page still at toll, and nothing
      // crossed again to correct it. Without a layout (jsdom) the measure finds nothing: then the last
      // section in reading order that the entries say touches the line; none keeps the current one.
      const current =
        chapterInViewport(ids, line) ?? [...ids].reverse().find((id) => crossing.has(id)) ?? null;
      if (current) setActive(current);
    },
    // The document as root, not the implicit one: in a cross-origin frame (a fixed-height embed) the
    // implicit root is the host's viewport and the spec drops rootMargin, the reading line (Firefox does).
    { root: document, rootMargin: `-${top}% 0px -${100 - top}% 0px`, threshold: 0 },
  );
  if (!lineObserver) return () => undefined;
  for (const id of ids) {
    const section = document.getElementById(id);
    if (section) lineObserver.observe(section);
  }
  // A jump from the masthead to the footer crosses no section's edge at the line: the end of the page
  // is watched too, so that the jump ends on the last chapter.
  const end = document.querySelector(STORY_END);
  if (end) lineObserver.observe(end);
  return function disconnectObserver() {
    lineObserver.disconnect();
  };
}

/**
 * Back, forward, or a return from the back-forward cache: the browser restores a scroll position, which may
 * cross no line the observer watches (the top of the page). Derives the chapter from where the page is once
 * the browser has scrolled. Returns the clean-up.
 */
function followHistoryMoves(ids: readonly ChapterId[], line: number, setActive: SetChapter): () => void {
  let frame = 0;
  const derive = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const current = chapterInViewport(ids, line);
      if (current) setActive(current);
    });
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) derive();
  };
  window.addEventListener('popstate', derive);
  window.addEventListener('pageshow', onPageShow);
  return function stopFollowingHistoryMoves() {
    cancelAnimationFrame(frame);
    window.removeEventListener('popstate', derive);
    window.removeEventListener('pageshow', onPageShow);
  };
}

/**
 * The one source of truth for scrolling: which chapter crosses the reading line. It is derived from the set of
 * sections that intersect the line *now* (the observer reports each crossing), never accumulated from
 * enter/exit events, so a fast fling, a jump or a reload mid-story always ends on the right chapter.
 * IntersectionObserver is used directly (no scroll listener, no layout reads per scroll event); scrollama would
 * add a dependency for the same few lines and its step events are exactly the accumulated state we avoid.
 */
export function useActiveChapter({
  ids,
  initial,
  line = 0.5,
  createIntersectionObserver = browserIntersectionObserver,
  forced = null,
  viewport = null,
}: UseActiveChapterOptions): ActiveChapter {
  const [active, setActive] = useState<ChapterId>(initial);
  const [forcedSeen, setForcedSeen] = useState<{ id: ChapterId } | null>(null);

  // A forced chapter wins until the observer says otherwise (React's "adjust state on prop change" pattern).
  if (forced && forced !== forcedSeen) {
    setForcedSeen(forced);
    setActive(forced.id);
  }

  useEffect(
    function watchReadingLine() {
      if (!viewport) return observeReadingLine(ids, line, createIntersectionObserver, setActive);
    },
    [ids, line, createIntersectionObserver, viewport],
  );

  useEffect(
    function watchHistoryMoves() {
      if (!viewport) return followHistoryMoves(ids, line, setActive);
    },
    [ids, line, viewport],
  );

  useEffect(
    function followVirtualViewport() {
      if (!viewport) return;
      return viewport.subscribe(function onViewport({ top, height }) {
        const sections = sectionBoxes(ids);
        // Derived from where the sections are now and where the reader looks now; a gap keeps the chapter.
        const current = chapterAtLine(sections, top + height * line);
        if (current) setActive(current);
      });
    },
    [ids, line, viewport],
  );

  return { id: active };
}
