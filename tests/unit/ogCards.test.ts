// @vitest-environment node
/// <reference types="node" />
/**
 * The committed sharing cards are current: every chapter page of every edition has its card (1200×630,
 * under 150 KB), and each card was made from today's words, camera, geodata and styles (the SHA-256 of the
 * card's HTML, stored by `npm run og-image`, matches the HTML the content makes now).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_DIGESTS_FILE, cardDigest, readCardStyles } from '../../scripts/lib/cards.mjs';
import { STRUCTURE } from '../../src/content/structure';
import { cameraFor, cardHtml, CARD_MAP, project } from '../../src/page/card';
import { cardPath, isFrontPage, storyPages } from '../../src/page/chapterPages';
import { AVAILABLE_EDITIONS, loadPack } from '../../src/page/editions';

const ROOT = join(import.meta.dirname, '../..');
const MAX_BYTES = 150 * 1024;

const styles = await readCardStyles(ROOT);
const digests = JSON.parse(readFileSync(join(ROOT, CARD_DIGESTS_FILE), 'utf8')) as Record<string, string>;
const cards = storyPages(AVAILABLE_EDITIONS)
  .filter(({ chapter }) => !isFrontPage(chapter))
  .map(({ edition, chapter }) => [cardPath(edition.lang, chapter), edition.lang, chapter] as const);

function pngSize(buffer: Buffer): { width: number; height: number } {
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('sharing cards', () => {
  it.each(cards)('%s exists, is 1200×630 and under 150 KB', (path) => {
    const file = join(ROOT, 'public', path);
    expect(existsSync(file), `${path} is missing: run npm run og-image`).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThan(MAX_BYTES);
  });

  it.each(cards)('%s was made from the current words, map and styles', async (path, lang, chapter) => {
    const html = cardHtml(await loadPack(lang), chapter, styles);
    expect(digests[path], `${path} is stale: run npm run og-image`).toBe(cardDigest(html));
  });

  it('stores digests for exactly the published cards', () => {
    expect(Object.keys(digests).sort()).toEqual(cards.map(([path]) => path).sort());
  });

  it('notices a changed camera', async () => {
    const pack = await loadPack(AVAILABLE_EDITIONS[0]?.lang ?? 'de');
    const chapter = STRUCTURE[1]?.id ?? 'trigger';
    const html = cardHtml(pack, chapter, styles);
    expect(cardDigest(cardHtml(pack, chapter, { ...styles, map: `${styles.map} ` }))).not.toBe(
      cardDigest(html),
    );
    const renamed = {
      ...pack,
      chapters: { ...pack.chapters, [chapter]: { ...pack.chapters[chapter], title: 'X' } },
    };
    expect(cardDigest(cardHtml(renamed, chapter, styles))).not.toBe(cardDigest(html));
  });
});

describe('card camera', () => {
  it('fits a view as Leaflet fitBounds does: snapped down to a quarter zoom, within the padded map', () => {
    const bounds: [[number, number], [number, number]] = [
      [40.3, 46.3],
      [55.6, 87.5],
    ];
    const { zoom, center } = cameraFor({ kind: 'bounds', bounds }, CARD_MAP);
    expect(zoom * 4).toBe(Math.round(zoom * 4));
    const k = 2 ** zoom;
    const [west, north] = project([46.3, 55.6], 0);
    const [east, south] = project([87.5, 40.3], 0);
    expect((east - west) * k).toBeLessThanOrEqual(CARD_MAP.width - 48);
    expect((south - north) * k).toBeLessThanOrEqual(CARD_MAP.height - 48);
    // A quarter zoom more would no longer fit.
    const k2 = 2 ** (zoom + 0.25);
    expect((east - west) * k2 > CARD_MAP.width - 48 || (south - north) * k2 > CARD_MAP.height - 48).toBe(
      true,
    );
    expect(center[0]).toBeCloseTo((west + east) / 2);
  });

  it('keeps a view within its maximum zoom', () => {
    const tiny: [[number, number], [number, number]] = [
      [43.2, 76.9],
      [43.21, 76.91],
    ];
    expect(cameraFor({ kind: 'bounds', bounds: tiny, maxZoom: 13 }, CARD_MAP).zoom).toBe(13);
  });
});
