import { FIRST_CHAPTER } from '../../content/structure';
import type { ChapterId } from '../../content/types';
import { parseHash } from '../../story/hash';

/** Options of {@link openChartGate}. */
export interface ChartGateOptions {
  /** Where the charts sit: every element with `data-chart` below it is watched. */
  root: Element;
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

/** The attribute a chart's figure gets once its code runs and React handles its buttons (ChapterGraphic). */
export const CHART_LIVE_ATTRIBUTE = 'data-chart-live';

/** Charts whose table the reader asked for (or, asked twice, away again) before the chart's code ran. */
const tablesAskedFor = new Set<string>();

/**
 * Called by a chart once its code runs: whether the reader pressed its table button before that, an odd
 * number of times (the press is then carried out, not lost). Forgets the request.
 */
export function takeTableRequest(chart: string): boolean {
  return tablesAskedFor.delete(chart);
}

/**
 * The chart whose prerendered table button `event` pressed, while that chart's code does not run yet (no
 * {@link CHART_LIVE_ATTRIBUTE}); null for any other click.
 */
function earlyPress(event: Event, root: Element): string | null {
  const target = event.target;
  if (!(target instanceof Element) || !root.contains(target)) return null;
  const figure = target.closest('.chart-table-toggle')?.closest('[data-chart]');
  const chart = figure?.getAttribute('data-chart');
  if (!figure || !chart || figure.hasAttribute(CHART_LIVE_ATTRIBUTE)) return null;
  return chart;
}

/**
 * Until a chart's code runs, its prerendered table button cannot react: a press on it is remembered for
 * {@link takeTableRequest} and opens the gate at once. Listened for on the document in the capture phase:
 * React stops a click on a part it could not hydrate yet before it bubbles to the root. The listener stays;
 * it ignores charts whose code runs.
 */
function rememberTablePresses(root: Element, open: () => void): void {
  document.addEventListener(
    'click',
    function onEarlyPress(event) {
      const chart = earlyPress(event, root);
      if (!chart) return;
      if (!tablesAskedFor.delete(chart)) tablesAskedFor.add(chart);
      open();
    },
    { capture: true },
  );
}

/** Resolved from the start: what {@link chartsNear} answers for a chart it did not find on the page. */
const NOW = Promise.resolve();

/**
 * Browser only, for a hydrated page (call from the client entry). Per chart, a promise that resolves once
 * the chart comes within `margin` of the viewport (default: one viewport above and below) or the reader
 * presses its table button. Until then the chart keeps its prerendered HTML and runs none of its code (its
 * layouts for every width class are a long task per chart): a chapter page hydrates the charts around the
 * reader, not all nine at once. The HTML gives each chart its final height (`widthClass.ts`), so hydrating
 * one later moves nothing. One observer for all charts, rooted at the document (in a cross-origin frame the
 * implicit root would drop the margin); without IntersectionObserver every chart is near at once.
 */
export function chartsNear(root: Element, margin = '100% 0px 100% 0px'): (chart: string) => Promise<void> {
  const arrive = new Map<string, () => void>();
  const promises = new Map<string, Promise<void>>();
  const figures = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
  for (const figure of figures) {
    const chart = figure.getAttribute('data-chart') ?? '';
    promises.set(chart, new Promise((resolve) => arrive.set(chart, resolve)));
  }
  function near(chart: string): void {
    arrive.get(chart)?.();
    arrive.delete(chart);
  }
  if (typeof IntersectionObserver === 'undefined') {
    for (const chart of [...arrive.keys()]) near(chart);
  } else {
    const observer = new IntersectionObserver(
      function onChartNear(entries) {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          near(entry.target.getAttribute('data-chart') ?? '');
        }
        if (!arrive.size) observer.disconnect();
      },
      { root: document, rootMargin: margin },
    );
    for (const figure of figures) observer.observe(figure);
  }
  document.addEventListener(
    'click',
    function onEarlyPress(event) {
      const chart = earlyPress(event, root);
      if (chart) near(chart);
    },
    { capture: true },
  );
  return (chart) => promises.get(chart) ?? NOW;
}

/**
 * Browser only (call from the client entry). Resolves when the chart code is needed: a chart comes within
 * `margin` of the viewport, the reader scrolls past the intro, or — once `later` resolves — the page opens at
 * a later chapter (a deep link, a chapter page). Without IntersectionObserver it resolves at once. At any
 * time, a press on a chart's table button opens it too (the press is remembered: {@link takeTableRequest}).
 */
export function openChartGate(options: ChartGateOptions): Promise<void> {
  return new Promise((resolve) => {
    rememberTablePresses(options.root, resolve);
    void openWhenNeeded(options).then(resolve);
  });
}

function openWhenNeeded({
  root,
  margin = '0px 0px 100% 0px',
  pageChapter = FIRST_CHAPTER,
  later = Promise.resolve(),
}: ChartGateOptions): Promise<void> {
  const opensAt = parseHash(window.location.hash) ?? pageChapter;
  if (opensAt !== FIRST_CHAPTER) return later;
  return new Promise((resolve) => {
    const slots = root.querySelectorAll('[data-chart]');
    if (typeof IntersectionObserver === 'undefined' || !slots.length) {
      resolve();
      return;
    }
    const intro = document.getElementById(FIRST_CHAPTER);
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
