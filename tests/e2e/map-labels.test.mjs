// Browser test of the map's labels, measured from the rendered boxes: in every chapter, at every width from
// 320 to 1440 px, in both languages, no two labels, legends or notes overlap, none is cut by the map's edge,
// no text lies on the bold Russia/China border lines, every place the chapter names is labelled, and the
// border-length labels sit beside their border, outside Kazakhstan.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAPTERS, launch, openPage, serveDist } from './harness.mjs';

/** Widths and heights of the screens the story is checked on. */
export const SCREENS = [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

// `almaty` and `crackdown` get their own close-up of the city on branch `cartomap` (issue 11, item 1); their
// labels are measured here once that branch is merged. Every other chapter is measured now.
const PENDING_CLOSE_UP = new Set(['almaty', 'crackdown']);
const MEASURED = CHAPTERS.filter((id) => !PENDING_CLOSE_UP.has(id));

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

/** Jumps to a chapter by its hash and waits until the map shows it and has placed its labels. */
async function showChapter(page, id) {
  const before = await page.evaluate(
    () => document.querySelector('.story-map__leaflet')?.dataset.labelsPlaced,
  );
  await page.evaluate((chapterId) => {
    window.location.hash = chapterId;
  }, id);
  await page.waitForFunction(
    ({ chapterId, previous }) => {
      const panel = document.querySelector('[data-map-ready="true"]');
      const map = document.querySelector('.story-map__leaflet');
      return (
        panel?.getAttribute('data-chapter') === chapterId &&
        map?.dataset.labelsPlaced &&
        map.dataset.labelsPlaced !== previous &&
        document.querySelector(`[data-label]`)
      );
    },
    { chapterId: id, previous: before },
    { timeout: 15_000 },
  );
  await settle(page);
}

/** Waits until every label box has kept still for three samples in a row. */
async function settle(page) {
  let last = '';
  for (let still = 0, tries = 0; still < 3 && tries < 50; tries++) {
    await page.waitForTimeout(60);
    const now = await page.evaluate(() =>
      JSON.stringify(
        [...document.querySelectorAll('.map-label__text')].map((el) => el.getBoundingClientRect()),
      ),
    );
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/** Everything measured in the page, in viewport pixels. */
function measure() {
  const rect = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  };
  const map = document.querySelector('.story-map__leaflet');
  const frame = rect(map);
  const texts = [...document.querySelectorAll('.map-label')]
    .filter((el) => !el.hidden)
    .map((el) => ({ key: el.dataset.label, box: rect(el.querySelector('.map-label__text')) }));
  const dots = [...document.querySelectorAll('.map-label:not([hidden]) .map-label__dot')].map((el) => ({
    key: el.parentElement.dataset.label,
    box: rect(el),
  }));
  const overlays = [
    ...document.querySelectorAll('.story-map .map-legend, .story-map .leaflet-control-attribution'),
  ]
    .map((el) => ({ key: el.className.split(' ')[0], box: rect(el) }))
    .filter((o) => o.box.w > 0);
  // Points every 3 px along the bold border lines, in viewport pixels: the live map's (the first-paint
  // picture, hidden once the map is drawn, draws the page's first view with the same classes).
  const borderPoints = [];
  for (const path of map.querySelectorAll('path.map-border')) {
    const ctm = path.getScreenCTM();
    const length = path.getTotalLength();
    for (let s = 0; s <= length; s += 3) {
      const p = path.getPointAtLength(s).matrixTransform(ctm);
      borderPoints.push({ x: p.x, y: p.y });
    }
  }
  // Which of the border-length labels' corners lie inside Kazakhstan's regions.
  const regions = [...map.querySelectorAll('path.map-region')];
  const inKazakhstan = (x, y) =>
    regions.some((path) => {
      const inverse = path.getScreenCTM().inverse();
      return path.isPointInFill(new DOMPoint(x, y).matrixTransform(inverse));
    });
  const borderLabels = texts
    .filter((t) => t.key.startsWith('border:'))
    .map(({ key, box }) => ({
      key,
      cornersInside: [
        [box.x + 1, box.y + 1],
        [box.x + box.w - 1, box.y + 1],
        [box.x + 1, box.y + box.h - 1],
        [box.x + box.w - 1, box.y + box.h - 1],
      ].filter(([x, y]) => inKazakhstan(x, y)).length,
    }));
  return { frame, texts, dots, overlays, borderPoints, borderLabels };
}

function overlap(a, b) {
  return (
    Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0.5 &&
    Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.5
  );
}

function distance(box, p) {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.w));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.h));
  return Math.hypot(dx, dy);
}

/** Every collision, cut and misplacement in one chapter's measurements, as readable sentences. */
export function problemsIn(m) {
  const problems = [];
  const boxes = [
    ...m.texts.map((t) => ({ ...t, what: 'text' })),
    ...m.overlays.map((o) => ({ ...o, what: 'overlay' })),
  ];
  for (const [i, a] of boxes.entries()) {
    const { x, y, w, h } = a.box;
    const f = m.frame;
    if (x < f.x - 0.5 || y < f.y - 0.5 || x + w > f.x + f.w + 0.5 || y + h > f.y + f.h + 0.5) {
      problems.push(`${a.key} is cut by the map's edge`);
    }
    for (const b of boxes.slice(i + 1))
      if (overlap(a.box, b.box)) problems.push(`${a.key} overlaps ${b.key}`);
    if (a.what === 'text') {
      for (const dot of m.dots) {
        if (dot.key !== a.key && overlap(a.box, dot.box))
          problems.push(`${a.key} covers the dot of ${dot.key}`);
      }
      const onBorder = m.borderPoints.filter((p) => distance(a.box, p) === 0).length;
      if (onBorder > 0) problems.push(`${a.key} lies on the Russia/China border line (${onBorder} points)`);
    }
  }
  for (const label of m.borderLabels) {
    if (label.cornersInside > 0) problems.push(`${label.key} reaches into Kazakhstan`);
    const box = m.texts.find((t) => t.key === label.key).box;
    const near = Math.min(...m.borderPoints.map((p) => distance(box, p)));
    if (near > 24) problems.push(`${label.key} is ${Math.round(near)} px from its border`);
  }
  return problems;
}

for (const lang of (process.env.LANGS ?? 'de,en').split(',')) {
  describe(`map labels (${lang})`, () => {
    for (const screen of SCREENS.filter(
      (s) => !process.env.WIDTHS || process.env.WIDTHS.split(',').includes(String(s.width)),
    )) {
      it(`collide nowhere and stay inside the map at ${screen.width}x${screen.height}`, async () => {
        const { page, close } = await openPage(browser, server.origin, {
          ...screen,
          reducedMotion: 'reduce',
        });
        try {
          await page.goto(`${server.origin}/${lang === 'de' ? '' : 'en/'}`);
          const found = [];
          for (const id of MEASURED) {
            await showChapter(page, id);
            let m = await page.evaluate(measure);
            if (problemsIn(m).length > 0) {
              // Chapters below are still being laid out one per frame after a jump (layOutChapters.ts) and the
              // map may pass through a neighbour's view meanwhile: judge the view the reader is left with.
              await page.waitForTimeout(800);
              await settle(page);
              m = await page.evaluate(measure);
            }
            assert.equal(await page.getAttribute('.map-panel', 'data-chapter'), id);
            const places = await page.evaluate(() =>
              [...document.querySelectorAll('.map-panel__text li')].map((li) => li.textContent),
            );
            const shown = m.texts.map((t) => t.key);
            // Every place the chapter names keeps its label: never fewer labels than the text needs.
            const placeTexts = await page.evaluate(() =>
              [...document.querySelectorAll('.map-label--place:not([hidden]) .map-label__text')].map(
                (el) => el.textContent,
              ),
            );
            assert.deepEqual(placeTexts.sort(), [...places].sort(), `${id}: labelled places`);
            if (id === 'trigger') {
              assert.ok(shown.includes('water:caspian'), 'trigger names the Caspian Sea');
              assert.ok(shown.includes('region:KZ-MAN'), 'trigger names Mangystau');
            }
            if (id === 'intro') {
              assert.ok(
                shown.includes('country:643') && shown.includes('country:156'),
                'intro names Russia and China',
              );
            }
            if (id === 'toll' || id === 'sources') {
              // Whole-country views: Kazakhstan's name is shown (a label hidden in an earlier chapter once
              // measured 0 × 0 and never came back).
              assert.ok(shown.includes('country:398'), `${id} names Kazakhstan`);
            }
            if (id === 'borders') {
              assert.ok(
                shown.includes('border:643') && shown.includes('border:156'),
                'borders labels both borders',
              );
            }
            for (const problem of problemsIn(m)) found.push(`${id}: ${problem}`);
          }
          assert.deepEqual(found, []);
        } finally {
          await close();
        }
      });
    }
  });
}
