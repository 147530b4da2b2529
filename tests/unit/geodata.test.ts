/// <reference types="node" />
// Node APIs: this test reads the built file from disk to check its size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { EMERGENCY_BY_REGION } from '../../src/content/emergency';
import { PLACES } from '../../src/content/places';
import type { PlaceId, RegionIso } from '../../src/content/types';
import { mapGeodata, TOPOLOGY } from '../../src/map/geodata';

const FILE = join(process.cwd(), 'src/map/geodata.json');
const BUDGET_GZIP = 45 * 1024;

/** Every RegionIso, from a record the type system forces to be complete. */
const ALL_ISOS = Object.keys(EMERGENCY_BY_REGION).sort() as RegionIso[];

function haversineKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const dLat = ((lat2! - lat1!) * rad) / 2;
  const dLon = ((lon2! - lon1!) * rad) / 2;
  const a = Math.sin(dLat) ** 2 + Math.cos(lat1! * rad) * Math.cos(lat2! * rad) * Math.sin(dLon) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

function lineKm(lines: Position[][]): number {
  let km = 0;
  for (const line of lines) for (let i = 1; i < line.length; i++) km += haversineKm(line[i - 1]!, line[i]!);
  return km;
}

function inRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inArea(point: [number, number], geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => inRing(point, outer!) && !holes.some((h) => inRing(point, h)));
}

const lonLat = (id: PlaceId): [number, number] => [PLACES[id].lng, PLACES[id].lat];
const inKazakhstan = (id: PlaceId) =>
  mapGeodata().regions.features.some((f) => inArea(lonLat(id), f.geometry));

describe('geodata.json (npm run geodata)', () => {
  it('holds the 16 regions of January 2022, once each, keyed by their ISO code', () => {
    const isos = mapGeodata()
      .regions.features.map((f) => f.properties.iso)
      .sort();
    expect(isos).toEqual(ALL_ISOS);
    expect(isos).toHaveLength(16);
  });

  it('holds Kazakhstan, Russia and China among the countries', () => {
    const ids = mapGeodata().countries.features.map((f) => String(f.id));
    expect(ids).toEqual(expect.arrayContaining(['398', '643', '156']));
  });

  it('has one border line for Russia and one for China, both lines', () => {
    const borders = mapGeodata().borders.features;
    expect(borders.map((f) => f.properties.neighbour).sort()).toEqual(['156', '643']);
    for (const f of borders) expect(['LineString', 'MultiLineString']).toContain(f.geometry.type);
  });

  it('draws the Russia border far longer than the China border, at the lengths its 1:50m source gives', () => {
    const km = (neighbour: string) => {
      const border = mapGeodata().borders.features.find((f) => f.properties.neighbour === neighbour)!;
      const g = border.geometry;
      return lineKm(g.type === 'LineString' ? [g.coordinates] : g.coordinates);
    };
    const russia = km('643');
    const china = km('156');
    // The Factbook gives 7,644 km and 1,765 km (ratio 4.3), measured on detailed data. Natural Earth's 1:50m
    // lines are generalised: unsimplified they measure 5,448 km and 1,427 km; the map's simplification may
    // shorten them a little more, never by more than a few per cent.
    expect(russia).toBeGreaterThan(5200);
    expect(russia).toBeLessThan(7644);
    expect(china).toBeGreaterThan(1350);
    expect(china).toBeLessThan(1765);
    expect(russia / china).toBeGreaterThan(3.5);
  });

  it('puts the four Almaty sites inside the Almaty city boundary', () => {
    const city = mapGeodata().almatyCity.features;
    expect(city).toHaveLength(1);
    for (const id of ['republicSquare', 'akimat', 'residence', 'airport'] as const) {
      expect(inArea(lonLat(id), city[0]!.geometry), id).toBe(true);
    }
  });

  it('puts every Kazakh place inside Kazakhstan and every foreign capital outside', () => {
    for (const id of Object.keys(PLACES) as PlaceId[]) {
      expect(inKazakhstan(id), id).toBe(PLACES[id].kind !== 'foreignCapital');
    }
  });

  it('puts Zhanaozen and Aktau in Mangystau, Nur-Sultan in its city region', () => {
    const region = (iso: RegionIso) => mapGeodata().regions.features.find((f) => f.properties.iso === iso)!;
    expect(inArea(lonLat('zhanaozen'), region('KZ-MAN').geometry)).toBe(true);
    expect(inArea(lonLat('aktau'), region('KZ-MAN').geometry)).toBe(true);
    expect(inArea(lonLat('nurSultan'), region('KZ-AST').geometry)).toBe(true);
  });

  it('is quantized and stays within its gzip budget', () => {
    expect(TOPOLOGY.transform).toBeDefined();
    const bytes = readFileSync(FILE);
    expect(gzipSync(bytes, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP);
  });
});
