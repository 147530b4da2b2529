// The Almaty chapters' map in real Chromium: the city detail loads only near those chapters, never with the
// first view; and at every width from 320 to 1440 px, in German and English, no label, key, inset or map
// control overlaps another or is cut by the map's edge (measured from the rendered boxes).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, openPage, scrollToChapter, serveDist } from './harness.mjs';

const WIDTHS = [320, 360, 390, 768, 1280, 1440];
const LANGS = ['de', 'en'];
/** The chapters, and the labels each must show on its map (the close-up's places are in its key). */
const CHAPTERS = {
  almaty: ['city:KZ-ALA', 'place:airport'],
  crackdown: ['city:KZ-ALA', 'place:republicSquare', 'place:airport'],
};
const DETAIL_CHUNK = /\/geodata-almaty-[\w-]+\.js$/;
/** The code of the detail and insets (src/map/almaty/AlmatyExtras.tsx), lazy like the data. */
const EXTRAS_CHUNK = /\/AlmatyExtras-[\w-]+\.js$/;

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

/** Opens an edition and waits for the drawn map. */
async function openStory(lang, options) {
  const opened = await openPage(browser, server.origin, options);
  const requests = [];
  opened.page.on('request', (req) => requests.push(req.url()));
  await opened.page.goto(`${server.origin}/${lang === 'en' ? 'en/' : ''}`);
  await opened.page.waitForSelector('.map-panel[data-map-ready="true"]', { timeout: 30_000 });
  return { ...opened, requests };
}

/** Scrolls to a chapter and waits until its map (camera, detail, insets) has settled. */
async function showChapter(page, id) {
  await scrollToChapter(page, id);
  await page.waitForFunction((c) => document.querySelector('.map-panel')?.dataset.chapter === c, id);
  await page.waitForSelector('path.map-relief', { timeout: 20_000 });
  if (id === 'almaty')
    await page.waitForSelector('.map-closeup path.map-closeup__relief', { timeout: 20_000 });
  // Two frames for the insets to measure themselves after the camera's jump.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/**
 * The map's boxes once they keep still: measured twice 150 ms apart until both agree (at most 5 s). The
 * labels are placed from measured boxes after the camera's jump; one CI run measured them mid-way, with the
 * airport's label still at the edge of the previous view.
 */
async function settledLayout(page) {
  const end = Date.now() + 5000;
  let last = JSON.stringify(await page.evaluate(measure));
  for (;;) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await page.evaluate(measure));
    if (now === last || Date.now() > end) return JSON.parse(now);
    last = now;
  }
}

/** Every box that must stay apart and inside the map, in page px. */
function measure() {
  const panel = document.querySelector('.map-panel').getBoundingClientRect();
  const box = (el, name) => {
    const r = el.getBoundingClientRect();
    return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom, text: el.textContent.trim() };
  };
  const visible = (el) => {
    const style = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0;
  };
  // Labels wholly outside the map (anchors far from the view, such as the Caspian Sea's) are not seen.
  const seen = (el) => {
    const r = el.getBoundingClientRect();
    return r.right > panel.left && r.left < panel.right && r.bottom > panel.top && r.top < panel.bottom;
  };
  const labels = [...document.querySelectorAll('.map-panel .map-label__text')]
    .filter((el) => visible(el) && seen(el))
    .map((el) => box(el, `label ${el.closest('.map-label').dataset.label}`));
  const keys = [...document.querySelectorAll('.map-closeup__key li')].map((el) =>
    box(el, `key ${el.dataset.label}`),
  );
  const insets = [...document.querySelectorAll('.map-closeup, .map-locator')].map((el) =>
    box(el, `inset ${el.dataset.inset}`),
  );
  const controls = [...document.querySelectorAll('.map-panel .leaflet-control')]
    .filter(visible)
    .map((el) => box(el, `control ${el.className.split(' ')[1] ?? el.className}`));
  const dots = [...document.querySelectorAll('.map-closeup__place circle')].map((el) =>
    box(el, 'closeup dot'),
  );
  // The close-up's frame on the map must stay in sight, like a label.
  const frames = [...document.querySelectorAll('.almaty-insets__frame')].map((el) =>
    box(el, 'closeup frame'),
  );
  return {
    panel: { left: panel.left, top: panel.top, right: panel.right, bottom: panel.bottom },
    labels: [...labels, ...frames],
    keys,
    insets,
    controls,
    dots,
  };
}

const overlap = (a, b) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

const inside = (a, outer) =>
  a.left >= outer.left - 0.5 &&
  a.top >= outer.top - 0.5 &&
  a.right <= outer.right + 0.5 &&
  a.bottom <= outer.bottom + 0.5;

/** The problems of one measured map: cut boxes and overlapping pairs. */
export function layoutProblems({ panel, labels, keys, insets, controls, dots }) {
  const problems = [];
  for (const b of [...labels, ...insets, ...controls]) {
    if (!inside(b, panel)) problems.push(`${b.name} "${b.text}" is cut by the map's edge`);
  }
  // Labels against labels, insets and controls; insets against insets and controls.
  const pairs = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) pairs.push([labels[i], labels[j]]);
    for (const other of [...insets, ...controls]) pairs.push([labels[i], other]);
  }
  for (let i = 0; i < insets.length; i++) {
    for (let j = i + 1; j < insets.length; j++) pairs.push([insets[i], insets[j]]);
    for (const control of controls) pairs.push([insets[i], control]);
  }
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) pairs.push([keys[i], keys[j]]);
  for (let i = 0; i < dots.length; i++)
    for (let j = i + 1; j < dots.length; j++) pairs.push([dots[i], dots[j]]);
  for (const [a, b] of pairs) {
    if (overlap(a, b)) problems.push(`${a.name} "${a.text}" overlaps ${b.name} "${b.text}"`);
  }
  return problems;
}

describe('Almaty map', () => {
  it('finds overlaps and cuts in a measured layout (the check itself)', () => {
    const panel = { left: 0, top: 0, right: 100, bottom: 100 };
    const a = { name: 'label a', text: 'A', left: 10, top: 10, right: 40, bottom: 20 };
    const b = { name: 'label b', text: 'B', left: 30, top: 15, right: 60, bottom: 25 };
    const cut = { name: 'label c', text: 'C', left: 90, top: 50, right: 120, bottom: 60 };
    const none = { labels: [], keys: [], insets: [], controls: [], dots: [] };
    assert.deepEqual(layoutProblems({ ...none, panel, labels: [a] }), []);
    assert.equal(layoutProblems({ ...none, panel, labels: [a, b] }).length, 1);
    assert.match(layoutProblems({ ...none, panel, labels: [cut] })[0], /cut/);
    assert.equal(
      layoutProblems({ ...none, panel, labels: [a], insets: [{ ...b, name: 'inset x' }] }).length,
      1,
    );
  });

  it('loads the city detail only near the Almaty chapters, never with the first view', async () => {
    const { page, requests, close, problems } = await openStory('de', { width: 1280, height: 800 });
    try {
      assert.equal(requests.filter((u) => DETAIL_CHUNK.test(u)).length, 0, 'detail loaded at start');
      assert.equal(requests.filter((u) => EXTRAS_CHUNK.test(u)).length, 0, 'extras code loaded at start');
      assert.equal(await page.locator('path.map-relief').count(), 0);
      await scrollToChapter(page, 'trigger');
      await page.waitForFunction(() => document.querySelector('.map-panel')?.dataset.chapter === 'trigger');
      await page.waitForTimeout(500);
      assert.equal(
        requests.filter((u) => DETAIL_CHUNK.test(u)).length,
        0,
        'detail loaded two chapters ahead',
      );
      // One chapter ahead, it loads (but is not drawn: the protests map is the whole country).
      await scrollToChapter(page, 'protests');
      await page.waitForFunction(() => document.querySelector('.map-panel')?.dataset.chapter === 'protests');
      await page.waitForResponse((res) => DETAIL_CHUNK.test(res.url()), { timeout: 10_000 });
      assert.equal(requests.filter((u) => EXTRAS_CHUNK.test(u)).length, 1, 'extras code loaded near');
      assert.equal(await page.locator('path.map-relief').count(), 0);
      await showChapter(page, 'almaty');
      assert.ok((await page.locator('path.map-relief').count()) > 0, 'relief drawn');
      assert.ok((await page.locator('path.map-river').count()) > 0, 'rivers drawn');
      assert.equal(await page.locator('path.map-road--major').count(), 1, 'main roads drawn');
      assert.equal(await page.locator('path.map-road--secondary').count(), 1, 'secondary roads drawn');
      assert.equal(await page.locator('path.map-built-up').count(), 1, 'built-up area drawn');
      // … and explained in the key beside the locator, in the page's language.
      assert.equal(await page.locator('.map-locator [data-key="builtUp"]').innerText(), 'Bebaute Fläche');
      assert.equal(await page.locator('.map-locator [data-key="roads"]').innerText(), 'Hauptstraßen');
      // Under the relief bands (first in the relief's pane: a pane of its own, created late, stopped
      // Chromium's frames), above the land.
      const order = await page.evaluate(() => {
        const paths = [...document.querySelectorAll('.leaflet-story-relief-pane path')];
        const land = Number(getComputedStyle(document.querySelector('.leaflet-story-land-pane')).zIndex);
        const relief = Number(getComputedStyle(document.querySelector('.leaflet-story-relief-pane')).zIndex);
        return {
          builtUp: paths.findIndex((p) => p.classList.contains('map-built-up')),
          firstRelief: paths.findIndex((p) => p.classList.contains('map-relief')),
          landBelow: land < relief,
        };
      });
      assert.ok(
        order.builtUp >= 0 && order.builtUp < order.firstRelief,
        `built-up under relief: ${JSON.stringify(order)}`,
      );
      assert.ok(order.landBelow, 'land < built-up and relief');
      assert.ok(
        (await page.locator('.map-closeup path.map-closeup__street').getAttribute('d')).length > 100,
        'streets in the close-up',
      );
      assert.equal(await page.locator('.map-closeup__key li').count(), 3);
      assert.ok(await page.locator('.leaflet-control-scale').isVisible(), 'scale bar');
      assert.match(await page.locator('.leaflet-control-attribution').innerText(), /OpenStreetMap/);
      // Back in a chapter of the whole country, the detail, the insets and the scale bar are gone.
      await scrollToChapter(page, 'toll');
      await page.waitForFunction(() => document.querySelector('.map-panel')?.dataset.chapter === 'toll');
      await page.waitForFunction(() => !document.querySelector('path.map-relief'));
      assert.equal(await page.locator('.map-closeup, .map-locator, .leaflet-control-scale').count(), 0);
      assert.equal(requests.filter((u) => DETAIL_CHUNK.test(u)).length, 1, 'detail loaded once');
      assert.deepEqual(problems(), { errors: [], foreign: [] });
    } finally {
      await close();
    }
  });

  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      it(`keeps every label, key and inset apart and inside the map at ${width} px (${lang})`, async () => {
        const height = width < 768 ? 844 : 800;
        const { page, close } = await openStory(lang, { width, height, reducedMotion: 'reduce' });
        try {
          for (const [id, wanted] of Object.entries(CHAPTERS)) {
            await showChapter(page, id);
            const measured = await settledLayout(page);
            const shown = measured.labels.map((l) => l.name.replace(/^label /, ''));
            for (const key of wanted) assert.ok(shown.includes(key), `${id}: ${key} not on the map`);
            if (id === 'almaty') assert.equal(measured.dots.length, 3, 'three places in the close-up');
            assert.deepEqual(layoutProblems(measured), [], `${id} at ${width} px (${lang})`);
          }
        } finally {
          await close();
        }
      });
    }
  }
});
