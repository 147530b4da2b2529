// The story in every engine (ENGINE=chromium|firefox|webkit, `npm run test:engines`): every chapter at phone
// and desktop width with its map drawn, the hash following and no map word broken; deep links in both
// editions; back and forward; no page error. Screenshots of top, middle and end of each size.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CHAPTERS,
  DESKTOP,
  PHONE,
  activeChapter,
  brokenLabelWords,
  reachChapter,
  servedAndLaunched,
  shotPath,
  until,
  visibleLabels,
  waitActive,
  waitForMap,
} from './common.mjs';

const SHOT_AT = { intro: 'top', crackdown: 'middle', sources: 'end' };
const env = servedAndLaunched();

for (const size of [PHONE, DESKTOP]) {
  for (const lang of ['de', 'en']) {
    it(`${lang} at ${size.width}x${size.height}: every chapter active, hash and map following, no label word broken`, async () => {
      const page = await env.engine.open(size);
      try {
        await page.goto(`${env.server.origin}/${lang === 'de' ? '' : 'en/'}`);
        await waitForMap(page, 'intro');
        const views = new Set();
        let labels = 0;
        for (const id of CHAPTERS) {
          await reachChapter(page, id);
          if (id !== 'intro') {
            await until(async () => new URL(await page.url()).hash === `#${id}`, `hash #${id}`);
          }
          await waitForMap(page, id);
          views.add(
            await page.evaluate(() => {
              const panel = document.querySelector('[data-map-ready]');
              return `${panel.dataset.center}@${panel.dataset.zoom}`;
            }),
          );
          labels += await visibleLabels(page);
          assert.deepEqual(await brokenLabelWords(page), [], `${id}: map words broken inside themselves`);
          if (SHOT_AT[id] && lang === 'de')
            await page.screenshot(await shotPath(`${size.name}-${SHOT_AT[id]}`));
        }
        assert.ok(views.size >= 6, `the camera moved between chapters: ${[...views].join(' | ')}`);
        assert.ok(labels >= CHAPTERS.length, `labels were checked (${labels})`);
        assert.deepEqual(await page.errors(), []);
      } finally {
        await page.close();
      }
    });
  }
}

describe('deep links', () => {
  for (const id of CHAPTERS) {
    it(`opens /#${id} on its chapter with its map view`, async () => {
      const page = await env.engine.open(DESKTOP);
      try {
        await page.goto(`${env.server.origin}/#${id}`);
        await waitActive(page, id);
        await waitForMap(page, id);
        // Still there once every chapter has its real height (layOutChapters.ts): the chapter has not moved.
        await until(
          () => page.evaluate(() => !document.querySelector('section.chapter:not([data-laid-out])')),
          'every chapter laid out',
        );
        const top = await page.evaluate(
          (chapterId) => document.getElementById(chapterId).getBoundingClientRect().top,
          id,
        );
        assert.ok(top >= -2 && top < DESKTOP.height * 0.6, `#${id}: section top ${top}, not at the chapter`);
        assert.equal(await activeChapter(page), id);
        assert.equal(new URL(await page.url()).hash, `#${id}`);
        assert.deepEqual(await page.errors(), []);
      } finally {
        await page.close();
      }
    });
  }

  for (const size of [PHONE, DESKTOP]) {
    it(`opens /en/#csto at ${size.width}x${size.height} on its chapter`, async () => {
      const page = await env.engine.open(size);
      try {
        await page.goto(`${env.server.origin}/en/#csto`);
        await waitActive(page, 'csto');
        await waitForMap(page, 'csto');
        await until(
          () => page.evaluate(() => !document.querySelector('section.chapter:not([data-laid-out])')),
          'every chapter laid out',
        );
        // Give late layout (fonts, charts) a moment to move the page, as it did in WebKit.
        await new Promise((resolve) => setTimeout(resolve, 500));
        const top = await page.evaluate(() => document.getElementById('csto').getBoundingClientRect().top);
        assert.ok(top >= -2 && top < size.height * 0.6, `section top ${top}, not at the chapter`);
        assert.equal(await activeChapter(page), 'csto');
      } finally {
        await page.close();
      }
    });
  }

  // A chapter page opens at its chapter: the browser scrolls there itself (Chromium's `scroll-initial-target`,
  // the focus on the chapter's heading in every engine), then the script puts it below the map on phones.
  for (const [path, id] of [
    ['almaty/', 'almaty'],
    ['en/csto/', 'csto'],
  ]) {
    for (const size of [PHONE, DESKTOP]) {
      it(`opens the chapter page /${path} at ${size.width}x${size.height} on its chapter with its map view`, async () => {
        const page = await env.engine.open(size);
        try {
          await page.goto(`${env.server.origin}/${path}`);
          await waitActive(page, id);
          await waitForMap(page, id);
          await until(
            () => page.evaluate(() => !document.querySelector('section.chapter:not([data-laid-out])')),
            'every chapter laid out',
          );
          // WebKit has no scroll anchoring: while charts and map detail arrive after the first view, the
          // chapter moves for a frame or two until holdInPlace.ts puts it back. It must end up there.
          await until(
            () =>
              page.evaluate(
                (chapterId) => document.getElementById(chapterId).getBoundingClientRect().top,
                id,
              ),
            `/${path}: the section's top near the top of the viewport`,
            10_000,
            (top) => top >= -2 && top < size.height * 0.6,
          );
          assert.equal(await activeChapter(page), id);
          const url = new URL(await page.url());
          assert.equal(`${url.pathname}${url.hash}`, `/${path}`, 'no hash written');
          assert.deepEqual(await page.errors(), []);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('follows back and forward between chapter hashes', async () => {
    // Through the table of contents, as a reader would: WebKit leaves history entries that a script adds
    // without a user gesture out of Back and Forward.
    const page = await env.engine.open(DESKTOP);
    try {
      await page.goto(`${env.server.origin}/#trigger`);
      await waitActive(page, 'trigger');
      await page.click('.toc summary');
      // Clicking the contents scrolls them into view, and the hash follows the chapter there.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const before = new URL(await page.url()).hash.slice(1) || 'intro';
      await waitActive(page, before);
      await page.click('.toc a[href="#csto"]');
      await waitActive(page, 'csto');
      await waitForMap(page, 'csto');
      await page.back();
      await waitActive(page, before);
      await waitForMap(page, before);
      await page.forward();
      await waitActive(page, 'csto');
      await waitForMap(page, 'csto');
      assert.equal(new URL(await page.url()).hash, '#csto');
      assert.deepEqual(await page.errors(), []);
    } finally {
      await page.close();
    }
  });
});
