// What the first view really loads: open the page in Chromium, let it settle (hydration, then the map's
// lazy chunk and its data), and record every response with its body, gzipped here at level 9.
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

/**
 * The responses of one first view, as budget assets.
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
  try {
    await page.goto(url, { waitUntil: 'load' });
    await settle(page, pending);
    return (await Promise.all(bodies)).filter(Boolean);
  } finally {
    await context.close();
  }
}
