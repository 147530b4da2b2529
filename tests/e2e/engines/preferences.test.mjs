// What the reader's browser settings change, in every engine: reduced motion (asked for and not), and the
// page without JavaScript. Both are launch options of the engine (drivers.mjs), so each case has its browser.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHAPTERS,
  PHONE,
  launchEngine,
  scrollToChapter,
  serveDist,
  until,
  waitActive,
  waitForMap,
} from './common.mjs';

let server;

before(async () => {
  server = await serveDist();
});

after(async () => {
  await server?.close();
});

/** Run `test` on a page of a browser launched with `options`; the browser is closed afterwards. */
async function withEngine(options, test) {
  const engine = await launchEngine(options);
  try {
    const page = await engine.open(PHONE);
    try {
      await test(page);
    } finally {
      await page.close();
    }
  } finally {
    await engine.close();
  }
}

const motion = (page) =>
  page.evaluate(() => ({
    query: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    panel: document.querySelector('.panel')?.hasAttribute('data-reduced-motion') ?? null,
    transition: getComputedStyle(document.querySelector('.toc summary')).transitionDuration,
  }));

describe('reduced motion', () => {
  it('is honoured when the reader asks for it: the map jumps, nothing transitions', async () => {
    await withEngine({ reducedMotion: true }, async (page) => {
      await page.goto(`${server.origin}/`);
      await waitForMap(page, 'intro');
      const state = await motion(page);
      assert.equal(state.query, true);
      assert.equal(state.panel, true);
      assert.notEqual(state.transition, '0s');
      await scrollToChapter(page, 'almaty');
      await waitActive(page, 'almaty');
      await waitForMap(page, 'almaty');
      assert.deepEqual(await page.errors(), []);
    });
  });

  it('leaves motion on otherwise: the map flies between chapters', async () => {
    await withEngine({ reducedMotion: false }, async (page) => {
      await page.goto(`${server.origin}/`);
      await waitForMap(page, 'intro');
      const state = await motion(page);
      assert.equal(state.query, false);
      assert.equal(state.panel, false);
      assert.equal(state.transition, '0s');
      await scrollToChapter(page, 'almaty');
      await waitActive(page, 'almaty');
      await waitForMap(page, 'almaty', 15_000);
      assert.deepEqual(await page.errors(), []);
    });
  });
});

describe('without JavaScript', () => {
  for (const lang of ['de', 'en']) {
    it(`${lang}: shows every chapter, its chart tables, one column that fits the phone and the map picture, no live map`, async () => {
      await withEngine({ javascript: false }, async (page) => {
        await page.goto(`${server.origin}/${lang === 'de' ? '' : 'en/'}`);
        const state = await page.evaluate(() => {
          const visible = (el) => Boolean(el && el.checkVisibility({ visibilityProperty: true }));
          return {
            scriptingOff: window.matchMedia('(scripting: none)').matches,
            title: visible(document.querySelector('h1')),
            chapters: [...document.querySelectorAll('section.chapter')].map((section) => ({
              id: section.id,
              title: visible(section.querySelector('h2')),
              paragraphs: [...section.querySelectorAll('p')].filter(visible).length,
              tables: [...section.querySelectorAll('figure table')].filter(visible).length,
              figures: section.querySelectorAll('figure.chart').length,
            })),
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            panels: [...document.querySelectorAll('.map-panel')].filter(visible).length,
            picture: (() => {
              const picture = document.querySelector('.map-picture');
              const box = picture.getBoundingClientRect();
              const inside = (el) => {
                const r = el.getBoundingClientRect();
                return (
                  r.width > 0 &&
                  r.right > box.left &&
                  r.left < box.right &&
                  r.bottom > box.top &&
                  r.top < box.bottom
                );
              };
              // An SVG group's display is not seen by checkVisibility().
              const labels = [...picture.querySelectorAll('.map-picture__labels')]
                .filter((g) => getComputedStyle(g).display !== 'none')
                .flatMap((g) => [...g.querySelectorAll('text')].filter(inside).map((t) => t.textContent));
              return {
                visible: visible(picture),
                size: [Math.round(box.width), Math.round(box.height)],
                aboveStory: box.bottom <= document.getElementById('story').getBoundingClientRect().top + 1,
                shapes: [...picture.querySelectorAll('path')].filter(inside).length,
                labels,
              };
            })(),
          };
        });
        assert.equal(state.scriptingOff, true, 'the page sees scripting: none');
        assert.equal(state.title, true);
        assert.deepEqual(
          state.chapters.map((c) => c.id),
          CHAPTERS,
        );
        for (const chapter of state.chapters) {
          assert.ok(chapter.title, `${chapter.id}: title visible`);
          assert.ok(chapter.paragraphs > 0, `${chapter.id}: paragraphs visible`);
          assert.equal(chapter.tables, chapter.figures, `${chapter.id}: every chart's table visible`);
        }
        assert.ok(state.overflow <= 0, `horizontal overflow ${state.overflow}px`);
        assert.equal(state.panels, 0, 'no live map panel without JavaScript');
        const { picture } = state;
        assert.ok(picture.visible, 'the map picture is visible');
        assert.ok(picture.size[0] >= 300 && picture.size[1] >= 300, `picture size ${picture.size}`);
        assert.ok(picture.aboveStory, 'the picture stands above the story');
        assert.ok(picture.shapes > 20, `shapes drawn: ${picture.shapes}`);
        for (const name of lang === 'de'
          ? ['Kasachstan', 'Almaty', 'Russland']
          : ['Kazakhstan', 'Almaty', 'Russia']) {
          assert.ok(
            picture.labels.some((t) => t.toLowerCase() === name.toLowerCase()),
            `${name} in ${picture.labels}`,
          );
        }
      });
    });
  }

  // CSS `scroll-initial-target` lands only in Chromium; the focus on the chapter's heading (`autofocus`,
  // src/story/Chapter.tsx) lands in every engine: the chapter's heading in view, the chapter filling the screen.
  for (const [path, id] of [
    ['almaty/', 'almaty'],
    ['en/csto/', 'csto'],
  ]) {
    it(`/${path} opens at its chapter`, async () => {
      await withEngine({ javascript: false }, async (page) => {
        await page.goto(`${server.origin}/${path}`);
        const at = (chapterId) => {
          const section = document.getElementById(chapterId).getBoundingClientRect();
          const heading = document.getElementById(`${chapterId}-title`).getBoundingClientRect();
          return {
            section: Math.round(section.top),
            heading: heading.top >= 0 && heading.bottom <= window.innerHeight,
            y: Math.round(window.scrollY),
            height: window.innerHeight,
          };
        };
        const landed = (p) => p.heading && p.y > 1000 && p.section >= -2 && p.section < p.height * 0.6;
        await until(() => page.evaluate(at, id), `${id} in view`, 10_000, landed);
        // Still there a moment later: nothing laid out late has moved it.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const later = await page.evaluate(at, id);
        assert.ok(landed(later), `${id} after a moment: ${JSON.stringify(later)}`);
        assert.equal(new URL(await page.url()).pathname, `/${path}`);
      });
    });
  }
});
