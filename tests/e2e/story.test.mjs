// Browser tests of the story: scrolling, deep links, hostile hashes, the sticky map, no console errors
// and no request leaving the page's origin. Run with `npm run test:e2e` (builds first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { CHAPTERS, launch, openPage, scrollToChapter, serveDist } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url);
let server;
let browser;

before(async () => {
  server = await serveDist();
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function mapState(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('[data-map-ready]');
    return panel
      ? {
          chapter: panel.getAttribute('data-chapter'),
          center: panel.getAttribute('data-center'),
          zoom: panel.getAttribute('data-zoom'),
          ready: panel.getAttribute('data-map-ready'),
        }
      : null;
  });
}

async function waitForMap(page, id) {
  await page.waitForFunction(
    (chapterId) => {
      const panel = document.querySelector('[data-map-ready="true"]');
      return panel && panel.getAttribute('data-chapter') === chapterId && panel.getAttribute('data-center');
    },
    id,
    { timeout: 10_000 },
  );
}

for (const size of [
  { width: 390, height: 844, name: 'phone' },
  { width: 1280, height: 800, name: 'desktop' },
]) {
  describe(`story at ${size.width}x${size.height}`, () => {
    it('scrolls through all eleven chapters: active chapter, hash and map view follow', async () => {
      const { page, problems, close } = await openPage(browser, server.origin, {
        ...size,
        reducedMotion: 'reduce',
      });
      await page.goto(`${server.origin}/`);
      await waitForMap(page, 'intro');
      const views = new Map();
      for (const id of CHAPTERS) {
        await scrollToChapter(page, id);
        await page.waitForFunction(
          (chapterId) => document.querySelector('main')?.getAttribute('data-active-chapter') === chapterId,
          id,
        );
        // The hash is written in an effect after the chapter renders.
        if (id !== 'intro') await page.waitForFunction((chapterId) => location.hash === `#${chapterId}`, id);
        await waitForMap(page, id);
        const state = await mapState(page);
        views.set(id, `${state.center}@${state.zoom}`);
        if (id === 'intro' || id === 'protests' || id === 'sources') {
          await page.screenshot({ path: new URL(`story-${size.name}-${id}.png`, SHOTS).pathname });
        }
      }
      // The camera moved: the story uses several distinct views.
      assert.ok(new Set(views.values()).size >= 6, `distinct views: ${[...views.values()].join(' | ')}`);
      assert.notEqual(views.get('trigger'), views.get('almaty'));
      const { errors, foreign } = problems();
      assert.deepEqual(errors, []);
      assert.deepEqual(foreign, []);
      await close();
    });

    it('lands on the chapter of any far jump, up or down, where the jump put it', async () => {
      // Jumps over unread chapters (a scrollbar drag, a fling): the page must not change its layout under the
      // reader afterwards (as chapters with estimated sizes would) and must name the chapter at the line.
      const { page, close } = await openPage(browser, server.origin, { ...size, reducedMotion: 'reduce' });
      await page.goto(`${server.origin}/`);
      await waitForMap(page, 'intro');
      // The first paint lays out only the chapters near the viewport; by the time the map is drawn, every
      // chapter has been laid out in turn (src/story/layOutChapters.ts) and none is left at its estimate.
      assert.equal(await page.locator('section.chapter:not([data-laid-out])').count(), 0);
      const order = CHAPTERS.map((_, i) => CHAPTERS[(i * 7 + 5) % CHAPTERS.length]);
      for (const id of order) {
        const put = await page.evaluate((chapterId) => {
          const top = document.getElementById(chapterId).getBoundingClientRect().top + window.scrollY;
          window.scrollTo({ top: top - window.innerHeight * 0.6 + 40, behavior: 'instant' });
          return document.getElementById(chapterId).getBoundingClientRect().top;
        }, id);
        await page.waitForTimeout(400);
        const [top, active] = await page.evaluate(
          (chapterId) => [
            document.getElementById(chapterId).getBoundingClientRect().top,
            document.querySelector('main').getAttribute('data-active-chapter'),
          ],
          id,
        );
        assert.ok(Math.abs(top - put) <= 2, `${id}: moved from ${put} to ${top} after the jump`);
        assert.equal(active, id);
      }
      await close();
    });

    it('has no horizontal scroll', async () => {
      const { page, close } = await openPage(browser, server.origin, size);
      await page.goto(`${server.origin}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `overflow ${overflow}px`);
      await close();
    });
  });
}

describe('deep links', () => {
  for (const id of CHAPTERS) {
    it(`opens #${id} on its chapter with its map view`, async () => {
      const { page, problems, close } = await openPage(browser, server.origin, { reducedMotion: 'reduce' });
      await page.goto(`${server.origin}/#${id}`);
      await page.waitForFunction(
        (chapterId) => document.querySelector('main')?.getAttribute('data-active-chapter') === chapterId,
        id,
      );
      await waitForMap(page, id);
      const top = await page.evaluate(
        (chapterId) => document.getElementById(chapterId).getBoundingClientRect().top,
        id,
      );
      assert.ok(top < 800 * 0.6, `section top ${top} should be above the reading line`);
      assert.equal(new URL(page.url()).hash, `#${id}`);
      assert.deepEqual(problems().errors, []);
      await close();
    });
  }

  it('follows back and forward between chapter hashes', async () => {
    const { page, close } = await openPage(browser, server.origin, { reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/#trigger`);
    await page.waitForFunction(
      () => document.querySelector('main')?.getAttribute('data-active-chapter') === 'trigger',
    );
    await page.evaluate(() => {
      window.location.hash = '#csto';
    });
    await page.waitForFunction(
      () => document.querySelector('main')?.getAttribute('data-active-chapter') === 'csto',
    );
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelector('main')?.getAttribute('data-active-chapter') === 'trigger',
    );
    await page.goForward();
    await page.waitForFunction(
      () => document.querySelector('main')?.getAttribute('data-active-chapter') === 'csto',
    );
    await close();
  });

  for (const hash of [
    '#',
    '#unknown',
    `#${'a'.repeat(10_000)}`,
    '#<img src=x onerror=alert(1)>',
    '#%E0%A4%A',
    '#__proto__',
  ]) {
    it(`leaves the reader at the top for the hash ${hash.slice(0, 40)}`, async () => {
      const { page, problems, close } = await openPage(browser, server.origin);
      let dialog = false;
      page.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      await page.goto(`${server.origin}/${hash}`);
      await page.waitForSelector('#intro');
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.scrollY), 0);
      assert.equal(
        await page.evaluate(() => document.querySelector('main').getAttribute('data-active-chapter')),
        'intro',
      );
      assert.equal(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length), 0);
      assert.equal(dialog, false);
      assert.deepEqual(problems().errors, []);
      await close();
    });
  }
});
