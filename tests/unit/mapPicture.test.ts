// @vitest-environment node
/**
 * The map picture of the prerendered page (src/page/mapPicture.ts): what it draws for a chapter, in the
 * page's language, where (the camera Leaflet takes), and its stylesheet's zoom for every panel size.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { STRUCTURE } from '../../src/content/structure';
import type { MapView } from '../../src/content/types';
import { labelsFor } from '../../src/map/labels';
import { mapStateFor, viewForWidth } from '../../src/map/view';
import { cameraFor, cameraProjection } from '../../src/page/card';
import { loadPack } from '../../src/page/editions';
import { mapPicture, pictureCss, REFERENCE_PANEL, simplify } from '../../src/page/mapPicture';

const de = await loadPack('de');
const en = await loadPack('en');

/** The custom properties the stylesheet gives the picture in a panel of `width`×`height`, as a browser applies them. */
function propertiesFromCss(css: string, width: number, height: number): Record<string, number> {
  const props: Record<string, number> = {};
  for (const line of css.split('\n')) {
    const body = /\.map-picture__svg\{([^}]*)\}/.exec(line);
    if (!body) continue;
    const holds = [...line.matchAll(/\(([^()]*)\)/g)].every(([, condition]) => {
      const [, feature, op, px] = /^(width|min-width|min-height)\s*(>=|<|:)\s*([\d.]+)px$/.exec(
        condition!.replace(/\s/g, ''),
      )!;
      const value = Number(px);
      if (feature === 'min-width') return width >= value;
      if (feature === 'min-height') return height >= value;
      return op === '<' ? width < value : width >= value;
    });
    if (!holds) continue;
    for (const declaration of body[1]!.split(';')) {
      const [name, value] = declaration.split(':');
      props[name!] = parseFloat(value!);
    }
  }
  return props;
}

/** The labels group of one camera. */
function labelsOf(html: string, name: string): string {
  const match = new RegExp(
    `<g class="map-picture__labels map-picture__labels--${name}"[\\s\\S]*?(?=<g class="map-picture__labels|</g></svg>)`,
  ).exec(html);
  if (!match) throw new Error(`no ${name} labels`);
  return match[0];
}

/** Each place label's anchor in the drawing (px). */
function anchorsOf(labels: string): Map<string, [number, number]> {
  const anchors = new Map<string, [number, number]>();
  for (const m of labels.matchAll(
    /<g transform="translate\((-?\d+) (-?\d+)\)"><g class="[^"]*" data-label="(place:[^"]+)">/g,
  )) {
    anchors.set(m[3]!, [Number(m[1]), Number(m[2])]);
  }
  return anchors;
}

describe('map picture', () => {
  it('draws the intro for both widths: Kazakhstan, its neighbours, the Russia/China borders, its places, in the language', () => {
    const html = mapPicture('intro', de);
    expect(html.match(/<svg class="map-picture__svg"/g)).toHaveLength(1);
    expect(html.match(/class="map-picture__labels /g)).toHaveLength(1);
    expect(html).toMatch(/class="map-region"/);
    expect(html).toMatch(/class="map-country map-country--kz"/);
    expect(html).toMatch(/class="map-border map-border--643"/);
    expect(html).toMatch(/class="map-border map-border--156"/);
    const labels = labelsOf(html, 'both');
    for (const name of ['Kasachstan', 'Russland', 'China', 'Almaty', 'Nur-Sultan'])
      expect(labels).toContain(name);
    const english = mapPicture('intro', en);
    for (const name of ['Kazakhstan', 'Russia', 'China', 'Almaty']) expect(english).toContain(name);
    expect(english).not.toContain('Kasachstan');
  });

  it('labels a chapter with a phone camera for each camera, placed for the zoom Leaflet takes on its reference panel', () => {
    const chapters = STRUCTURE.filter((c) => c.narrowView);
    expect(chapters.length).toBeGreaterThan(0);
    for (const { id } of chapters) {
      const html = mapPicture(id, en);
      const state = mapStateFor(id);
      expect(labelsOf(html, 'wide')).toContain(
        `data-zoom="${cameraFor(state.view, REFERENCE_PANEL.wide).zoom}"`,
      );
      expect(labelsOf(html, 'narrow')).toContain(
        `data-zoom="${cameraFor(state.narrowView, REFERENCE_PANEL.narrow).zoom}"`,
      );
    }
  });

  it("shows every place where Leaflet's fitBounds puts it, at every panel size (drawing and stylesheet)", () => {
    for (const { id } of STRUCTURE) {
      const state = mapStateFor(id);
      const css = pictureCss(id);
      const html = mapPicture(id, en);
      const both = state.narrowView === state.view;
      for (let width = 240; width <= 1600; width += 37) {
        const view: MapView = viewForWidth(state, width);
        const name = both ? 'both' : width < 600 ? 'narrow' : 'wide';
        const anchors = anchorsOf(labelsOf(html, name));
        const places = labelsFor(state, en).filter((l) => l.kind === 'place');
        expect(anchors.size, `${id}: ${name} place labels`).toBe(places.length > 0 ? anchors.size : 0);
        if (places.length > 0) expect(anchors.size, `${id}: ${name} place labels`).toBeGreaterThan(0);
        for (let height = 180; height <= 1200; height += 41) {
          const props = propertiesFromCss(css, width, height);
          const toPanel = cameraProjection(cameraFor(view, { width, height }), { width: 0, height: 0 });
          for (const place of places) {
            const anchor = anchors.get(place.key);
            if (!anchor) continue;
            const [ex, ey] = toPanel([place.lng, place.lat]);
            const k = props['--k']!;
            const x = k * (anchor[0] + props['--x']!);
            const y = k * (anchor[1] + props['--y']!);
            const at = `${id} ${place.key} ${width}×${height}`;
            expect(Math.abs(x - ex), at).toBeLessThanOrEqual(Math.max(1, k));
            expect(Math.abs(y - ey), at).toBeLessThanOrEqual(Math.max(1, k));
          }
        }
      }
    }
  }, 60_000);

  // Gzipped alone; inside the page it compresses a little worse (measured: up to 0.8 KB more), so the page
  // grows by at most 12 KB.
  it('adds at most 12 KB gzip to a page', () => {
    for (const { id } of STRUCTURE) {
      for (const pack of [de, en]) {
        const bytes = gzipSync(mapPicture(id, pack), { level: 9 }).length;
        expect(bytes, `${id} ${pack.lang}`).toBeLessThanOrEqual(11 * 1024);
      }
    }
  });
});

describe('simplify', () => {
  it('keeps the ends and the corners, drops points within the tolerance', () => {
    const line: [number, number][] = [
      [0, 0],
      [5, 0.2],
      [10, 0],
      [10, 10],
      [10.3, 15],
      [10, 20],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [10, 0],
      [10, 20],
    ]);
    expect(simplify(line, 0.1)).toEqual(line);
  });
});
