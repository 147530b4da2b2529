// Browser tests of state that must not go stale: after Back from a deep link to the top of the page, the map
// shows the first chapter again (not the CSTO routes); a reload in the middle of a chapter keeps the reading
// position instead of snapping to the chapter's start.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serveDist } from './harness.mjs';

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

/**
 * Waits for `condition` in the page, polled on a timer (not on animation frames, which a stalled page stops);
 * a timeout says where the page was: hash, scroll position, active chapter, map chapter, visibility.
 */
async function until(page, what, condition, arg, timeout = 15_000) {
  try {
    await page.waitForFunction(condition, arg, { timeout, polling: 100 });
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        hash: window.location.hash,
        scrollY: Math.round(window.scrollY),
        active: document.querySelector('main')?.getAttribute('data-active-chapter'),
        map: document.querySelector('[data-map-ready]')?.getAttribute('data-chapter'),
        visibility: document.visibilityState,
      }))
      .catch((reason) => String(reason));
    throw new Error(`${what}; the page: ${JSON.stringify(state)}`, { cause: error });
  }
}

async function waitForMap(page, id) {
  await until(
    page,
    `the map shows ${id}`,
    (chapterId) => {
      const panel = document.querySelector('[data-map-ready="true"]');
      return panel?.getAttribute('data-chapter') === chapterId && panel.getAttribute('data-center');
    },
    id,
  );
}

for (const size of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  describe(`history at ${size.width}x${size.height}`, () => {
    it('Back from #csto to the top shows the first chapter on the map again', async () => {
      const { page, problems, close } = await openPage(browser, server.origin, {
        ...size,
        reducedMotion: 'reduce',
      });
      try {
        await page.goto(`${server.origin}/`);
        await waitForMap(page, 'intro');
        // A link to the chapter, as the table of contents makes it: a new history entry.
        await page.evaluate(() => {
          window.location.hash = 'csto';
        });
        await waitForMap(page, 'csto');
        await page.waitForSelector('path.map-route');
        await page.goBack();
        // Back at the top: no hash, or the first chapter's once the hash follows the reading position again.
        await until(
          page,
          'Back restores the top',
          () => ['', '#intro'].includes(window.location.hash) && window.scrollY < 5,
        );
        await waitForMap(page, 'intro');
        assert.equal(await page.locator('path.map-route').count(), 0, 'no CSTO route is left on the map');
        assert.equal(await page.getAttribute('main', 'data-active-chapter'), 'intro');
        // And forward again: the chapter follows the position.
        await page.goForward();
        await waitForMap(page, 'csto');
        assert.deepEqual(problems().errors, []);
      } finally {
        await close();
      }
    });

    it('a reload in the middle of a chapter keeps the reading position', async () => {
      const { page, close } = await openPage(browser, server.origin, { ...size, reducedMotion: 'reduce' });
      try {
        await page.goto(`${server.origin}/#borders`);
        await waitForMap(page, 'borders');
        const start = await page.evaluate(() => window.scrollY);
        // Read on, 300 px into the chapter, and pause.
        await page.evaluate(() => window.scrollBy({ top: 300, behavior: 'instant' }));
        await page.waitForTimeout(600);
        const reading = await page.evaluate(() => window.scrollY);
        assert.ok(reading - start >= 290, `scrolled into the chapter: ${start} → ${reading}`);
        await page.reload();
        await waitForMap(page, 'borders');
        await page.waitForTimeout(300);
        const after = await page.evaluate(() => window.scrollY);
        assert.ok(Math.abs(after - reading) < 40, `reading position ${reading}, after reload ${after}`);
        assert.equal(await page.getAttribute('main', 'data-active-chapter'), 'borders');
      } finally {
        await close();
      }
    });
  });
}
