import { CHAPTER_IDS, type ChapterId } from '../content/types';
import { parseHash } from '../lib/hash';

/** Options of {@link openChartGate}. */
export interface ChartGateOptions {
  /** Where the charts sit: every element with `data-chart` below it is watched. */
  root: ParentNode;
  /** How far below the viewport a chart starts its code loading, as a CSS margin (default one viewport). */
  margin?: string;
  /** The chapter the page opens at (a chapter page's own chapter; the first chapter on a front page). */
  pageChapter?: ChapterId;
  /**
   * When a page that opens at a later chapter may load the chart code (default: at once). Its charts are on
   * the page prerendered meanwhile; the client entry passes `afterFirstView()`, so the code neither delays
   * nor competes with the first view.
   */
  later?: Promise<void>;
}

/**
 * Browser only (call from the client entry). Resolves when the chart code is needed: a chart comes within
 * `margin` of the viewport, the reader scrolls past the intro, or — once `later` resolves — the page opens at
 * a later chapter (a deep link, a chapter page). Without IntersectionObserver it resolves at once.
 */
export function openChartGate({
  root,
  margin = '0px 0px 100% 0px',
  pageChapter = CHAPTER_IDS[0],
  later = Promise.resolve(),
}: ChartGateOptions): Promise<void> {
  const opensAt = parseHash(window.location.hash) ?? pageChapter;
  if (opensAt !== CHAPTER_IDS[0]) return later;
  return new Promise((resolve) => {
    const slots = root.querySelectorAll('[data-chart]');
    if (typeof IntersectionObserver === 'undefined' || !slots.length) {
      resolve();
      return;
    }
    const intro = document.getElementById(CHAPTER_IDS[0]);
    const observer = new IntersectionObserver(
      function onChartsNear(entries) {
        if (entries.some((entry) => entry.isIntersecting)) open();
      },
      { rootMargin: margin },
    );
    function onScroll(): void {
      if (!intro || intro.getBoundingClientRect().bottom < window.innerHeight / 2) open();
    }
    function onHash(): void {
      if (parseHash(window.location.hash)) open();
    }
    function open(): void {
      observer.disconnect();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onHash);
      resolve();
    }
    slots.forEach((slot) => observer.observe(slot));
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onHash);
  });
}
