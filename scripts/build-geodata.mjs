#!/usr/bin/env node
/**
 * Builds src/map/geodata.json, the one TopoJSON the story map loads, from data/raw (OpenStreetMap regions of
 * Kazakhstan, ODbL) and node_modules/world-atlas (Natural Earth 1:50m countries, public domain).
 * Re-runnable and deterministic: `npm run geodata`. Reads nothing else (never ../shared).
 *
 * Objects in the output (all WGS84 lon/lat, quantized):
 * - countries:    Natural Earth countries clipped to the area the story can show; id = ISO 3166-1 numeric.
 * - regions:      Kazakhstan's 16 regions of January 2022 (OSM); properties.iso = ISO 3166-2.
 * - borders:      two lines, Kazakhstan–Russia and Kazakhstan–China (arcs Natural Earth's Kazakhstan shares
 *                 with Russia / China); properties.neighbour = "643" / "156".
 * - countryLines: every land border between two Natural Earth countries (one MultiLineString).
 * - regionLines:  the inner borders between Kazakhstan's regions (one MultiLineString).
 *
 * Why both sources: the OSM regions are the only ones with region borders and a detailed Almaty city
 * boundary; Natural Earth has the neighbours. Their outlines of Kazakhstan differ by up to a few kilometres,
 * so the map draws all country borders (and the strong Russia/China lines) from Natural Earth only and the
 * OSM regions without an outer stroke: no double lines at any zoom the story uses.
 *
 * Detail follows the zoom at which each part is seen (Visvalingam on Web Mercator, weights in px² at that
 * zoom): far-away countries for zoom 3, the story area for zoom 4.5, Kazakhstan and its borders for 5.5,
 * Mangystau and its neighbours for 7.5, the Almaty city boundary for 13.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, meshArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';
import { mercatorRingArea, mercatorTriangleArea, pxScale2 } from './lib/mercator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REGIONS_FILE = join(root, 'data/raw/kz-regions-2021-osm.geojson');
const COUNTRIES_FILE = join(root, 'node_modules/world-atlas/countries-50m.json');
const OUT_FILE = join(root, 'src/map/geodata.json');

/** Gzip budget of the output (the map chunk loads it whole). */
const BUDGET_GZIP = 45 * 1024;

const KAZAKHSTAN = '398';
const RUSSIA = '643';
const CHINA = '156';

/**
 * What the map may ever show, [west, south, east, north]. Wider than the story's views (Europe to western
 * China) because a tall map column shows far more latitude than the view asks for; outside this box the
 * water background shows, so it must lie beyond every edge a reader can see.
 */
const CLIP = [-30, -36, 130, 84];

/** Zoom for which each area keeps its detail: the first box that contains a point wins. */
const DETAIL_BOXES = [
  { zoom: 7, box: [46, 38.5, 60, 48] }, // Mangystau chapter: Caspian coast, Turkmenistan, Uzbekistan
  { zoom: 5.25, box: [44, 38, 92, 57.5] }, // Kazakhstan and its borders at country zoom
  { zoom: 4, box: [24, 30, 100, 62] }, // the CSTO and Nazarbayev chapters: Minsk to Bishkek
  { zoom: 3.5, box: [-12, 25, 100, 70] }, // Europe to western China
];
const FAR_ZOOM = 2;

/** Zoom per OSM region; others use REGION_ZOOM. */
const REGION_ZOOM = 5.25;
const REGION_ZOOM_BY_ISO = { 'KZ-MAN': 7.5, 'KZ-ALA': 13 };

/** Visvalingam threshold: a point stays while its triangle covers at least this many px² at its zoom. */
const MIN_TRIANGLE_PX2 = 2;
/** Islands and holes smaller than this (px² at their zoom) are left out. */
const MIN_RING_PX2 = 12;
/** Quantization: 1e6 steps over the clip box is about 16 m east–west, fine enough for Almaty at zoom 13. */
const QUANTIZATION = 3e5;

// ---------------------------------------------------------------------------------------------------------
// Detail zones (Mercator helpers: scripts/lib/mercator.mjs).

function inBox([lon, lat], [w, s, e, n]) {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function detailZoom(point) {
  return DETAIL_BOXES.find((d) => inBox(point, d.box))?.zoom ?? FAR_ZOOM;
}

// ---------------------------------------------------------------------------------------------------------
// Clipping polygons to the CLIP box (Sutherland–Hodgman, one edge at a time).

/**
 * The crossing of segment a–b with a vertical (axis 0) or horizontal (axis 1) line. The endpoints are put in
 * a fixed order first, so two neighbours that share the segment get the same point and stay topologically
 * joined.
 */
function crossing(a, b, axis, value) {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
  const t = (value - p[axis]) / (q[axis] - p[axis]);
  const other = 1 - axis;
  const point = [];
  point[axis] = value;
  point[other] = p[other] + t * (q[other] - p[other]);
  return point;
}

function clipRingEdge(ring, axis, value, keepGreater) {
  const inside = (p) => (keepGreater ? p[axis] >= value : p[axis] <= value);
  const out = [];
  const open = ring.slice(0, -1);
  for (let i = 0; i < open.length; i++) {
    const current = open[i];
    const previous = open[(i + open.length - 1) % open.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(crossing(previous, current, axis, value));
      out.push(current);
    } else if (inside(previous)) {
      out.push(crossing(previous, current, axis, value));
    }
  }
  if (out.length) out.push(out[0]);
  return out;
}

/**
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from 180 to -180. Shifting
 * each point by 360° where it jumps makes the ring continuous, so clipping sees its true shape instead of a
 * band around the globe.
 */
function unwrapRing(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    const previous = out[i - 1][0];
    let lon = ring[i][0];
    while (lon - previous > 180) lon -= 360;
    while (previous - lon > 180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  // Keep the ring on the side of the antimeridian where most of it lies.
  const mean = out.reduce((sum, p) => sum + p[0], 0) / out.length;
  const shift = mean > 180 ? -360 : mean < -180 ? 360 : 0;
  return shift ? out.map(([lon, lat]) => [lon + shift, lat]) : out;
}

function clipRing(ring) {
  const [w, s, e, n] = CLIP;
  let r = unwrapRing(ring);
  r = clipRingEdge(r, 0, w, true);
  if (r.length) r = clipRingEdge(r, 0, e, false);
  if (r.length) r = clipRingEdge(r, 1, s, true);
  if (r.length) r = clipRingEdge(r, 1, n, false);
  return r.length >= 4 ? r : null;
}

// ---------------------------------------------------------------------------------------------------------
// Polygons: clip, drop small parts.

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`Unexpected geometry ${geometry.type}`);
}

/** Clips (optionally) and drops rings too small to see at `zoomOf(ring)`; null when nothing is left. */
function cleanPolygons(geometry, { clip, zoomOf }) {
  const polygons = [];
  for (const polygon of polygonsOf(geometry)) {
    const rings = [];
    for (const [i, original] of polygon.entries()) {
      const ring = clip ? clipRing(original) : original;
      if (!ring) {
        if (i === 0) break;
        continue;
      }
      const px2 = mercatorRingArea(ring) * pxScale2(zoomOf(ring));
      if (px2 < MIN_RING_PX2) {
        if (i === 0) break; // a dropped outer ring takes its holes with it
        continue;
      }
      rings.push(ring);
    }
    if (rings.length) polygons.push(rings);
  }
  if (!polygons.length) return null;
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

function ringZoomFromPoints(ring) {
  return Math.max(...ring.map(detailZoom));
}

// ---------------------------------------------------------------------------------------------------------
// Inputs.

function readCountries() {
  const world = JSON.parse(readFileSync(COUNTRIES_FILE, 'utf8'));
  const features = [];
  for (const f of feature(world, world.objects.countries).features) {
    if (!f.geometry || f.id == null) continue;
    const geometry = cleanPolygons(f.geometry, { clip: true, zoomOf: ringZoomFromPoints });
    if (geometry) features.push({ type: 'Feature', id: f.id, properties: {}, geometry });
  }
  features.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { type: 'FeatureCollection', features };
}

function readRegions() {
  const raw = JSON.parse(readFileSync(REGIONS_FILE, 'utf8'));
  const features = raw.features.map((f) => {
    const iso = f.properties.shapeISO;
    const zoom = REGION_ZOOM_BY_ISO[iso] ?? REGION_ZOOM;
    const geometry = cleanPolygons(f.geometry, { clip: false, zoomOf: () => zoom });
    if (!geometry) throw new Error(`Region ${iso} vanished`);
    return { type: 'Feature', properties: { iso }, geometry };
  });
  features.sort((a, b) => (a.properties.iso < b.properties.iso ? -1 : 1));
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------------------------------------------------
// Topology, lines, simplification.

function arcIndex(i) {
  return i < 0 ? ~i : i;
}

/** Visits every arc index of a TopoJSON geometry object. */
function forEachArc(object, visit) {
  const walk = (arcs) => (typeof arcs === 'number' ? visit(arcIndex(arcs)) : arcs.forEach(walk));
  if (object.type === 'GeometryCollection') object.geometries.forEach((g) => forEachArc(g, visit));
  else if (object.arcs) walk(object.arcs);
}

function pairFilter(x, y) {
  return (a, b) => (a.id === x && b.id === y) || (a.id === y && b.id === x);
}

function build() {
  const countries = readCountries();
  const regions = readRegions();
  const topo = topology({ countries, regions });

  const { countries: countryObject, regions: regionObject } = topo.objects;
  topo.objects.borders = {
    type: 'GeometryCollection',
    geometries: [RUSSIA, CHINA].map((neighbour) => ({
      ...meshArcs(topo, countryObject, pairFilter(KAZAKHSTAN, neighbour)),
      properties: { neighbour },
    })),
  };
  topo.objects.countryLines = {
    type: 'GeometryCollection',
    geometries: [meshArcs(topo, countryObject, (a, b) => a !== b)],
  };
  topo.objects.regionLines = {
    type: 'GeometryCollection',
    geometries: [meshArcs(topo, regionObject, (a, b) => a !== b)],
  };

  // Zoom per OSM arc from the regions that use it; Natural Earth arcs go by where each point lies.
  const regionArcZoom = new Map();
  for (const g of regionObject.geometries) {
    const zoom = REGION_ZOOM_BY_ISO[g.properties.iso] ?? REGION_ZOOM;
    forEachArc(g, (i) => regionArcZoom.set(i, Math.max(zoom, regionArcZoom.get(i) ?? 0)));
  }

  const weighted = presimplify(topo, mercatorTriangleArea);
  const arcs = weighted.arcs.map((arc, i) =>
    arc
      .filter((p) => {
        const zoom = regionArcZoom.get(i) ?? detailZoom(p);
        return p[2] * pxScale2(zoom) >= MIN_TRIANGLE_PX2;
      })
      .map(([x, y]) => [x, y]),
  );
  const simplified = { type: 'Topology', bbox: topo.bbox, objects: weighted.objects, arcs };
  return quantize(simplified, QUANTIZATION);
}

// ---------------------------------------------------------------------------------------------------------

/** Points per detail zone, to see where the bytes go (GEODATA_STATS=1). */
function stats(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const zones = new Map();
  for (const arc of topo.arcs) {
    let x = 0;
    let y = 0;
    for (const [dx, dy] of arc) {
      x += dx;
      y += dy;
      const zoom = detailZoom([x * sx + tx, y * sy + ty]);
      zones.set(zoom, (zones.get(zoom) ?? 0) + 1);
    }
  }
  console.log('  points by detail zoom of their place:', Object.fromEntries(zones));
}

function haversineKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/** Drawn length of each border line (the Factbook's 7,644 / 1,765 km are measured on finer data). */
function borderLengths(topo) {
  return feature(topo, topo.objects.borders).features.map((f) => {
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const km = lines.reduce(
      (sum, line) => sum + line.slice(1).reduce((s, p, i) => s + haversineKm(line[i], p), 0),
      0,
    );
    return `${f.properties.neighbour}: ${Math.round(km)} km`;
  });
}

function main() {
  const topo = build();
  const text = JSON.stringify(topo);
  writeFileSync(OUT_FILE, text);
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  const points = topo.arcs.reduce((n, arc) => n + arc.length, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`wrote ${OUT_FILE.slice(root.length + 1)}`);
  console.log(
    `  ${topo.objects.countries.geometries.length} countries, ${topo.objects.regions.geometries.length} regions`,
  );
  console.log(`  ${topo.arcs.length} arcs, ${points} points`);
  console.log(`  border lines with Kazakhstan: ${borderLengths(topo).join(', ')}`);
  if (process.env.GEODATA_STATS) stats(topo);
  console.log(`  size: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP)} gzip)`);
  if (gzip > BUDGET_GZIP) {
    console.error('geodata is over its gzip budget');
    process.exitCode = 1;
  }
}

main();
