// Print: the story's text with its charts and sources; no controls that do nothing on paper; the live map's
// place taken by its static picture of the page's first view (under the headline) and each chapter's text
// description of its map.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAPTERS, launch, openPage, serveDist } from './harness.mjs';

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

describe('print', () => {
  it('leaves out share, table, theme, language and embed controls and prints every map description', async () => {
    const { page, problems, close } = await openPage(browser, server.origin, { width: 1280, height: 800 });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 15_000 });
    // Charts (and their table buttons) load lazily near the viewport: bring each into the document first.
    for (const id of CHAPTERS) {
      await page.evaluate((chapterId) => document.getElementById(chapterId).scrollIntoView(), id);
      await page.waitForTimeout(100);
    }
    await page.waitForSelector('.chart-table-toggle');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const count = (selector) => [...document.querySelectorAll(selector)].filter(visible).length;
      return {
        share: count('.share-button'),
        table: count('.chart-table-toggle'),
        theme: count('.controls button'),
        language: count('.language-switch a'),
        embed: count('.embed-tools'),
        map: count('.map-panel'),
        picture: count('.map-picture'),
        mapTexts: count('.chapter-map-text'),
        allMapTexts: document.querySelectorAll('.chapter-map-text').length,
        chapters: count('section.chapter h2'),
      };
    });
    assert.ok(shown.allMapTexts > 0, 'chapters describe the map');
    assert.deepEqual(shown, {
      share: 0,
      table: 0,
      theme: 0,
      language: 0,
      embed: 0,
      map: 0,
      picture: 1,
      mapTexts: shown.allMapTexts,
      allMapTexts: shown.allMapTexts,
      chapters: CHAPTERS.length,
    });
    assert.deepEqual(problems().errors, []);
    await close();
  });

  it("prints the map picture of the page's chapter under the headline, after the live map was drawn", async () => {
    const { page, problems, close } = await openPage(browser, server.origin, { width: 1280, height: 800 });
    await page.goto(`${server.origin}/en/reactions/`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 15_000 });
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => {
      const picture = document.querySelector('.map-picture');
      const box = picture.getBoundingClientRect();
      const labels = [...picture.querySelectorAll('.map-picture__labels')].filter(
        (g) => getComputedStyle(g).display !== 'none',
      );
      return {
        chapter: picture.dataset.chapter,
        opacity: getComputedStyle(picture).opacity,
        visibility: getComputedStyle(picture).visibility,
        height: Math.round(box.height),
        aboveStory: box.bottom <= document.getElementById('story').getBoundingClientRect().top + 1,
        belowHeadline: box.top >= document.querySelector('h1').getBoundingClientRect().bottom,
        shapes: [...picture.querySelectorAll('path')].filter((p) => p.getBoundingClientRect().width > 0)
          .length,
        labels: labels.flatMap((g) => [...g.querySelectorAll('text')].map((t) => t.textContent)),
      };
    });
    assert.equal(state.chapter, 'reactions');
    assert.equal(state.opacity, '1');
    assert.equal(state.visibility, 'visible');
    assert.ok(state.height >= 300, `picture height ${state.height}`);
    assert.ok(state.aboveStory && state.belowHeadline, 'between headline and story');
    assert.ok(state.shapes > 20, `shapes ${state.shapes}`);
    for (const name of ['Berlin', 'Brussels', 'Kazakhstan']) {
      assert.ok(
        state.labels.some((t) => t.toLowerCase().includes(name.toLowerCase())),
        `${name} in ${state.labels}`,
      );
    }
    await page.pdf({ format: 'A4' });
    assert.deepEqual(problems().errors, []);
    await close();
  });
});
