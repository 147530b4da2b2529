import { CHAPTER_IDS } from '../content/types';
import { parseHash } from '../lib/hash';

/** Options of {@link openChartGate}. */
export interface ChartGateOptions {
  /** Where the charts sit: every element with `data-chart` below it is watched. */
  root: ParentNode;
  /** How far below the viewport a chart starts its code loading, as a CSS margin (default one viewport). */
  margin?: string;
}

/**
 * Browser only (call from the client entry). Resolves when the chart code is needed: a chart comes within
 * `margin` of the viewport, the reader scrolls past the intro, or the page opens on a deep link to a later
 * chapter. Without IntersectionObserver it resolves at once.
 */
export function openChartGate({ root, margin = '0px 0px 100% 0px' }: ChartGateOptions): Promise<void> {
  return new Promise((resolve) => {
    const linked = parseHash(window.location.hash);
    const slots = root.querySelectorAll('[data-chart]');
    if (
      (linked && linked !== CHAPTER_IDS[0]) ||
      typeof IntersectionObserver === 'undefined' ||
      !slots.length
    ) {
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
