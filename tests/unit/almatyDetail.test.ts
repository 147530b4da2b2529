// @vitest-environment jsdom
/// <reference types="node" />
// Node APIs: this test reads the built detail from disk to check its size and extent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BOX,
  BUDGET_GZIP,
  BUILT_UP_MIN_KM2,
  CENTRE_BOX,
  chainLines,
  RELIEF_LEVELS,
} from '../../scripts/build-almaty-detail.mjs';
import { PLACES } from '../../src/content/places';
import { CHAPTER_IDS, STRUCTURE } from '../../src/content/structure';
import type { ChapterId } from '../../src/content/types';
import { leaderLine } from '../../src/map/almaty/AlmatyInsets';
import { decodeAlmatyDetail, type DetailTopology } from '../../src/map/almaty/detail';
import {
  closeUpLayout,
  insetProjection,
  niceScale,
  RELIEF_LEGEND,
  RELIEF_LEVELS as KEY_LEVELS,
  scaleText,
} from '../../src/map/almaty/insets';
import { DETAIL_CHAPTERS, nearAlmatyDetail } from '../../src/map/almaty/near';
import { mapStateFor } from '../../src/map/view';

const FILE = join(process.cwd(), 'src/map/almaty/detail.json');
const text = readFileSync(FILE, 'utf8');
const topology = JSON.parse(text) as DetailTopology;
const detail = decodeAlmatyDetail(topology);
/** The quantization step of the stored coordinates, degrees: every point may be off by up to half of it. */
const QUANTUM = Math.max(...(topology.transform?.scale ?? [0]));

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positions);
  }
}

/** Whether a point lies in a [west, south, east, north] box, give or take `margin` degrees. */
const inBox = ([lon, lat]: Position, [w, s, e, n]: number[], margin = 1e-6) =>
  lon! >= w! - margin && lon! <= e! + margin && lat! >= s! - margin && lat! <= n! + margin;

/** Whether a point lies in a polygon (even-odd over all its rings, planar in lon/lat: fine at city scale). */
function inArea([x, y]: Position, geometry: Geometry): boolean {
  const polygons =
    geometry.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  let inside = false;
  for (const ring of polygons.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

/** One SRTM sample (3″): contour bands reach half a sample beyond the grid they are traced on. */
const SRTM_CELL = 1 / 1200;

describe('the Almaty detail (src/map/almaty/detail.json)', () => {
  it('stays within its gzip budget', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('has the relief levels the map key explains, each swatch as many bands deep as the map there', () => {
    expect([...KEY_LEVELS]).toEqual(RELIEF_LEVELS);
    expect(RELIEF_LEGEND).toEqual([
      { min: 1000, bands: 1 },
      { min: 2000, bands: 3 },
      { min: 3600, bands: 5 },
    ]);
  });

  it('has relief bands at the build levels, lowest first, each drawn', () => {
    expect(detail.relief.features.map((f) => f.properties.min)).toEqual(RELIEF_LEVELS);
    for (const band of detail.relief.features) expect(positions(band.geometry).length).toBeGreaterThan(10);
  });

  it('has 20 m bands around the centre, inside the centre box', () => {
    const mins = detail.centreRelief.features.map((f) => f.properties.min);
    expect(mins.length).toBeGreaterThan(2);
    for (const [i, min] of mins.entries()) if (i > 0) expect(min - mins[i - 1]!).toBe(20);
    for (const f of detail.centreRelief.features) {
      for (const p of positions(f.geometry)) expect(inBox(p, CENTRE_BOX, SRTM_CELL + QUANTUM)).toBe(true);
    }
  });

  it('draws rivers, a canal, water, glaciers, railways and the airport, nothing outside its box', () => {
    expect(detail.rivers.features.map((f) => f.properties.kind).sort()).toEqual(['canal', 'river']);
    for (const layer of [detail.water, detail.glaciers, detail.railways, detail.airport, detail.rivers]) {
      expect(layer.features.length).toBeGreaterThan(0);
      // Lines are kept whole where they leave the box, so test that every shape touches it.
      for (const f of layer.features) expect(positions(f.geometry).some((p) => inBox(p, BOX))).toBe(true);
    }
  });

  it('draws major and secondary roads, and the centre streets only around the centre', () => {
    expect(detail.roads.features.map((f) => f.properties.kind).sort()).toEqual(['major', 'secondary']);
    for (const f of detail.roads.features) expect(positions(f.geometry).length).toBeGreaterThan(500);
    expect(detail.centreStreets.features).toHaveLength(1);
    const streets = detail.centreStreets.features[0]!.geometry;
    const parts = streets.type === 'MultiLineString' ? streets.coordinates : [streets.coordinates];
    expect(parts.length).toBeGreaterThan(20);
    for (const part of parts) expect(part.some((p) => inBox(p, CENTRE_BOX))).toBe(true);
  });

  it('has a built-up area around the centre and the airport, not in the mountains', () => {
    const area = detail.builtUp.features[0]!.geometry;
    for (const id of ['republicSquare', 'akimat', 'residence'] as const)
      expect(inArea([PLACES[id].lng, PLACES[id].lat], area), id).toBe(true);
    // The ridge south of the city (above 3000 m in SRTM) and the empty steppe beyond the city's north-east.
    expect(inArea([77.0, 43.05], area)).toBe(false);
    expect(inArea([76.7, 43.45], area)).toBe(false);
    const polygons = area.type === 'MultiPolygon' ? area.coordinates : [area.coordinates];
    expect(polygons.length).toBeGreaterThan(3);
    // No speck: every part is at least BUILT_UP_MIN_KM2 (less a little for the simplification).
    const km2 = (ring: Position[]) => {
      let a = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
        a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
      return Math.abs(a / 2) * 111.32 * Math.cos((43.2 * Math.PI) / 180) * 110.57;
    };
    for (const polygon of polygons) expect(km2(polygon[0]!)).toBeGreaterThanOrEqual(BUILT_UP_MIN_KM2 * 0.8);
  });

  it('puts the airport grounds around the airport of facts.md §3', () => {
    const points = positions(detail.airport.features[0]!.geometry);
    const lons = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    const { lat, lng } = PLACES.airport;
    expect(Math.min(...lons)).toBeLessThan(lng);
    expect(Math.max(...lons)).toBeGreaterThan(lng);
    expect(Math.min(...lats)).toBeLessThan(lat);
    expect(Math.max(...lats)).toBeGreaterThan(lat);
  });

  it('covers the close-up of the almaty chapter with its centre box', () => {
    const closeUp = mapStateFor('almaty').layers.closeUp;
    expect(closeUp).toBeDefined();
    const [[south, west], [north, east]] = closeUp!.bounds;
    expect(inBox([west, south], CENTRE_BOX) && inBox([east, north], CENTRE_BOX)).toBe(true);
    for (const id of closeUp!.places)
      expect(inBox([PLACES[id].lng, PLACES[id].lat], [west, south, east, north])).toBe(true);
  });
});

describe('chainLines (the detail build)', () => {
  it('joins lines that meet end to end, in either direction', () => {
    const a = [
      [0, 0],
      [1, 0],
    ];
    const b = [
      [2, 0],
      [1, 0],
    ];
    const c = [
      [2, 0],
      [3, 1],
    ];
    expect(chainLines([a, b, c])).toEqual([
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 1],
      ],
    ]);
  });

  it('keeps lines apart where a third one ends at the same point', () => {
    const junction = [
      [
        [0, 0],
        [1, 0],
      ],
      [
        [1, 0],
        [2, 0],
      ],
      [
        [1, 0],
        [1, 1],
      ],
    ];
    expect(chainLines(junction)).toHaveLength(3);
  });
});

describe('nearAlmatyDetail', () => {
  const order = STRUCTURE.map((c) => c.id);
  const distance = (a: ChapterId, b: ChapterId) => Math.abs(order.indexOf(a) - order.indexOf(b));

  it('names the chapters that draw the city', () => {
    expect(DETAIL_CHAPTERS).toEqual(['almaty', 'crackdown']);
  });

  it.each(CHAPTER_IDS)('wants the detail in "%s" only within one chapter of an Almaty chapter', (id) => {
    const near = DETAIL_CHAPTERS.some((c) => distance(c, id) <= 1);
    expect(nearAlmatyDetail(id)).toBe(near);
  });

  it('does not want it in the first chapter', () => {
    expect(nearAlmatyDetail(order[0]!)).toBe(false);
  });
});

describe('the close-up inset', () => {
  const closeUp = mapStateFor('almaty').layers.closeUp!;

  it('projects north up and east right, like the map', () => {
    const p = insetProjection(closeUp.bounds, 150);
    const [x1, y1] = p.project(PLACES.republicSquare.lat, PLACES.republicSquare.lng);
    const [x2, y2] = p.project(PLACES.residence.lat, PLACES.residence.lng);
    expect(y2).toBeGreaterThan(y1); // the residence lies south …
    expect(x2).toBeGreaterThan(x1); // … and east of the square
    const [[south, west], [north, east]] = closeUp.bounds;
    expect(p.project(north, west).map((v) => Math.round(v))).toEqual([0, 0]);
    expect(p.project(south, east).map((v) => Math.round(v))).toEqual([150, p.height]);
  });

  it.each([150, 200, 250])('keeps the numbered dots (16 px) apart at %i px', (width) => {
    const { points } = closeUpLayout(closeUp.bounds, closeUp.places, width);
    expect(points.map((p) => p.n)).toEqual([1, 2, 3]);
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i]!;
        const b = points[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(18);
      }
    }
  });

  it('picks the longest round scale length that fits', () => {
    expect(niceScale(10, 45)).toEqual({ metres: 250, px: 25 });
    expect(niceScale(10, 50)).toEqual({ metres: 500, px: 50 });
    expect(scaleText(500)).toBe('500 m');
    expect(scaleText(2000)).toBe('2 km');
  });

  it('draws the leader from the frame corner nearest the inset to the inset', () => {
    const inset = { left: 8, top: 8, right: 160, bottom: 150 };
    // Frame below the inset: from its top left corner straight up to the inset's bottom edge.
    expect(leaderLine({ left: 140, top: 280, right: 170, bottom: 300 }, inset)).toEqual([140, 280, 140, 150]);
    // Frame below and to the right: to the inset's bottom right corner.
    expect(leaderLine({ left: 260, top: 570, right: 300, bottom: 600 }, inset)).toEqual([260, 570, 160, 150]);
  });
});
