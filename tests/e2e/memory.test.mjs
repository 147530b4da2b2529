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

async function visit(page, id) {
  await scrollToChapter(page, id);
  await page.waitForFunction(
    (chapterId) => document.querySelector('main')?.getAttribute('data-active-chapter') === chapterId,
    id,
    { timeout: 5000 },
  );
  // Let the chapter's layers be drawn (they are drawn a slice at a time).
  await page.waitForTimeout(60);
}

async function roundTrip(page) {
  for (const id of CHAPTERS) await visit(page, id);
  for (const id of [...CHAPTERS].reverse()) await visit(page, id);
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
    // One round trip first: lazily loaded charts, caches and the map's first draws are not a leak.
    await roundTrip(page);
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
