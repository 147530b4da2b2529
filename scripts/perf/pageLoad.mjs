// What the first view really loads: open the page in Chromium, let it settle (hydration, then the map's
// lazy chunk and its data), and record every response with its body, gzipped here at level 9. A response
// whose request started after the map reported its first draw (`data-map-ready="true"`) is marked `later`:
// the page asks for it only once its first view is drawn and the browser idles (src/lib/firstView.ts: a
// chapter page's chart code, the Almaty city detail, the footer's code). The budgets count the rest; the report lists both.
import { gzipSync } from 'node:zlib';
import { classify } from '../budgets.mjs';

/** Viewports: the phone is Lighthouse's mobile device (Moto G Power), the desktop a common laptop. */
export const VIEWPORTS = {
  phone: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { width: 1350, height: 940, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
};

/**
 * A fresh browser context of one of the {@link VIEWPORTS}: no cache, no service worker, motion allowed.
 * @param {import('playwright-core').Browser} browser
 * @param {keyof typeof VIEWPORTS} viewport
 */
export function deviceContext(browser, viewport) {
  const { width, height, ...device } = VIEWPORTS[viewport];
  return browser.newContext({
    viewport: { width, height },
    ...device,
    serviceWorkers: 'block',
    reducedMotion: 'no-preference',
  });
}

/** Wait until no request has been in flight for `quietMs` (lazy chunks start after hydration). */
async function settle(page, pending, quietMs = 1000, timeoutMs = 20_000) {
  const start = Date.now();
  let quietSince = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`page did not settle within ${timeoutMs} ms: ${[...pending].join(', ')}`);
}

/** How long after the map's first draw the page may still start a `later` load (idle timeout, and a margin). */
const LATER_WAIT_MS = 2500;

/** In the page before any of its scripts: when the map first reports it is drawn, in page time. */
function recordMapReady() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-map-ready="true"]')) return;
    window.__mapReadyAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * The responses of one page load until it settles, as budget assets; `later` on those the page requested
 * only after its first view was drawn (see above).
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {keyof typeof VIEWPORTS} viewport
 */
export async function measureFirstView(browser, url, viewport) {
  const context = await deviceContext(browser, viewport);
  const page = await context.newPage();
  const pending = new Set();
  const bodies = [];
  page.on('request', (req) => pending.add(req));
  page.on('requestfailed', (req) => pending.delete(req));
  page.on('requestfinished', (req) => {
    bodies.push(
      (async () => {
        try {
          const res = await req.response();
          if (!res || res.status() >= 300 || req.url().startsWith('data:')) return null;
          const body = await res.body();
          return {
            url: req.url(),
            kind: classify({
              url: req.url(),
              resourceType: req.resourceType(),
              contentType: res.headers()['content-type'],
            }),
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          };
        } finally {
          pending.delete(req);
        }
      })(),
    );
  });
  await page.addInitScript(recordMapReady);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, pending);
    // What waits for the first view may wait for idle time up to 2 s (src/lib/firstView.ts): give it that
    // long after the map's first draw, so the report's `later` rows miss nothing.
    if (await page.evaluate(() => window.__mapReadyAt !== undefined)) {
      await page.waitForFunction((wait) => performance.now() > window.__mapReadyAt + wait, LATER_WAIT_MS, {
        timeout: 20_000,
      });
      await settle(page, pending);
    }
    const { readyAt, starts } = await page.evaluate(() => ({
      readyAt: window.__mapReadyAt ?? Infinity,
      starts: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime]),
    }));
    const startOf = new Map(starts);
    return (await Promise.all(bodies))
      .filter(Boolean)
      .map((asset) => ({ ...asset, later: (startOf.get(asset.url) ?? -Infinity) > readyAt }));
  } finally {
    await context.close();
  }
}
