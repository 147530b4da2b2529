// Shared set-up for the browser tests: serve the production build, drive Debian's Chromium with
// playwright-core (no browser download), collect console errors and every request the page makes.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { withSource } from './editions.mjs';

/**
 * Debian's old headless shell (package chromium-headless-shell), the kind of binary Playwright itself runs for
 * headless Chromium. The full browser's headless mode at times stopped producing frames for a page (no
 * requestAnimationFrame for seconds, so no IntersectionObserver and no stable element for a screenshot): CI
 * runs hung for 20 to 60 minutes in the a11y and content-policy walks and timed out an element screenshot.
 * Lighthouse keeps the full browser (scripts/perf/lighthouse.mjs).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/** Serve `dist/` (built by `npm run build`) on a free port; returns its origin and a close function. */
export async function serveDist(port = 0) {
  const server = await preview({
    logLevel: 'silent',
    preview: { port, strictPort: port !== 0, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  const origin = `http://127.0.0.1:${address.port}`;
  return { origin, close: () => new Promise((resolve) => server.httpServer.close(resolve)) };
}

/** The flags this closed network needs (also used by the cross-engine driver, tests/e2e/engines/). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch headless Chromium with the flags this closed network needs. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A page that records console errors, page errors and every request. `problems()` returns what went wrong:
 * console errors, uncaught exceptions and requests that left the page's own origin.
 */
export async function openPage(
  browser,
  origin,
  { width = 1280, height = 800, reducedMotion, colorScheme, bypassCSP = false } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: 1,
    reducedMotion: reducedMotion ?? 'no-preference',
    colorScheme: colorScheme ?? 'light',
    isMobile: width < 600,
    hasTouch: width < 600,
    bypassCSP,
  });
  const page = await context.newPage();
  const errors = [];
  const foreign = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()} ${res.url()}`);
  });
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreign.push(url);
  });
  return {
    page,
    context,
    problems: () => ({ errors, foreign }),
    close: () => context.close(),
  };
}

/** Scroll so that the chapter's section crosses the reading line (60 % of the viewport). */
export async function scrollToChapter(page, id) {
  await page.evaluate((chapterId) => {
    const section = document.getElementById(chapterId);
    const top = section.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.6 + 40, behavior: 'instant' });
  }, id);
}

/**
 * Scrolls to a chapter until it is the active one: a page that has just loaded may still lay out its chapters
 * (one per frame) and grow, so a position measured once can be stale by the time the page scrolls; a reader
 * would simply scroll on. Measures again up to five times, then waits once more and fails as `waitForFunction`
 * does.
 */
export async function reachChapter(page, id) {
  const active = (chapterId) =>
    document.querySelector('main')?.getAttribute('data-active-chapter') === chapterId;
  for (let tries = 0; tries < 5; tries++) {
    await scrollToChapter(page, id);
    try {
      await page.waitForFunction(active, id, { timeout: 3000 });
      return;
    } catch {
      // The layout moved under the measured position: measure again.
    }
  }
  await page.waitForFunction(active, id);
}

/**
 * The chapters in reading order, and each chart with its chapter, from the story's structure
 * (src/content/structure.ts, read through Vite): a chapter or chart added there is tested without editing a
 * list here.
 * @type {{ CHAPTERS: string[], CHARTS: { chapter: string, chart: string }[] }}
 */
export const { CHAPTERS, CHARTS } = await withSource(async (vite) => {
  /** @type {{ STRUCTURE: { id: string, graphic: string | null }[] }} */
  const { STRUCTURE } = await vite.ssrLoadModule('/src/content/structure.ts');
  return {
    CHAPTERS: STRUCTURE.map((chapter) => chapter.id),
    CHARTS: STRUCTURE.flatMap(({ id, graphic }) => (graphic ? [{ chapter: id, chart: graphic }] : [])),
  };
});
