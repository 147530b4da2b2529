/**
 * Layout of the two insets of the Almaty chapters, pure (no DOM, no Leaflet): the close-up, where places
 * that crowd on the map stand apart, and the locator, where the city lies in Kazakhstan. Both use Web
 * Mercator like the map, so shapes and angles read the same in the inset as on the map.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { PLACES } from '../../content/places';
import type { PlaceId } from '../../content/types';

type Bounds = [[number, number], [number, number]];

const EARTH_RADIUS_M = 6378137;

/** Web Mercator x, y in radians of the unit sphere (y up). */
function mercator(lat: number, lng: number): [number, number] {
  const phi = (lat * Math.PI) / 180;
  return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/** A projection of `bounds` onto a box `width` px wide, north up; its height follows from the bounds. */
export interface InsetProjection {
  width: number;
  height: number;
  /** Pixel position of a point, from the inset's top left corner. */
  project(lat: number, lng: number): [number, number];
  /** Ground metres per pixel at the middle of the bounds. */
  metresPerPx: number;
}

export function insetProjection(bounds: Bounds, width: number): InsetProjection {
  const [[south, west], [north, east]] = bounds;
  const [x0, y0] = mercator(north, west);
  const [x1, y1] = mercator(south, east);
  const k = width / (x1 - x0);
  const height = Math.round((y0 - y1) * k);
  const midLat = ((south + north) / 2) * (Math.PI / 180);
  return {
    width,
    height,
    project(lat, lng) {
      const [x, y] = mercator(lat, lng);
      return [(x - x0) * k, (y0 - y) * k];
    },
    metresPerPx: (EARTH_RADIUS_M * Math.cos(midLat)) / k,
  };
}

/** Lengths a scale bar may show, metres. */
const NICE_METRES = [10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000];

/** The longest round scale length that fits in `maxPx`, and its length in px. */
export function niceScale(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  let best = { metres: NICE_METRES[0] ?? 10, px: (NICE_METRES[0] ?? 10) / metresPerPx };
  for (const metres of NICE_METRES) {
    const px = metres / metresPerPx;
    if (px <= maxPx) best = { metres, px };
  }
  return best;
}

/** "200 m", "1 km": the scale's text (numbers without grouping, so no language is needed). */
export function scaleText(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}

/** One numbered place of the close-up. */
export interface CloseUpPoint {
  id: PlaceId;
  /** 1, 2, 3 … in the chapter's order: the number on the dot and in the key. */
  n: number;
  x: number;
  y: number;
}

/** Everything the close-up draws. */
export interface CloseUpLayout {
  width: number;
  height: number;
  projection: InsetProjection;
  points: CloseUpPoint[];
  scale: { metres: number; px: number; text: string };
}

/** Room the scale bar may take, as a share of the inset's width. */
const SCALE_SHARE = 0.45;

/** The close-up of `bounds` at `width` px: the places numbered in order, and a scale bar. */
export function closeUpLayout(bounds: Bounds, places: readonly PlaceId[], width: number): CloseUpLayout {
  const projection = insetProjection(bounds, width);
  const points = places.map((id, i) => {
    const { lat, lng } = PLACES[id];
    const [x, y] = projection.project(lat, lng);
    return { id, n: i + 1, x, y };
  });
  const scale = niceScale(projection.metresPerPx, width * SCALE_SHARE);
  return {
    width,
    height: projection.height,
    projection,
    points,
    scale: { ...scale, text: scaleText(scale.metres) },
  };
}

/** Bounds of Kazakhstan for the locator, with a small margin. */
export const LOCATOR_BOUNDS: Bounds = [
  [40.3, 46.3],
  [55.6, 87.5],
];

function pointsPath(ring: Position[], project: InsetProjection['project']): string {
  let d = '';
  let last = '';
  for (const [lng, lat] of ring) {
    const [x, y] = project(lat ?? 0, lng ?? 0);
    const point = `${x.toFixed(1)},${y.toFixed(1)}`;
    if (point === last) continue;
    d += `${d ? 'L' : 'M'}${point}`;
    last = point;
  }
  return d;
}

/** An SVG path of a (multi)polygon in the inset's pixels, rounded to 0.1 px, repeated points dropped. */
export function polygonPath(geometry: Polygon | MultiPolygon, projection: InsetProjection): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((rings) => rings.map((ring) => `${pointsPath(ring, projection.project)}Z`))
    .join('');
}

/** An SVG path of a (multi)line in the inset's pixels. */
export function linePath(geometry: LineString | MultiLineString, projection: InsetProjection): string {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  return lines.map((line) => pointsPath(line, projection.project)).join('');
}

/** Lower limits of the relief bands, metres, as scripts/build-almaty-detail.mjs builds them. */
export const RELIEF_LEVELS = [1000, 1400, 2000, 2800, 3600] as const;

/**
 * The relief levels the key shows (1000, 2000, 3600 m), each with how many translucent bands lie on top of
 * each other there: the swatch stacks as many, so it has the map's tint.
 */
export const RELIEF_LEGEND = [1000, 2000, 3600].map((min) => ({
  min,
  bands: RELIEF_LEVELS.filter((level) => level <= min).length,
}));
