// The map is there at first paint: the prerendered page carries a static picture of its first view
// (src/page/mapPicture.ts), shown until Leaflet has drawn the same view and then faded out; without JavaScript
// it is the page's map. It must line up with Leaflet's map (same places at the same px), show the page's
// chapter in the page's language with the panel's camera, and follow the theme.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serveDist } from './harness.mjs';

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

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** What the picture shows: its box, drawn shapes, the labels of the camera shown, the live map's presence. */
function pictureState() {
  const visible = (el) => Boolean(el?.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  const picture = document.querySelector('.map-picture');
  const box = picture.getBoundingClientRect();
  const inside = (r) =>
    r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
  // checkVisibility() does not see an SVG group's display.
  const groups = [...picture.querySelectorAll('.map-picture__labels')].filter(
    (g) => getComputedStyle(g).display !== 'none',
  );
  const labels = groups.flatMap((g) =>
    [...g.querySelectorAll('[data-label]')].filter((l) => inside(l.getBoundingClientRect())),
  );
  const region = picture.querySelector('path.map-region');
  return {
    chapter: picture.dataset.chapter,
    visible: visible(picture),
    box: [Math.round(box.width), Math.round(box.height)],
    shapes: [...picture.querySelectorAll('path')].filter((p) => inside(p.getBoundingClientRect())).length,
    regionFill: region ? getComputedStyle(region).fill : null,
    cameras: groups.map((g) => g.getAttribute('class').replace(/.*map-picture__labels--/, '')),
    labels: labels.map((l) => l.dataset.label),
    texts: labels.map((l) => l.textContent),
    scale: getComputedStyle(picture.querySelector('.map-picture__svg')).getPropertyValue('--k').trim(),
    liveMap: visible(document.querySelector('.map-panel')),
  };
}

describe('map picture without JavaScript', () => {
  const cases = [
    // path, chapter, [camera at 390 px, at 1280 px], place labels and names it must show
    [
      '/',
      'intro',
      ['both', 'both'],
      ['place:almaty', 'place:nurSultan'],
      ['Kasachstan', 'Almaty', 'Russland'],
    ],
    [
      '/en/',
      'intro',
      ['both', 'both'],
      ['place:almaty', 'place:nurSultan'],
      ['Kazakhstan', 'Almaty', 'China'],
    ],
    ['/en/trigger/', 'trigger', ['both', 'both'], ['place:zhanaozen', 'place:aktau'], ['Zhanaozen', 'Aktau']],
    [
      '/en/reactions/',
      'reactions',
      ['narrow', 'wide'],
      ['place:berlin', 'place:brussels'],
      ['Berlin', 'Brussels'],
    ],
  ];
  for (const [path, chapter, cameras, places, names] of cases) {
    for (const [i, size] of [PHONE, DESKTOP].entries()) {
      it(`${path} at ${size.width}px shows the ${chapter} picture (${cameras[i]} camera)`, async () => {
        const context = await browser.newContext({ viewport: size, javaScriptEnabled: false });
        const page = await context.newPage();
        const errors = [];
        page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
        page.on('response', (res) => res.status() >= 400 && errors.push(`HTTP ${res.status()} ${res.url()}`));
        await page.goto(`${server.origin}${path}`);
        const state = await page.evaluate(pictureState);
        assert.equal(state.chapter, chapter);
        assert.ok(state.visible, 'the picture is visible');
        assert.ok(state.box[0] >= 300 && state.box[1] >= 250, `a map-sized picture (${state.box})`);
        assert.ok(state.shapes >= 5, `shapes drawn in the picture (${state.shapes})`);
        assert.notEqual(state.regionFill, 'none', "Kazakhstan's regions are filled");
        assert.ok(Number(state.scale) > 0, `the page's picture stylesheet scaled it (--k ${state.scale})`);
        assert.deepEqual(state.cameras, [cameras[i]]);
        for (const place of places) assert.ok(state.labels.includes(place), `${place} in ${state.labels}`);
        for (const name of names) {
          assert.ok(
            state.texts.some((t) => t.toLowerCase().includes(name.toLowerCase())),
            `${name} in ${state.texts}`,
          );
        }
        assert.equal(state.liveMap, false, 'no second (live) map panel for screen readers');
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
});

describe('map picture with JavaScript', () => {
  for (const path of ['/', '/en/trigger/', '/en/reactions/']) {
    for (const size of [PHONE, DESKTOP]) {
      it(`${path} at ${size.width}x${size.height}: shown until Leaflet has drawn, its places where Leaflet's are`, async () => {
        const { page, problems, close } = await openPage(browser, server.origin, size);
        // Hold the Leaflet map's chunk back, to see the page as a slow phone does before the map is drawn.
        let release;
        const held = new Promise((resolve) => (release = resolve));
        await page.route('**/assets/StoryMap-*.js', async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(`${server.origin}${path}`);
        await page.waitForTimeout(300);
        const early = await page.evaluate(() => ({
          ready: document.querySelector('.map-panel').dataset.mapReady,
          picture: getComputedStyle(document.querySelector('.map-picture')).opacity,
          shapes: document.querySelectorAll('.map-picture path').length,
        }));
        assert.equal(early.ready, 'false');
        assert.equal(early.picture, '1', 'the picture shows while the map loads');
        assert.ok(early.shapes >= 5, 'hydration kept the prerendered picture');
        release();
        await page.waitForSelector('[data-map-ready="true"]', { timeout: 20_000 });
        await page.waitForTimeout(600);
        const state = await page.evaluate(() => {
          const centre = (el) => {
            const r = el.getBoundingClientRect();
            return [r.left + r.width / 2, r.top + r.height / 2];
          };
          const picture = document.querySelector('.map-picture');
          const pairs = [...picture.querySelectorAll('[data-label^="place:"]')]
            .filter((el) => el.getBoundingClientRect().width > 0)
            .map((el) => {
              const live = document.querySelector(
                `.map-panel .map-label[data-label="${el.dataset.label}"]:not([hidden]) .map-label__dot`,
              );
              return {
                key: el.dataset.label,
                picture: centre(el.querySelector('.map-picture__dot')),
                live: live ? centre(live) : null,
              };
            });
          return {
            pairs,
            opacity: getComputedStyle(picture).opacity,
            visibility: getComputedStyle(picture).visibility,
          };
        });
        assert.ok(state.pairs.length >= 2, `places to compare: ${JSON.stringify(state.pairs)}`);
        for (const { key, picture, live } of state.pairs) {
          assert.ok(live, `${key} is on the live map`);
          const off = Math.hypot(picture[0] - live[0], picture[1] - live[1]);
          assert.ok(off <= 2, `${key}: picture ${picture} vs map ${live} (${off.toFixed(1)} px apart)`);
        }
        assert.equal(state.opacity, '0', 'the picture faded out once the map was drawn');
        assert.equal(state.visibility, 'hidden');
        assert.deepEqual(problems().errors, [], 'no CSP violation or hydration error');
        await close();
      });
    }
  }

  for (const colorScheme of ['light', 'dark']) {
    it(`${colorScheme}: draws land, Kazakhstan, borders and places in the live map's colours`, async () => {
      const { page, close } = await openPage(browser, server.origin, { ...DESKTOP, colorScheme });
      await page.goto(`${server.origin}/en/`);
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 20_000 });
      const colours = await page.evaluate(() => {
        const pairs = [
          ['path.map-country:not(.map-country--kz)', 'fill'],
          ['path.map-region', 'fill'],
          ['path.map-border', 'stroke'],
          ['path.map-country-line', 'stroke'],
        ];
        return pairs.map(([selector, property]) => [
          selector,
          getComputedStyle(document.querySelector(`.map-picture ${selector}`))[property],
          getComputedStyle(document.querySelector(`.story-map ${selector}`))[property],
        ]);
      });
      for (const [selector, picture, live] of colours) assert.equal(picture, live, selector);
      await close();
    });
  }
});
