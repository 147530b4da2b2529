import * as L from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { installSubpixelPaths, SUBPIXEL_STEPS } from '../../src/map/subpixel';

let map: L.Map | null = null;

afterEach(() => {
  map?.remove();
  map = null;
});

function projectedPoints(): L.Point[] {
  const container = document.createElement('div');
  document.body.append(container);
  map = L.map(container, { center: [43.25, 76.9], zoom: 11, zoomAnimation: false });
  // A coast-like line whose vertices fall between whole pixels at this zoom.
  const latlngs = Array.from({ length: 40 }, (_, i) => L.latLng(43.2 + i * 0.0011, 76.8 + i * 0.0017));
  const polygon = L.polygon(latlngs, { renderer: L.svg() }).addTo(map);
  return (polygon as unknown as { _rings: L.Point[][] })._rings.flat();
}

describe('paths at sub-pixel resolution (real Leaflet)', () => {
  it('projects the vertices of polygons to quarter pixels, not whole pixels, and where Leaflet puts them', () => {
    const rounded = projectedPoints().map((p) => [p.x, p.y]);
    map?.remove();
    map = null;
    installSubpixelPaths();
    const fine = projectedPoints();
    // Leaflet alone: whole pixels only.
    expect(rounded.every(([x, y]) => Number.isInteger(x) && Number.isInteger(y))).toBe(true);
    // Installed: a quarter pixel's steps, some of them between pixels, each within half a pixel of Leaflet's.
    expect(
      fine.every((p) => Number.isInteger(p.x * SUBPIXEL_STEPS) && Number.isInteger(p.y * SUBPIXEL_STEPS)),
    ).toBe(true);
    expect(fine.some((p) => !Number.isInteger(p.x) || !Number.isInteger(p.y))).toBe(true);
    fine.forEach((p, i) => {
      expect(Math.abs(p.x - rounded[i]![0]!)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(p.y - rounded[i]![1]!)).toBeLessThanOrEqual(0.5);
    });
  });
});
