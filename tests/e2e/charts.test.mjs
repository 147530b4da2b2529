// Browser tests of the charts: every chart visible in its chapter at phone and desktop size, the table
// toggle by keyboard, the CSV/JSON downloads parse and match what the charts show, layout at 320 px, text
// zoom and print. Screenshots of each chart go to tests/e2e/screenshots/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { loadEditions } from './editions.mjs';
import { CHAPTERS, CHARTS, launch, openPage, scrollToChapter, serveDist } from './harness.mjs';

const EDITIONS = await loadEditions();

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

/** A minimal RFC 4180 parser: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

for (const size of [
  { width: 390, height: 844, name: 'phone' },
  { width: 1280, height: 800, name: 'desktop' },
]) {
  describe(`charts at ${size.width}x${size.height}`, () => {
    it('shows every chart in its chapter, drawn, captioned and sourced', async () => {
      const { page, problems, close } = await openPage(browser, server.origin, {
        ...size,
        reducedMotion: 'reduce',
      });
      await page.goto(`${server.origin}/`);
      for (const { chapter: id } of CHARTS) {
        await scrollToChapter(page, id);
        const figure = page.locator(`section#${id} figure.chart`);
        await figure.scrollIntoViewIfNeeded();
        assert.equal(await figure.count(), 1, `one chart in ${id}`);
        const box = await figure.boundingBox();
        assert.ok(
          box && box.width > 200 && box.height > 100,
          `${id}: chart has a size ${JSON.stringify(box)}`,
        );
        assert.ok(box.x >= 0 && box.x + box.width <= size.width + 1, `${id}: chart fits the width`);
        const svg = figure.locator('svg[role="img"]');
        assert.equal(await svg.count(), 1, `${id}: one SVG with role img`);
        const marks = await svg.locator('rect, path, circle, line').count();
        assert.ok(marks > 2, `${id}: the SVG draws marks (${marks})`);
        assert.ok((await figure.locator('figcaption').innerText()).length > 10, `${id}: caption`);
        assert.ok((await figure.locator('.chart-source').innerText()).length > 10, `${id}: source line`);
        await figure.screenshot({ path: new URL(`chart-${size.name}-${id}.png`, SHOTS).pathname });
      }
      assert.deepEqual(problems().errors, []);
      await close();
    });
  });
}

/** Each chart's title-to-source box, the drawing's state, and the bottom edge of the map panel on screen. */
function chartBoxes() {
  const panel = document.querySelector('.panel').getBoundingClientRect();
  return {
    panelBottom: Math.max(0, panel.bottom),
    viewport: window.innerHeight,
    charts: [...document.querySelectorAll('figure.chart')].map((figure) => {
      const top = figure.querySelector('figcaption').getBoundingClientRect().top;
      const bottom = figure.querySelector('.chart-source').getBoundingClientRect().bottom;
      return {
        chart: figure.dataset.chart,
        top,
        bottom,
        height: bottom - top,
        prerendered: figure.querySelector('svg.chart-svg').getAttribute('width') === '320',
      };
    }),
  };
}

// Issue 11 item 5: on a phone the whole chart, title to source line, is in view beside the map panel.
for (const size of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  describe(`charts fit a ${size.width}x${size.height} phone`, () => {
    for (const { lang, dir } of EDITIONS) {
      it(`shows every ${lang} chart whole in the part of the screen the map panel leaves`, async () => {
        const { page, problems, close } = await openPage(browser, server.origin, {
          ...size,
          reducedMotion: 'reduce',
        });
        await page.goto(`${server.origin}/${dir}`);
        // A reader at the second chart has been on the page for seconds: by then every chapter has its real
        // height (layOutChapters.ts). Three clean-clone CI runs failed here with the page 240-280 px off the
        // reading position for 5 s, never a local run; a chapter laid out above the reader after the scroll
        // fits that figure. The check is that a chart fits the screen, so the reader's position is taken
        // again while waiting, as a reader would scroll back to the chart.
        await page.waitForFunction(
          () => !document.querySelector('section.chapter:not([data-laid-out])'),
          undefined,
          {
            timeout: 15_000,
          },
        );
        for (const { chart: id } of CHARTS) {
          // The reading position: the chart's title just under the map panel where the chart fits there, else
          // at the top of the screen, as a reader scrolls a tall chart up (the panel then makes way).
          const readAt = (chart) => {
            const figure = document.querySelector(`figure.chart[data-chart="${chart}"]`);
            const top = figure.querySelector('figcaption').getBoundingClientRect().top;
            const height = figure.querySelector('.chart-source').getBoundingClientRect().bottom - top;
            const panel = document.querySelector('.panel').offsetHeight;
            const at = height <= window.innerHeight - panel - 4 ? panel + 2 : 2;
            window.scrollTo({ top: top + window.scrollY - at, behavior: 'instant' });
          };
          await page.evaluate(readAt, id);
          let state;
          const end = Date.now() + 5000;
          let tries = 0;
          do {
            await page.waitForTimeout(100);
            // Every half second the reader scrolls back to the chart if the page moved under them.
            if (++tries % 5 === 0) await page.evaluate(readAt, id);
            const boxes = await page.evaluate(chartBoxes);
            state = { ...boxes, chart: boxes.charts.find((c) => c.chart === id) };
          } while (
            (state.chart.top < state.panelBottom || state.chart.bottom > state.viewport) &&
            Date.now() < end
          );
          assert.ok(
            state.chart.top >= state.panelBottom - 0.5 && state.chart.bottom <= state.viewport + 0.5,
            `${lang} ${id}: chart ${state.chart.top.toFixed(0)}–${state.chart.bottom.toFixed(0)} px, map panel to ` +
              `${state.panelBottom.toFixed(0)} px, screen ${state.viewport} px`,
          );
        }
        assert.deepEqual(problems().errors, []);
        await close();
      });
    }
  });
}

// Issue 15: the height a reader sees at first paint is the height a chart keeps once its code has drawn it at
// the column's width (prerendered at 320 px, then re-laid out), so nothing moves under the reader.
describe('chart heights before and after the chart code', () => {
  for (const width of [360, 390, 768, 1280]) {
    it(`stay within 2 px at ${width} px, in every chart`, async () => {
      const { page, problems, close } = await openPage(browser, server.origin, {
        width,
        height: 800,
        reducedMotion: 'reduce',
      });
      await page.goto(`${server.origin}/en/`);
      // The prose face first: this compares the server's chart heights with the drawn ones, not the fallback
      // face's wrapping with Literata's (a loaded machine once measured the toll chart 18 px taller before
      // than after at 1280 px, with the page 500 ms old).
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      const before = (await page.evaluate(chartBoxes)).charts;
      assert.equal(before.length, CHARTS.length);
      assert.deepEqual(
        before.filter((c) => !c.prerendered).map((c) => c.chart),
        [],
        'at the top of the page every chart is still the server’s',
      );
      // Each chart runs its code once the reader comes near it (chartsNear): stop at every chart until it is
      // drawn at its measured width.
      for (const { chapter: id } of CHARTS) {
        await page.evaluate((chapter) => {
          const figure = document.querySelector(`section#${chapter} figure.chart`);
          figure.scrollIntoView({ block: 'center', behavior: 'instant' });
        }, id);
        await page.waitForFunction(
          (chapter) =>
            document.querySelector(`section#${chapter} svg.chart-svg`)?.getAttribute('width') !== '320',
          id,
        );
      }
      const after = (await page.evaluate(chartBoxes)).charts;
      for (const [i, chart] of before.entries()) {
        assert.ok(
          Math.abs(after[i].height - chart.height) <= 2,
          `${chart.chart}: ${chart.height.toFixed(1)} px prerendered, ${after[i].height.toFixed(1)} px drawn`,
        );
      }
      assert.deepEqual(problems().errors, []);
      await close();
    });
  }
});

describe('chart code per chart', () => {
  it('runs on a chapter page only for the charts near the reader, and for a far one once the reader nears it', async () => {
    const { page, problems, close } = await openPage(browser, server.origin, {
      width: 390,
      height: 844,
      reducedMotion: 'reduce',
    });
    await page.goto(`${server.origin}/almaty/`);
    const live = () =>
      page.evaluate(() => [...document.querySelectorAll('[data-chart-live]')].map((f) => f.dataset.chart));
    // The chart code arrives after the first view; then the charts within a viewport of the screen run.
    await page.waitForFunction(() => document.querySelector('[data-chart-live]'), undefined, {
      timeout: 15_000,
    });
    await page.waitForTimeout(1500);
    const first = await live();
    const near = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart')]
        .filter((f) => {
          const box = f.getBoundingClientRect();
          return box.bottom > -window.innerHeight && box.top < 2 * window.innerHeight;
        })
        .map((f) => f.dataset.chart),
    );
    assert.deepEqual(first.sort(), near.sort(), 'the charts that run are the ones within a viewport');
    assert.ok(
      first.length >= 1 && first.length <= 3,
      `charts running after the first view: ${first.join(', ')}`,
    );
    assert.ok(!first.includes('sources'), 'the last chart, far below, still prerendered');
    await page.evaluate(() =>
      document.querySelector('figure.chart[data-chart="sources"]').scrollIntoView({ block: 'center' }),
    );
    await page.waitForFunction(() =>
      document.querySelector('figure.chart[data-chart="sources"][data-chart-live]'),
    );
    assert.deepEqual(problems().errors, []);
    await close();
  });
});

describe('chart tables', () => {
  it('open and close with the keyboard and list the same figures', async () => {
    const { page, close } = await openPage(browser, server.origin, { reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/#csto`);
    const figure = page.locator('section#csto figure.chart');
    const toggle = figure.locator('.chart-table-toggle');
    await toggle.focus();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await figure.locator('table').isVisible(), false);
    // Pressed at once, before the chart code has loaded (a deep link loads it after the first view): the
    // press is carried out when the code arrives, not lost.
    assert.equal(await figure.getAttribute('data-chart-live'), null, 'pressed before the chart code ran');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () =>
        document.querySelector('section#csto .chart-table-toggle')?.getAttribute('aria-expanded') === 'true',
      undefined,
      { timeout: 10_000 },
    );
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'chart-table-toggle');
    assert.equal(await figure.locator('table').isVisible(), true);
    const text = await figure.locator('table').innerText();
    for (const expected of ['100', '150', '200', '2.500', 'nicht veröffentlicht']) {
      assert.ok(text.includes(expected), `table shows ${expected}`);
    }
    await page.keyboard.press('Space');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await close();
  });
});

describe('data downloads', () => {
  for (const { lang, dir } of EDITIONS) {
    it(`serve CSV and JSON for ${lang} that parse and match each other and the charts`, async () => {
      const { page, close } = await openPage(browser, server.origin);
      await page.goto(`${server.origin}/${dir}`);
      const links = await page.$$eval('section#toll figure.chart .chart-downloads a', (as) =>
        as.map((a) => a.href),
      );
      assert.equal(links.length, 2);
      const [csvUrl, jsonUrl] = links;
      const csv = parseCsv(await (await page.request.get(csvUrl)).text());
      const json = await (await page.request.get(jsonUrl)).json();
      const header = csv[0];
      const body = csv.slice(1).filter((r) => r.length > 1);
      const records = Array.isArray(json) ? json : json.figures;
      assert.ok(Array.isArray(records) && records.length >= 20, 'JSON lists the figures');
      assert.equal(body.length, records.length, 'CSV and JSON list the same number of figures');
      const col = (name) => header.indexOf(name);
      for (const row of body) {
        const match = records.find((r) => r.id === row[col('id')]);
        assert.ok(match, `JSON has ${row[col('id')]}`);
        const value = row[col('value')] === '' ? null : Number(row[col('value')]);
        assert.equal(value, match.value, `${match.id} value`);
        assert.equal(row[col('qualifier')], match.qualifier, `${match.id} qualifier`);
      }
      // What the toll chart draws equals the downloaded figures.
      const drawn = await page.$$eval('section#toll figure.chart [data-value]', (els) =>
        els.map((e) => Number(e.getAttribute('data-value'))),
      );
      const detained = records.find((r) => r.id === 'detainedMvd');
      assert.ok(drawn.includes(detained.value), `toll chart draws ${detained.value}`);
      await close();
    });
  }
});

describe('reflow', () => {
  it('has no horizontal scroll at 320 CSS px, in every chapter', async () => {
    const { page, close } = await openPage(browser, server.origin, {
      width: 320,
      height: 640,
      reducedMotion: 'reduce',
    });
    await page.goto(`${server.origin}/`);
    for (const id of ['intro', ...CHARTS.map((c) => c.chapter)]) {
      await scrollToChapter(page, id);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${id}: ${overflow}px horizontal overflow at 320px`);
    }
    await close();
  });

  it('stays usable at 200% text size: no horizontal scroll, every chapter title shown', async () => {
    const { page, close } = await openPage(browser, server.origin, {
      width: 640,
      height: 800,
      reducedMotion: 'reduce',
    });
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${overflow}px horizontal overflow at 200% text`);
    const hidden = await page.$$eval('section.chapter h2', (hs) =>
      hs.filter((h) => h.getBoundingClientRect().width < 50).map((h) => h.textContent),
    );
    assert.deepEqual(hidden, []);
    await close();
  });
});

describe('print', () => {
  it('prints the whole narrative with its charts and sources, without the live map panel', async () => {
    const { page, close } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      panel: getComputedStyle(document.querySelector('.map-panel')).visibility,
      chapters: [...document.querySelectorAll('section.chapter')].filter((s) => s.offsetHeight > 0).length,
      charts: [...document.querySelectorAll('figure.chart')].filter((f) => f.offsetHeight > 0).length,
      sources: document.querySelectorAll('.chart-source').length,
    }));
    assert.equal(state.panel, 'hidden');
    assert.equal(state.chapters, CHAPTERS.length);
    assert.equal(state.charts, CHARTS.length);
    assert.equal(state.sources, CHARTS.length);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 50_000, `a real PDF (${pdf.length} bytes)`);
    await close();
  });
});
