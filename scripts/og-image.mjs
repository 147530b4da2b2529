#!/usr/bin/env node
/**
 * Makes the sharing cards (1200×630), screenshot by headless Chromium (Debian's, through playwright-core):
 * - public/og-<lang>.png, each edition's front page: the edition's kicker, title and description next to a
 *   small locator map of Kazakhstan (outlines from world-atlas, Natural Earth, public domain);
 * - public/og/<lang>/<chapter>.png, each chapter page: the chapter's kicker and headline next to its map, drawn
 *   by src/page/card.ts from the page's own geodata, camera, labels and styles, in the edition's language.
 * Words come from the language packs, colours from src/styles/tokens.css. Every edition and chapter the build
 * publishes gets its cards, and the SHA-256 of each chapter card's HTML goes to scripts/lib/og-cards.json:
 * tests/unit/ogCards.test.ts fails when a card is missing or its words, camera, geodata or styles changed
 * since. Re-run after such a change: `npm run og-image`; the PNGs are committed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { createServer } from 'vite';
import { launch } from '../tests/e2e/harness.mjs';
import { CARD_DIGESTS_FILE, cardDigest, readCardStyles } from './lib/cards.mjs';
import { toPalettePng } from './lib/png.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const WIDTH = 1200;
const HEIGHT = 630;
const KAZAKHSTAN = '398';

/** The locator map's window: [west, south, east, north] in degrees, and its size in px. */
const BOX = [40, 34, 96, 58];
const MAP = { width: 470, height: 330 };

/** Equirectangular with the scale true at the box's middle latitude: enough for a locator this small. */
function projector([west, south, east, north], { width, height }) {
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const k = Math.min(width / ((east - west) * squeeze), height / (north - south));
  return ([lon, lat]) => [(lon - west) * squeeze * k, (north - lat) * k];
}

function pathOf(geometry, project) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((rings) =>
      rings.map(
        (ring) =>
          'M' +
          ring
            .map(project)
            .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
            .join('L') +
          'Z',
      ),
    )
    .join('');
}

async function locatorMap() {
  const topology = JSON.parse(
    await readFile(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  );
  const project = projector(BOX, MAP);
  const countries = feature(topology, topology.objects.countries).features.filter((f) => f.geometry);
  const others = countries.filter((f) => f.id !== KAZAKHSTAN).map((f) => pathOf(f.geometry, project));
  const kz = countries.find((f) => f.id === KAZAKHSTAN);
  const [ax, ay] = project([76.9453, 43.2383]); // Almaty, Republic Square (facts.md §3)
  return `<svg viewBox="0 0 ${MAP.width} ${MAP.height}" width="${MAP.width}" height="${MAP.height}" aria-hidden="true">
    <rect width="100%" height="100%" fill="var(--water)"/>
    <path d="${others.join('')}" fill="var(--land)" stroke="var(--region-line)" stroke-width="0.8"/>
    <path d="${pathOf(kz.geometry, project)}" fill="var(--highlight-fill)" stroke="var(--highlight)" stroke-width="2.5"/>
    <circle cx="${ax.toFixed(1)}" cy="${ay.toFixed(1)}" r="7" fill="var(--highlight)" stroke="var(--halo)" stroke-width="2.5"/>
  </svg>`;
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function card(pack, tokens, map) {
  return `<!doctype html><html lang="${pack.lang}"><head><meta charset="utf-8"><style>
${tokens}
html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; }
body { display: grid; grid-template-columns: 1fr ${MAP.width}px; gap: 48px; align-items: center;
  box-sizing: border-box; padding: 64px; background: var(--bg); color: var(--text);
  border-top: 14px solid var(--accent); font-family: system-ui, 'DejaVu Sans', sans-serif; }
.kicker { margin: 0 0 18px; color: var(--accent); font-size: 24px; font-weight: 700; letter-spacing: 0.04em;
  text-transform: uppercase; }
h1 { margin: 0 0 22px; font-size: 50px; line-height: 1.08; letter-spacing: -0.01em; }
.dek { margin: 0; color: var(--muted); font: 24px/1.4 Georgia, 'DejaVu Serif', serif; }
.site { margin: 28px 0 0; color: var(--muted); font-size: 20px; font-weight: 700; }
svg { display: block; border: 1px solid var(--rule); }
</style></head><body>
<div><p class="kicker">${escape(pack.ui.published)}</p><h1>${escape(pack.meta.title)}</h1>
<p class="dek">${escape(pack.meta.description)}</p><p class="site">${escape(pack.meta.siteName)}</p></div>
${map}
</body></html>`;
}

const vite = await createServer({
  root,
  logLevel: 'error',
  server: { middlewareMode: true },
  appType: 'custom',
});
const browser = await launch();
try {
  const { AVAILABLE_EDITIONS, loadPack } = await vite.ssrLoadModule('/src/page/editions.ts');
  const { cardPath, isFrontPage, storyPages } = await vite.ssrLoadModule('/src/page/chapterPages.ts');
  const { cardHtml, cardLabelRequests } = await vite.ssrLoadModule('/src/page/card.ts');
  const { placeLabels } = await vite.ssrLoadModule('/src/map/placement.ts');
  const tokens = await readFile(join(root, 'src/styles/tokens.css'), 'utf8');
  const styles = await readCardStyles(root);
  const map = await locatorMap();
  // The light palette: previews are shown on every kind of background, and light reads best as a thumbnail.
  const context = await browser.newContext({
    viewport: { width: WIDTH, height: HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  /** Screenshots a card; fails when its text does not fit. */
  async function shoot(html, file, name) {
    await page.setContent(html, { waitUntil: 'load' });
    const overflow = await page.evaluate(() => {
      const words = document.querySelector('.words') ?? document.body;
      return Math.max(
        document.body.scrollHeight - window.innerHeight,
        words.scrollHeight - words.clientHeight,
      );
    });
    if (overflow > 0) throw new Error(`${name}: the text is ${overflow}px too long for the card`);
    await mkdir(dirname(file), { recursive: true });
    const shot = await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    const png = toPalettePng(shot);
    await writeFile(file, png);
    console.log(`og-image: ${file} (${(png.length / 1024).toFixed(1)} KB)`);
  }
  // The story's card for each edition's front page.
  for (const edition of AVAILABLE_EDITIONS) {
    const pack = await loadPack(edition.lang);
    await shoot(
      card(pack, tokens, map),
      join(root, 'public', `og-${edition.lang}.png`),
      `og-${edition.lang}`,
    );
  }
  // A card per chapter page: its headline and its map, in its edition's language.
  const digests = {};
  for (const { edition, chapter } of storyPages(AVAILABLE_EDITIONS)) {
    if (isFrontPage(chapter)) continue;
    const pack = await loadPack(edition.lang);
    const html = cardHtml(pack, chapter, styles);
    const path = cardPath(edition.lang, chapter);
    // The labels are placed as the page places them: each text measured here in Chromium, then put by the
    // page's own placement (src/map/placement.ts) where it overlaps nothing and keeps off the border lines.
    await page.setContent(html, { waitUntil: 'load' });
    const sizes = new Map(
      await page.evaluate(() =>
        [...document.querySelectorAll('.card-map [data-label]')].map((label) => {
          const text = label.querySelector('.map-label__text');
          return [label.getAttribute('data-label'), { w: text.offsetWidth, h: text.offsetHeight }];
        }),
      ),
    );
    const { requests, lines, frame } = cardLabelRequests(chapter, pack);
    const measured = requests.filter((r) => sizes.has(r.key)).map((r) => ({ ...r, size: sizes.get(r.key) }));
    const spots = new Map(
      placeLabels(measured, frame, [], lines).map((p) => {
        const anchor = measured.find((r) => r.key === p.key).anchors[p.anchor];
        return [p.key, { anchor: [anchor.x, anchor.y], dx: p.dx, dy: p.dy }];
      }),
    );
    await shoot(cardHtml(pack, chapter, styles, spots), join(root, 'public', path), path);
    // The digest is of the card's inputs (words, camera, layers, styles), before the browser measures them.
    digests[path] = cardDigest(html);
  }
  await writeFile(join(root, CARD_DIGESTS_FILE), `${JSON.stringify(digests, null, 2)}\n`);
  console.log(`og-image: ${CARD_DIGESTS_FILE}`);
} finally {
  await browser.close();
  await vite.close();
}
