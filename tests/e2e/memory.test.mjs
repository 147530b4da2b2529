// The page must not leak while reading: scrolling the whole story down and up again and again must not grow
// the JavaScript heap, measured after garbage collection with the DevTools protocol. Each round trip passes
// every chapter twice, so every chapter layer of the map (Almaty city, CSTO routes, region marks) is created
// and removed twice.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAPTERS, launch, openPage, scrollToChapter, serveDist } from './harness.mjs';

const ROUND_TRIPS = 10;
/** Far above what a page that releases its layers keeps (a few kB of caches), far below the old leak. */
const MAX_GROWTH = 1.5 * 1024 * 1024;

let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** JS heap in use after full garbage collection, and the detached Almaty city paths still reachable. */
async function heapAfterGc(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function visit(page, id, timeout = 5000) {
  await scrollToChapter(page, id);
  await page.waitForFunction(
    (chapterId) => document.querySelector('main')?.getAttribute('data-active-chapter') === chapterId,
    id,
    { timeout },
  );
  // Let the chapter's layers be drawn (they are drawn a slice at a time).
  await page.waitForTimeout(60);
}

async function roundTrip(page, timeout) {
  for (const id of CHAPTERS) await visit(page, id, timeout);
  for (const id of [...CHAPTERS].reverse()) await visit(page, id, timeout);
}

describe('memory while reading', () => {
  it(`grows the heap by less than 1.5 MB over ${ROUND_TRIPS} round trips through the story`, async () => {
    const { page, context, problems, close } = await openPage(browser, server.origin, {
      width: 1280,
      height: 800,
      reducedMotion: 'reduce',
    });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 15_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    // One round trip first: lazily loaded charts, caches and the map's first draws are not a leak. It waits
    // longer per chapter: jumping a chapter every 60 ms while the page is still loading can hold back
    // Chromium's frames for seconds (CI: no chapter change within 5 s; a known defect, see the closing note
    // of session 2). This test measures the heap, so it lets the load settle first.
    await page.waitForTimeout(2000);
    await roundTrip(page, 20_000);
    const start = await heapAfterGc(cdp);
    for (let i = 0; i < ROUND_TRIPS; i++) await roundTrip(page);
    const end = await heapAfterGc(cdp);
    const detached = await page.evaluate(() => document.querySelectorAll('path.map-city').length);
    const mb = (n) => (n / 1024 / 1024).toFixed(2);
    console.log(
      `heap after GC: ${mb(start)} MB -> ${mb(end)} MB (${mb(end - start)} MB), city paths ${detached}`,
    );
    assert.ok(end - start < MAX_GROWTH, `heap grew by ${mb(end - start)} MB`);
    assert.deepEqual(problems().errors, []);
    await close();
  });
});
