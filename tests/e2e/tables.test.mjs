// Browser test of the chart tables on a narrow phone: a table wider than the column shows that it scrolls
// sideways (a shadow at the edge where more lies beyond, src/charts/charts.css) and can be scrolled by keyboard;
// a table that fits shows no shadow. The shadow is read from the pixels, with the table's text and rules made
// transparent so that only the background (shadow and covers) is measured.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHARTS, launch, openPage, serveDist } from './harness.mjs';
import { decodeRgb } from '../../scripts/lib/png.mjs';

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

/** Open every chart's table; return, per chart, whether it overflows its scroll box. */
async function openTables(page) {
  const charts = await page.$$eval('figure.chart', (figures) => figures.map((f) => f.dataset.chart));
  const result = [];
  for (const chart of charts) {
    const figure = page.locator(`figure.chart[data-chart="${chart}"]`);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('.chart-table-toggle').click();
    const info = await figure.locator('.chart-table-wrap').evaluate((wrap) => ({
      overflow: wrap.scrollWidth - wrap.clientWidth,
      role: wrap.getAttribute('role'),
      tabindex: wrap.getAttribute('tabindex'),
      label: wrap.getAttribute('aria-label'),
    }));
    result.push({ chart, ...info });
  }
  return result;
}

/**
 * How far the background at the wrap's left and right inner edges is from the card's colour (0-255, the
 * largest channel difference, averaged over the edge strip), at the current scroll position.
 */
async function edgeShade(page, chart) {
  const wrap = page.locator(`figure.chart[data-chart="${chart}"] .chart-table-wrap`);
  await wrap.evaluate((el) => {
    // Below the sticky map (the top 48 % of a phone, when it has not slid away).
    window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.55);
  });
  // The panel may slide away while a chart is read, or come back (src/map/panelYield.ts): wait until it
  // keeps still, then measure only the part of the table that nothing covers.
  let last = '';
  for (let still = 0, tries = 0; still < 3 && tries < 40; tries++) {
    await page.waitForTimeout(80);
    const now = await page.evaluate(() =>
      JSON.stringify(document.querySelector('.panel').getBoundingClientRect()),
    );
    still = now === last ? still + 1 : 0;
    last = now;
  }
  const { box, surface } = await wrap.evaluate((el) => {
    const panel = document.querySelector('.panel').getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const top = Math.max(r.top, panel.bottom + 1);
    const bottom = Math.min(r.bottom, window.innerHeight - 1);
    const rgb = getComputedStyle(el.closest('.chapter-card')).backgroundColor.match(/\d+/g).map(Number);
    return { box: { x: r.x, y: top, width: r.width, height: bottom - top }, surface: rgb };
  });
  assert.ok(box.height >= 20, `${chart}: table in view below the map (${box.height} px)`);
  const png = decodeRgb(
    await page.screenshot({
      clip: {
        x: Math.round(box.x),
        y: Math.round(box.y),
        width: Math.floor(box.width),
        height: Math.floor(box.height),
      },
    }),
  );
  const strip = (from, to) => {
    let sum = 0;
    let n = 0;
    for (let y = 0; y < png.height; y++) {
      for (let x = from; x < to; x++) {
        const i = (y * png.width + x) * 3;
        sum += Math.max(...[0, 1, 2].map((c) => Math.abs(png.rgb[i + c] - surface[c])));
        n++;
      }
    }
    return sum / n;
  };
  return { left: strip(0, 4), right: strip(png.width - 4, png.width) };
}

/** Shade above which a reader sees a shadow: a few levels are antialiasing, a shadow is 20 and more. */
const SEEN = 8;

for (const colorScheme of ['light', 'dark']) {
  describe(`chart tables at 360 px, ${colorScheme}`, () => {
    it('show a shadow where a table runs past the column, none where it fits, and scroll by keyboard', async () => {
      const { page, problems, close } = await openPage(browser, server.origin, {
        width: 360,
        height: 740,
        reducedMotion: 'reduce',
        colorScheme,
      });
      await page.goto(`${server.origin}/`);
      await page.waitForSelector('[data-map-ready="true"]');
      const tables = await openTables(page);
      assert.ok(tables.length >= CHARTS.length, `tables: ${tables.length}`);
      for (const t of tables) {
        assert.equal(t.role, 'region', t.chart);
        assert.equal(t.tabindex, '0', t.chart);
        assert.ok(t.label && t.label.length > 5, `${t.chart}: named region`);
      }
      const wide = tables.filter((t) => t.overflow > 1);
      assert.ok(wide.length > 0, 'at 360 px some table is wider than the column');
      // Only the background is measured: no text, no rules.
      // (CSSOM, which the page's CSP allows, unlike a <style> element.)
      await page.$$eval('.chart-table, .chart-table *', (els) => {
        for (const el of els) {
          el.style.setProperty('color', 'transparent', 'important');
          el.style.setProperty('border-color', 'transparent', 'important');
        }
      });
      for (const t of wide) {
        const start = await edgeShade(page, t.chart);
        assert.ok(start.right > SEEN, `${t.chart}: shadow at the right edge (${start.right.toFixed(1)})`);
        assert.ok(start.left < SEEN, `${t.chart}: no shadow at the left edge yet (${start.left.toFixed(1)})`);
        const wrap = page.locator(`figure.chart[data-chart="${t.chart}"] .chart-table-wrap`);
        await wrap.focus();
        for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
        const scrolled = await wrap.evaluate((el) => el.scrollLeft);
        assert.ok(scrolled > 0, `${t.chart}: the keyboard scrolls the table`);
        await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
        const end = await edgeShade(page, t.chart);
        assert.ok(end.left > SEEN, `${t.chart}: shadow at the left edge at the end (${end.left.toFixed(1)})`);
        assert.ok(
          end.right < SEEN,
          `${t.chart}: no shadow at the right edge at the end (${end.right.toFixed(1)})`,
        );
      }
      // A table that fits: the narrow phone's fitting tables, and at least one made to fit by a wider column.
      const fitting = tables.filter((t) => t.overflow <= 1).map((t) => t.chart);
      if (fitting.length === 0) {
        await page
          .locator(`figure.chart[data-chart="${wide[0].chart}"] .chart-table`)
          .evaluate((el) => el.style.setProperty('font-size', '5px'));
        const overflow = await page
          .locator(`figure.chart[data-chart="${wide[0].chart}"] .chart-table-wrap`)
          .evaluate((el) => el.scrollWidth - el.clientWidth);
        assert.ok(overflow <= 1, `made to fit: ${overflow}`);
        fitting.push(wide[0].chart);
      }
      for (const chart of fitting) {
        const shade = await edgeShade(page, chart);
        assert.ok(shade.left < SEEN && shade.right < SEEN, `${chart}: no shadow (${JSON.stringify(shade)})`);
      }
      assert.deepEqual(problems().errors, []);
      await close();
    });
  });
}
