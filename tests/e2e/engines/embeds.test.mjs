// The two embeds in every engine, on a host page of another origin (a second 127.0.0.1 port): the fixed-height
// frame scrolls inside itself and its chapters follow; the auto-height frame grows to its content, follows
// the host's scrolling, keeps its map panel in view and tells the host its chapter.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, launchEngine, serveDist, serveHosts, shotPath, until } from './common.mjs';

let explainer;
let hosts;
let engine;

before(async () => {
  explainer = await serveDist();
  hosts = await serveHosts();
  engine = await launchEngine();
});

after(async () => {
  await engine?.close();
  await hosts?.close();
  await explainer?.close();
});

/** Open a demo host page with the story framed in it; resolves once the frame's story has rendered. */
async function openHost(name, size, query = {}) {
  const page = await engine.open(size);
  const params = new URLSearchParams({ explainer: `${explainer.origin}/`, ...query });
  await page.goto(`${hosts.origin}/${name}?${params}`);
  await until(() => page.hasFrame(explainer.origin), 'the explainer frame is there');
  await until(
    () =>
      page
        .inFrame(explainer.origin, () => Boolean(document.querySelector('main[data-active-chapter]')))
        .catch(() => false),
    'the story rendered in the frame',
  );
  return page;
}

const frameState = (page) =>
  page.inFrame(explainer.origin, () => {
    const panel = document.querySelector('[data-map-ready="true"]');
    return {
      active: document.querySelector('main').getAttribute('data-active-chapter'),
      map: panel ? panel.getAttribute('data-chapter') : null,
      height: document.body.getBoundingClientRect().height,
      panelTop: document.querySelector('.page > .panel').getBoundingClientRect().top,
    };
  });

const hostState = (page) =>
  page.evaluate(() => {
    const frame = document.querySelector('iframe').getBoundingClientRect();
    return {
      frameTop: frame.top,
      frameHeight: frame.height,
      innerHeight: window.innerHeight,
      chapter: document.getElementById('host-chapter')?.textContent ?? null,
    };
  });

/** Scroll the host so that the chapter's section (inside the frame) crosses the frame's reading line (60 %). */
async function hostScrollToChapter(page, id) {
  const sectionTop = await page.inFrame(
    explainer.origin,
    (chapterId) => document.getElementById(chapterId).getBoundingClientRect().top + window.scrollY,
    id,
  );
  await page.evaluate((top) => {
    const frameTop = document.querySelector('iframe').getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: frameTop + top - window.innerHeight * 0.6 + 40, behavior: 'instant' });
  }, sectionTop);
}

/**
 * Scrolls the host to a chapter of the frame until frame and host show it. A frame that has just loaded still
 * lays out its chapters (one per frame) and hydrates its charts, so it may grow after the position was
 * measured (CI: the host landed in `borders` instead of `csto`); a reader would scroll on, and so does the test.
 */
async function hostReachChapter(page, id) {
  const atChapter = (s) => s.active === id && s.map === id && s.chapter === id;
  const state = async () => ({ ...(await hostState(page)), ...(await frameState(page)) });
  for (let tries = 0; tries < 5; tries++) {
    await hostScrollToChapter(page, id);
    try {
      return await until(state, `frame and host at ${id}`, 3000, atChapter);
    } catch {
      // The layout moved under the measured position: measure again.
    }
  }
  return until(state, `frame and host at ${id}`, 10_000, atChapter);
}

for (const size of [PHONE, DESKTOP]) {
  it(`fixed height at ${size.width}x${size.height}: the story scrolls in its frame, chapter and map follow`, async () => {
    const page = await openHost('fixed.html', size);
    try {
      await until(
        () => frameState(page),
        'map drawn in the frame',
        10_000,
        (s) => s.map === 'intro',
      );
      for (const id of ['almaty', 'csto']) {
        await page.inFrame(
          explainer.origin,
          (chapterId) => {
            const top = document.getElementById(chapterId).getBoundingClientRect().top + window.scrollY;
            window.scrollTo({ top: top - window.innerHeight * 0.6 + 40, behavior: 'instant' });
          },
          id,
        );
        await until(
          () => frameState(page),
          `frame at ${id} with its map`,
          10_000,
          (s) => s.active === id && s.map === id,
        );
      }
      if (size === PHONE) await page.screenshot(await shotPath('embed-fixed-phone'));
      assert.deepEqual(await page.errors(), []);
    } finally {
      await page.close();
    }
  });

  it(`auto height at ${size.width}x${size.height}: the frame grows to its content and follows the host`, async () => {
    const page = await openHost('auto.html', size);
    try {
      await until(async () => {
        const [outer, inner] = [await hostState(page), await frameState(page)];
        return Math.abs(outer.frameHeight - inner.height) <= 2 && inner.height > 5000;
      }, 'the frame is as tall as its content');
      for (const id of ['trigger', 'almaty', 'csto']) {
        await hostReachChapter(page, id);
        // The map panel sticks to the host's viewport: its top is where the frame's visible part begins.
        await until(async () => {
          const [outer, inner] = [await hostState(page), await frameState(page)];
          const top = outer.frameTop + inner.panelTop;
          return top >= -2 && top <= Math.max(0, outer.frameTop) + 2;
        }, `map panel in view at ${id}`);
        if (id === 'almaty' && size === PHONE) await page.screenshot(await shotPath('embed-auto-phone'));
      }
      assert.deepEqual(await page.errors(), []);
    } finally {
      await page.close();
    }
  });
}
