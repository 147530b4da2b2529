// Every edition of the registry in real Chromium: its page carries its language, every chapter with its
// title, every chart with its words and data links; the language switch names each edition in its own
// language and keeps the chapter when the reader changes edition; Kazakh and Russian text is set in one font
// per element, Kazakh letters included (no glyph falls back to another font). Run with `npm run test:e2e`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { CHAPTERS, openPage, scrollToChapter } from './harness.mjs';
import { loadContent, serveAndLaunch, squash } from './prerender-helpers.mjs';

const SHOTS = '/tmp/editions-shots/';
const { editions, fillFigures } = await loadContent();
const env = serveAndLaunch();

for (const [i, edition] of editions.entries()) {
  const { pack } = edition;
  const next = editions[(i + 1) % editions.length];

  describe(`the ${edition.lang} edition`, () => {
    it('has its language, every chapter with its title and every chart with its words', async () => {
      const { page, close, problems } = await openPage(env.browser, env.server.origin);
      await page.goto(`${env.server.origin}/${edition.dir}`);
      assert.equal(await page.getAttribute('html', 'lang'), edition.lang);
      const titles = await page.$$eval('section.chapter h2', (hs) => hs.map((h) => h.textContent));
      assert.deepEqual(
        titles,
        CHAPTERS.map((id) => pack.chapters[id].title),
      );
      const firstParagraph = await page.textContent('section#intro p:not(.kicker)');
      assert.equal(
        squash(firstParagraph ?? ''),
        squash(fillFigures(pack.chapters.intro.blocks[0].text, pack)),
      );
      const charts = await page.$$eval('figure.chart', (figs) =>
        figs.map((f) => ({
          chart: f.getAttribute('data-chart'),
          title: f.querySelector('.chart-title')?.textContent ?? '',
          svg: f.querySelector('svg') !== null,
          links: [...f.querySelectorAll('.chart-downloads a')].map((a) => a.getAttribute('href')),
        })),
      );
      assert.equal(charts.length, Object.keys(pack.charts).length);
      for (const chart of charts) {
        assert.equal(chart.title, pack.charts[chart.chart].title, chart.chart);
        assert.ok(chart.svg, `${chart.chart} draws an SVG`);
        for (const href of chart.links)
          assert.match(href, new RegExp(`data/figures\\.${edition.lang}\\.(csv|json)$`));
      }
      const csv = await page.request.get(`${env.server.origin}/data/figures.${edition.lang}.csv`);
      assert.equal(csv.status(), 200);
      assert.deepEqual(problems(), { errors: [], foreign: [] });
      await close();
    });

    it(`names every edition in its own language and keeps the chapter when switching to ${next.lang}`, async () => {
      const { page, close } = await openPage(env.browser, env.server.origin, { reducedMotion: 'reduce' });
      await page.goto(`${env.server.origin}/${edition.dir}#intro`);
      const links = await page.$$eval('nav.language-switch a', (as) =>
        as.map((a) => ({ text: a.textContent, lang: a.lang, hreflang: a.hreflang, current: a.ariaCurrent })),
      );
      assert.deepEqual(
        links,
        editions.map((e) => ({
          text: e.name,
          lang: e.lang,
          hreflang: e.lang,
          current: e.lang === edition.lang ? 'page' : null,
        })),
      );
      // The map exists only once the page has hydrated: from then on the page follows the reader's scrolling
      // (before, the deep link #intro would take the page back to the first chapter).
      await page.waitForSelector('.leaflet-container');
      await scrollToChapter(page, 'csto');
      await page.waitForFunction(() => location.hash === '#csto');
      const link = `nav.language-switch a[hreflang="${next.lang}"]`;
      await page.waitForFunction(
        (sel) => document.querySelector(sel)?.getAttribute('href')?.endsWith('csto/'),
        link,
      );
      // Activated where it is, without scrolling to it: scrolling up to the masthead would make the first
      // chapter the active one (the link follows the chapter being read).
      await page.$eval(link, (a) => a.focus({ preventScroll: true }));
      await page.keyboard.press('Enter');
      // The chapter's own page in the other edition (src/page/chapterPages.ts).
      await page.waitForURL((url) => url.pathname === `/${next.dir}csto/`);
      assert.equal(await page.getAttribute('html', 'lang'), next.lang);
      await page.waitForSelector('.leaflet-container');
      let active;
      for (let tries = 0; tries < 60 && active !== 'csto'; tries++) {
        await page.waitForTimeout(250);
        active = await page.evaluate(() => document.querySelector('section[data-active]')?.id);
      }
      assert.equal(active, 'csto');
      await close();
    });
  });
}

describe('fonts', () => {
  for (const edition of editions.filter((e) => e.lang === 'ru' || e.lang === 'kk')) {
    it(`sets ${edition.lang} text, Kazakh letters included, in one font per element and weight`, async () => {
      const { page, context, close } = await openPage(env.browser, env.server.origin);
      await page.goto(`${env.server.origin}/${edition.dir}`);
      await page.waitForSelector('.leaflet-container');
      // Kazakh's own letters in the story's body text, in its headings and in bold.
      await page.evaluate(() => {
        const letters = 'Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі';
        const paragraph = document.querySelector('section#intro p:not(.kicker)');
        for (const [tag, cls] of [
          ['span', 'font-probe'],
          ['strong', 'font-probe'],
        ]) {
          const el = document.createElement(tag);
          el.className = cls;
          el.textContent = ` ${letters}`;
          paragraph.append(el);
        }
      });
      // The body text is in the web face (src/styles/fonts.css): the probes' bold style loads on demand.
      await page.evaluate(() => document.fonts.ready);
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const selectors = [
        'section#intro p:not(.kicker)',
        '.font-probe',
        'strong.font-probe',
        'section#intro h2',
        'nav.language-switch a[lang="kk"]',
      ];
      const report = {};
      for (const selector of selectors) {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const families = [...new Set(fonts.map((f) => f.familyName))];
        report[selector] = families;
        assert.equal(families.length, 1, `${selector} is set in one font: ${JSON.stringify(fonts)}`);
      }
      // Chromium's ICU words the Kazakh long date as Node's does ("2022 ж. 8 қаңтар"); the page shows the
      // written form the server made, and hydration keeps it.
      const dates = await page.evaluate(() => ({
        icu: new Intl.DateTimeFormat('kk-KZ', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date('2022-01-08T00:00:00Z')),
        sourceLine: document.querySelector('section#toll .chart-source')?.textContent ?? '',
      }));
      console.log(edition.lang, JSON.stringify(dates));
      if (edition.lang === 'kk') assert.match(dates.sourceLine, /2022 жылғы 7 қаңтар/);
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({
        path: `${SHOTS}font-${edition.lang}.png`,
        clip: { x: 0, y: 0, width: 1280, height: 800 },
      });
      console.log(edition.lang, JSON.stringify(report));
      await close();
    });
  }
});
