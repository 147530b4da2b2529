#!/usr/bin/env node
/**
 * Builds src/map/almaty/detail.json, the city detail of the two Almaty chapters, from data/raw/almaty
 * (OpenStreetMap layers of the city, ODbL; SRTM 3-arc-second elevation, public domain). The page loads it
 * lazily, when the reader nears those chapters (src/map/almaty/useAlmatyDetail.ts), never at start.
 * Re-runnable and deterministic: `npm run geodata:almaty`. Reads nothing else (never ../shared).
 *
 * Objects in the output (TopoJSON, WGS84 lon/lat, quantized):
 * - relief:   elevation bands from SRTM, one MultiPolygon per threshold (properties.min, metres): all land at
 *             or above it. Drawn stacked, so the tint deepens with height: the mountains south of the city.
 * - water:    lakes, reservoirs and river areas (OSM `water_a`: water, reservoir, riverbank).
 * - glaciers: OSM `water_a` glacier.
 * - rivers:   OSM `waterways_a` rivers and canals (properties.kind "river" | "canal").
 * - centreRelief: elevation bands every 20 m around Republic Square (properties.min), for the close-up.
 * - railways: OSM `railways_a` rail lines (parts of 1.5 km and more: no sidings).
 * - airport:  OSM `transport_a` aerodrome and aprons of Almaty International Airport.
 * - builtUp:  the built-up area, derived from the density of OSM `roads_a` residential and service streets
 *             (BUILT_UP_STREETS): the extract has no land-use layer.
 * - roads:    OSM `roads_a` through roads (properties.kind "major": motorway, trunk, primary; "secondary").
 * - centreStreets: OSM `roads_a` tertiary and residential streets within CENTRE_BOX, for the close-up.
 *
 * Detail is for zoom 12.5 (the city view of the chapters; Visvalingam on Web Mercator, weights in px² at that
 * zoom), clipped to BOX.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, inflateRawSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contours } from 'd3-contour';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify } from 'topojson-simplify';
import { mercatorRingArea, mercatorTriangleArea, pxScale2 } from './lib/mercator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RAW = join(root, 'data/raw/almaty');
const OUT_FILE = join(root, 'src/map/almaty/detail.json');

/** Gzip budget of the output: it loads after the first view, but on phones too. */
export const BUDGET_GZIP = 60 * 1024;

/** What the detail covers, [west, south, east, north]: the city limits (facts.md §3) with a margin. */
export const BOX = [76.62, 42.92, 77.3, 43.52];

/**
 * Lower limits of the relief bands, metres. The city centre lies at about 800 m. The map's key
 * (src/map/almaty/insets.ts, RELIEF_LEVELS) repeats them; a unit test keeps the two equal.
 */
export const RELIEF_LEVELS = [1000, 1400, 2000, 2800, 3600];

/** SRTM3 tiles: 1201 × 1201 big-endian int16 samples, row 0 at the tile's north edge. */
const SRTM_TILES = ['N42E076', 'N42E077', 'N43E076', 'N43E077'];
const SRTM_SIZE = 1201;
const SRTM_VOID = -32768;
/** Railway parts shorter than this are sidings and yards: at city zoom a tangle, left out. */
const MIN_RAIL_KM = 1.5;
/**
 * OSM road classes (`fclass` of `roads_a`) the city view keeps, and the class it draws each in: the through
 * roads of the city. Links (ramps) and everything below secondary are left out.
 */
export const ROAD_KINDS = { motorway: 'major', trunk: 'major', primary: 'major', secondary: 'secondary' };
/** The streets the close-up adds within CENTRE_BOX, where its scale (about 8 m a px) has room for them. */
export const CENTRE_STREETS = ['tertiary', 'unclassified', 'residential', 'living_street', 'pedestrian'];
/**
 * The built-up area, derived from the street network: the streets that serve buildings (OSM residential,
 * living_street and service ways) are rasterised on a grid of BUILT_UP_CELL_M, and land where at least
 * BUILT_UP_SHARE of the cells within BUILT_UP_RADIUS_M carry such a street counts as built up. Parts and
 * holes smaller than BUILT_UP_MIN_KM2 are left out. (The OSM extract has no land-use layer; see the README.)
 */
export const BUILT_UP_STREETS = ['residential', 'living_street', 'service'];
export const BUILT_UP_CELL_M = 40;
export const BUILT_UP_RADIUS_M = 200;
export const BUILT_UP_SHARE = 0.12;
export const BUILT_UP_MIN_KM2 = 0.1;
/** Every n-th SRTM sample (3″ → 6″, about 135 m × 185 m): bands for zoom 12–13 need no more. */
const RELIEF_STEP = 2;

const DETAIL_ZOOM = 12.5;
/**
 * The close-up of the `almaty` chapter (src/content/structure.ts, ALMATY_SQUARE_CLOSE_UP) with a margin: its
 * lines keep the detail of zoom 16, and elevation bands every CENTRE_STEP m are built for it alone.
 */
export const CENTRE_BOX = [76.93, 43.226, 76.97, 43.248];
const CENTRE_ZOOM = 16;
const CENTRE_STEP = 20;
const MIN_TRIANGLE_PX2 = 2;
/**
 * Coarser simplification for layers whose lines are not survey lines: the built-up area's edge is a density
 * contour on a 40 m grid, and the roads' bends matter less than their course at city zoom.
 */
const MIN_TRIANGLE_PX2_OF = { builtUp: 16, roads: 4 };
const MIN_RING_PX2 = 40;
/** About 2.5 m across BOX: below a pixel at the close-up's zoom 16 scale of the centre. */
const QUANTIZATION = 3e4;

// ---------------------------------------------------------------------------------------------------------
// Raw readers: ESRI shapefile (.shp + .dbf, types 3 and 5) and ZIP archives (stored or deflated), enough for
// the files in data/raw/almaty; anything else throws.

/** The records of a .dbf as objects of trimmed strings. */
function readDbf(d) {
  const count = d.readUInt32LE(4);
  const headerLength = d.readUInt16LE(8);
  const recordLength = d.readUInt16LE(10);
  const fields = [];
  for (let i = 32; d[i] !== 0x0d; i += 32) {
    fields.push({ name: d.toString('latin1', i, i + 11).replace(/\0.*$/, ''), length: d[i + 16] });
  }
  const rows = [];
  for (let r = 0; r < count; r++) {
    let at = headerLength + r * recordLength + 1;
    const row = {};
    for (const { name, length } of fields) {
      row[name] = d.toString('utf8', at, at + length).trim();
      at += length;
    }
    rows.push(row);
  }
  return rows;
}

/** The geometries of a .shp: polylines (3) as arrays of parts, polygons (5) as arrays of rings. */
function readShp(d, path) {
  const shapes = [];
  for (let at = 100; at < d.length;) {
    const contentBytes = d.readInt32BE(at + 4) * 2;
    const body = at + 8;
    const type = d.readInt32LE(body);
    if (type === 0) {
      shapes.push(null);
    } else if (type === 3 || type === 5) {
      const numParts = d.readInt32LE(body + 36);
      const numPoints = d.readInt32LE(body + 40);
      const partsAt = body + 44;
      const pointsAt = partsAt + numParts * 4;
      const parts = [];
      for (let p = 0; p < numParts; p++) {
        const start = d.readInt32LE(partsAt + p * 4);
        const end = p + 1 < numParts ? d.readInt32LE(partsAt + (p + 1) * 4) : numPoints;
        const part = [];
        for (let i = start; i < end; i++) {
          part.push([d.readDoubleLE(pointsAt + i * 16), d.readDoubleLE(pointsAt + i * 16 + 8)]);
        }
        parts.push(part);
      }
      shapes.push({ type, parts });
    } else {
      throw new Error(`${path}: shape type ${type} not supported`);
    }
    at = body + contentBytes;
  }
  return shapes;
}

/**
 * Features of a shapefile pair: `{ row, shape }`. `name` is the files' stem in data/raw/almaty, or
 * `archive.zip:stem` for a pair inside a ZIP archive there.
 */
function readLayer(name) {
  const [archive, stem] = name.includes(':') ? name.split(':') : [null, name];
  const entries = archive ? unzipAll(join(RAW, archive)) : null;
  const file = (ext) => {
    if (!entries) return readFileSync(join(RAW, `${stem}.${ext}`));
    const found = entries.get(`${stem}.${ext}`);
    if (!found) throw new Error(`${archive}: no ${stem}.${ext}`);
    return found;
  };
  const rows = readDbf(file('dbf'));
  const shapes = readShp(file('shp'), name);
  if (rows.length !== shapes.length) throw new Error(`${name}: ${rows.length} rows, ${shapes.length} shapes`);
  return rows.map((row, i) => ({ row, shape: shapes[i] }));
}

/** Every file of a ZIP archive (stored or deflated), by name, from its central directory. */
function unzipAll(path) {
  const z = readFileSync(path);
  let end = z.length - 22;
  while (end >= 0 && z.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path}: not a ZIP`);
  const count = z.readUInt16LE(end + 10);
  const files = new Map();
  for (let i = 0, at = z.readUInt32LE(end + 16); i < count; i++) {
    if (z.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory`);
    const method = z.readUInt16LE(at + 10);
    const compressed = z.readUInt32LE(at + 20);
    const nameLength = z.readUInt16LE(at + 28);
    const extraLength = z.readUInt16LE(at + 30);
    const commentLength = z.readUInt16LE(at + 32);
    const local = z.readUInt32LE(at + 42);
    const name = z.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + z.readUInt16LE(local + 26) + z.readUInt16LE(local + 28);
    const data = z.subarray(start, start + compressed);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`${path}: ${name}: compression method ${method}`);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The single file in a ZIP archive. */
function unzipOnly(path) {
  const files = [...unzipAll(path).values()];
  if (files.length !== 1) throw new Error(`${path}: ${files.length} files, expected 1`);
  return files[0];
}

// ---------------------------------------------------------------------------------------------------------
// Geometry helpers.

function ringPx2(ring) {
  return mercatorRingArea(ring) * pxScale2(DETAIL_ZOOM);
}

function inBox([lon, lat]) {
  const [w, s, e, n] = BOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

function inCentre([lon, lat]) {
  const [w, s, e, n] = CENTRE_BOX;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** Signed area in lon/lat (positive: counter-clockwise). */
function signedArea(ring) {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % n];
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

/**
 * Shapefile rings (outer clockwise, holes counter-clockwise) as GeoJSON polygons: each hole goes to the
 * outer ring listed before it. Rings too small to see at DETAIL_ZOOM are left out.
 */
function shapePolygons(parts) {
  const polygons = [];
  for (const ring of parts) {
    if (ring.length < 4 || ringPx2(ring) < MIN_RING_PX2) continue;
    if (signedArea(ring) < 0 || polygons.length === 0) polygons.push([ring]);
    else polygons[polygons.length - 1].push(ring);
  }
  return polygons;
}

function multi(polygons) {
  return polygons.length === 1
    ? { type: 'Polygon', coordinates: polygons[0] }
    : { type: 'MultiPolygon', coordinates: polygons };
}

// ---------------------------------------------------------------------------------------------------------
// Layers.

function areas(layer, keep) {
  const polygons = [];
  for (const { row, shape } of readLayer(layer)) {
    if (!shape || !keep(row)) continue;
    if (!shape.parts.some((ring) => ring.some(inBox))) continue;
    polygons.push(...shapePolygons(shape.parts));
  }
  return polygons.length ? { type: 'Feature', properties: {}, geometry: multi(polygons) } : null;
}

function lengthKm(line) {
  let km = 0;
  for (let i = 1; i < line.length; i++) {
    const [lon1, lat1] = line[i - 1];
    const [lon2, lat2] = line[i];
    const dx = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180) * 111.32;
    km += Math.hypot(dx, (lat2 - lat1) * 111.32);
  }
  return km;
}

/**
 * Lines of a layer (its name, or its features already read); parts shorter than `minKm` or with no point in
 * `within` left out.
 */
function lines(layer, keep, propertiesOf, minKm = 0, within = inBox) {
  const features = [];
  for (const { row, shape } of typeof layer === 'string' ? readLayer(layer) : layer) {
    if (!shape || !keep(row)) continue;
    const parts = shape.parts.filter(
      (part) => part.length > 1 && part.some(within) && lengthKm(part) >= minKm,
    );
    if (!parts.length) continue;
    features.push({
      type: 'Feature',
      properties: propertiesOf(row),
      geometry: { type: 'MultiLineString', coordinates: parts },
    });
  }
  return features;
}

/**
 * Joins lines that meet end to end where no third line ends (OSM splits a street into many ways): fewer,
 * longer lines make fewer arcs in the topology, whose every line end starts an arc.
 */
export function chainLines(parts) {
  const key = ([lon, lat]) => `${lon},${lat}`;
  const ends = new Map();
  parts.forEach((part, i) => {
    for (const at of [key(part[0]), key(part[part.length - 1])]) {
      if (!ends.has(at)) ends.set(at, []);
      ends.get(at).push(i);
    }
  });
  const used = new Uint8Array(parts.length);
  /** The other line ending at `at`, if exactly two lines end there and it is not used yet. */
  const next = (at) => {
    const list = ends.get(at);
    if (list.length !== 2 || list[0] === list[1]) return -1;
    const other = list.find((i) => !used[i]);
    return other === undefined ? -1 : other;
  };
  const chains = [];
  for (let i = 0; i < parts.length; i++) {
    if (used[i]) continue;
    used[i] = 1;
    let chain = [...parts[i]];
    for (let forward = true; ;) {
      const at = key(forward ? chain[chain.length - 1] : chain[0]);
      const j = next(at);
      if (j < 0) {
        if (!forward) break;
        forward = false;
        continue;
      }
      used[j] = 1;
      const part = parts[j];
      // Forward, the part must start where the chain ends; backward, end where it starts.
      const asIs = forward ? key(part[0]) === at : key(part[part.length - 1]) === at;
      const oriented = asIs ? part : [...part].reverse();
      chain = forward ? chain.concat(oriented.slice(1)) : oriented.slice(0, -1).concat(chain);
    }
    chains.push(chain);
  }
  return chains;
}

/** Merges line features with the same properties into one MultiLineString each (fewer objects to draw). */
function mergeLines(features) {
  const byKey = new Map();
  for (const f of features) {
    const key = JSON.stringify(f.properties);
    const found = byKey.get(key);
    if (found) found.geometry.coordinates.push(...f.geometry.coordinates);
    else byKey.set(key, { ...f, geometry: { ...f.geometry, coordinates: [...f.geometry.coordinates] } });
  }
  for (const f of byKey.values()) f.geometry.coordinates = chainLines(f.geometry.coordinates);
  return [...byKey.values()].sort((a, b) =>
    JSON.stringify(a.properties) < JSON.stringify(b.properties) ? -1 : 1,
  );
}

/** Metres per degree of longitude and latitude at the middle of BOX (enough for a grid of a few dozen km). */
function metresPerDegree() {
  const lat = ((BOX[1] + BOX[3]) / 2) * (Math.PI / 180);
  return [111320 * Math.cos(lat), 110574];
}

/** Area of a lon/lat ring, km² (equirectangular at BOX's middle latitude). */
function ringKm2(ring) {
  const [mx, my] = metresPerDegree();
  return (Math.abs(signedArea(ring)) * mx * my) / 1e6;
}

/** The built-up area (see BUILT_UP_STREETS): one MultiPolygon. */
function builtUp(roadRows) {
  const [mx, my] = metresPerDegree();
  const [w, s, e, n] = BOX;
  const cellLon = BUILT_UP_CELL_M / mx;
  const cellLat = BUILT_UP_CELL_M / my;
  const cols = Math.ceil((e - w) / cellLon);
  const rows = Math.ceil((n - s) / cellLat);
  const street = new Uint8Array(cols * rows);
  const mark = (lon, lat) => {
    const c = Math.floor((lon - w) / cellLon);
    const r = Math.floor((n - lat) / cellLat);
    if (c >= 0 && c < cols && r >= 0 && r < rows) street[r * cols + c] = 1;
  };
  for (const { row, shape } of roadRows) {
    if (!shape || !BUILT_UP_STREETS.includes(row.fclass)) continue;
    for (const part of shape.parts) {
      for (let i = 1; i < part.length; i++) {
        const [lon1, lat1] = part[i - 1];
        const [lon2, lat2] = part[i];
        const steps = Math.ceil(Math.hypot((lon2 - lon1) / cellLon, (lat2 - lat1) / cellLat) * 2) || 1;
        for (let k = 0; k <= steps; k++)
          mark(lon1 + ((lon2 - lon1) * k) / steps, lat1 + ((lat2 - lat1) * k) / steps);
      }
    }
  }
  // Share of street cells in the (2r+1)² window around each cell, from a summed-area table.
  const sum = new Float64Array((cols + 1) * (rows + 1));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = (r + 1) * (cols + 1) + c + 1;
      sum[i] = street[r * cols + c] + sum[i - 1] + sum[i - cols - 1] - sum[i - cols - 2];
    }
  }
  const radius = Math.round(BUILT_UP_RADIUS_M / BUILT_UP_CELL_M);
  const share = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const r0 = Math.max(0, r - radius);
    const r1 = Math.min(rows, r + radius + 1);
    for (let c = 0; c < cols; c++) {
      const c0 = Math.max(0, c - radius);
      const c1 = Math.min(cols, c + radius + 1);
      const total =
        sum[r1 * (cols + 1) + c1] -
        sum[r0 * (cols + 1) + c1] -
        sum[r1 * (cols + 1) + c0] +
        sum[r0 * (cols + 1) + c0];
      share[r * cols + c] = total / ((2 * radius + 1) * (2 * radius + 1));
    }
  }
  const [band] = contours().size([cols, rows]).thresholds([BUILT_UP_SHARE])(share);
  const toLonLat = ([x, y]) => [w + x * cellLon, n - y * cellLat];
  const polygons = band.coordinates
    .map((polygon) => polygon.map((ring) => ring.map(toLonLat)))
    .filter((polygon) => ringKm2(polygon[0]) >= BUILT_UP_MIN_KM2)
    .map((polygon) => polygon.filter((ring, i) => i === 0 || ringKm2(ring) >= BUILT_UP_MIN_KM2));
  return polygons.length ? { type: 'Feature', properties: {}, geometry: multi(polygons) } : null;
}

/** The SRTM elevation of `box` as a grid (row 0 north), every `step`-th sample; voids take a neighbour. */
let srtmTiles = null;

function elevationGrid(box, step) {
  srtmTiles ??= new Map(SRTM_TILES.map((name) => [name, unzipOnly(join(RAW, `srtm3-${name}.hgt.zip`))]));
  const tiles = srtmTiles;
  const perDegree = SRTM_SIZE - 1;
  const [w, s, e, n] = box;
  const cols = Math.round(((e - w) * perDegree) / step) + 1;
  const rows = Math.round(((n - s) * perDegree) / step) + 1;
  const values = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const lat = n - (r * step) / perDegree;
    for (let c = 0; c < cols; c++) {
      const lon = w + (c * step) / perDegree;
      const tileLat = Math.floor(lat - 1e-9);
      const tileLon = Math.floor(lon + 1e-9);
      const tile = tiles.get(`N${tileLat}E${String(tileLon).padStart(3, '0')}`);
      if (!tile) throw new Error(`no SRTM tile for ${lat}, ${lon}`);
      const row = Math.round((tileLat + 1 - lat) * perDegree);
      const col = Math.round((lon - tileLon) * perDegree);
      const v = tile.readInt16BE((row * SRTM_SIZE + col) * 2);
      values[r * cols + c] = v === SRTM_VOID ? (r > 0 ? values[(r - 1) * cols + c] : 0) : v;
    }
  }
  return {
    values,
    cols,
    rows,
    toLonLat: ([x, y]) => [w + (x * step) / perDegree, n - (y * step) / perDegree],
  };
}

/** Elevation bands of `box` at `levels` (one MultiPolygon each: the land at or above the level). */
function relief(box, step, levels) {
  const { values, cols, rows, toLonLat } = elevationGrid(box, step);
  const generator = contours().size([cols, rows]).thresholds(levels);
  return generator(values).map((band) => {
    const polygons = band.coordinates
      .map((polygon) => polygon.map((ring) => ring.map(toLonLat)))
      .map((polygon) => polygon.filter((ring, i) => i === 0 || ringPx2(ring) >= MIN_RING_PX2))
      .filter((polygon) => ringPx2(polygon[0]) >= MIN_RING_PX2);
    if (!polygons.length) return null;
    return { type: 'Feature', properties: { min: band.value }, geometry: multi(polygons) };
  });
}

/** Every CENTRE_STEP m from the lowest to the highest point of CENTRE_BOX. */
function centreLevels() {
  const { values } = elevationGrid(CENTRE_BOX, 1);
  const levels = [];
  let low = Infinity;
  let high = -Infinity;
  for (const v of values) {
    low = Math.min(low, v);
    high = Math.max(high, v);
  }
  for (let v = Math.ceil(low / CENTRE_STEP) * CENTRE_STEP; v <= high; v += CENTRE_STEP) levels.push(v);
  return levels;
}

function collection(features) {
  return { type: 'FeatureCollection', features: features.filter(Boolean) };
}

/** The indices of the arcs a TopoJSON object uses. */
function arcIndices(object, found = new Set()) {
  const walk = (a) => (Array.isArray(a) ? a.forEach(walk) : found.add(a < 0 ? ~a : a));
  if (object.arcs) walk(object.arcs);
  for (const child of object.geometries ?? []) arcIndices(child, found);
  return found;
}

function build() {
  const roadRows = readLayer('osm-roads_a.zip:roads_a');
  const objects = {
    builtUp: collection([builtUp(roadRows)]),
    relief: collection(relief(BOX, RELIEF_STEP, RELIEF_LEVELS)),
    centreRelief: collection(relief(CENTRE_BOX, 1, centreLevels())),
    water: collection([areas('osm-water_a', (r) => ['water', 'reservoir', 'riverbank'].includes(r.fclass))]),
    glaciers: collection([areas('osm-water_a', (r) => r.fclass === 'glacier')]),
    rivers: collection(
      mergeLines(
        lines(
          'osm-waterways_a',
          (r) => r.fclass === 'river' || r.fclass === 'canal',
          (r) => ({ kind: r.fclass }),
        ),
      ),
    ),
    railways: collection(
      mergeLines(
        lines(
          'osm-railways_a',
          (r) => r.fclass === 'rail',
          () => ({}),
          MIN_RAIL_KM,
        ),
      ),
    ),
    airport: collection([areas('osm-transport_a', (r) => r.fclass === 'airport' || r.fclass === 'apron')]),
    roads: collection(
      mergeLines(
        lines(
          roadRows,
          (r) => Object.hasOwn(ROAD_KINDS, r.fclass),
          (r) => ({ kind: ROAD_KINDS[r.fclass] }),
        ),
      ),
    ),
    centreStreets: collection(
      mergeLines(
        lines(
          roadRows,
          (r) => CENTRE_STREETS.includes(r.fclass),
          () => ({}),
          0,
          inCentre,
        ),
      ),
    ),
  };
  const topo = topology(objects);
  const weighted = presimplify(topo, mercatorTriangleArea);
  // Each arc keeps the finest detail any object that uses it asks for.
  const minPx2 = weighted.arcs.map(() => Infinity);
  for (const [name, object] of Object.entries(weighted.objects)) {
    const px2 = MIN_TRIANGLE_PX2_OF[name] ?? MIN_TRIANGLE_PX2;
    for (const arc of arcIndices(object)) minPx2[arc] = Math.min(minPx2[arc], px2);
  }
  const arcs = weighted.arcs.map((arc, i) =>
    arc
      .filter((p) => p[2] * pxScale2(inCentre(p) ? CENTRE_ZOOM : DETAIL_ZOOM) >= minPx2[i])
      .map(([x, y]) => [x, y]),
  );
  return quantize({ type: 'Topology', bbox: topo.bbox, objects: weighted.objects, arcs }, QUANTIZATION);
}

function main() {
  const topo = build();
  const text = JSON.stringify(topo);
  writeFileSync(OUT_FILE, text);
  const gzip = gzipSync(text, { level: 9 }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const points = topo.arcs.reduce((n, arc) => n + arc.length, 0);
  console.log(`wrote ${OUT_FILE.slice(root.length + 1)}`);
  for (const [name, object] of Object.entries(topo.objects)) {
    console.log(`  ${name}: ${object.geometries.length} geometries`);
  }
  console.log(`  ${topo.arcs.length} arcs, ${points} points`);
  console.log(`  size: ${kb(text.length)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP)} gzip)`);
  if (gzip > BUDGET_GZIP) {
    console.error('the Almaty detail is over its gzip budget');
    process.exitCode = 1;
  }
}

// Run as a script (`npm run geodata:almaty`), not when a test imports the constants above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
