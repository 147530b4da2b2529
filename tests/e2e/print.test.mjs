// Print: the story's text with its charts and sources; no controls that do nothing on paper, and the map's
// place taken by each chapter's text description of it.
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
        map: count('.panel'),
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
      mapTexts: shown.allMapTexts,
      allMapTexts: shown.allMapTexts,
      chapters: CHAPTERS.length,
    });
    assert.deepEqual(problems().errors, []);
    await close();
  });
});
