/**
 * The sharing card of a chapter page (1200×630): the chapter's kicker and headline, the story's title and
 * the site's name in the edition's language, next to the chapter's map: the same geodata (src/map/geodata.ts),
 * camera (the chapter's bounds fitted as Leaflet's `fitBounds` fits them, with the map's padding, zoom snap and
 * zoom limits), layers, classes and labels as the page's map, styled by the page's own map.css and tokens.css.
 * Pure: returns an HTML document that scripts/og-image.mjs screenshots in Chromium. Its SHA-256 is stored
 * with the cards (scripts/lib/og-cards.json), so a test notices a card whose words, camera, geodata or
 * styles changed since it was made.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, MapView } from '../content/types';
import { countryClass, regionStateClasses } from '../map/classes';
import { mapGeodata } from '../map/geodata';
import { labelsFor, MINOR_LABEL_MIN_ZOOM, type MapLabel } from '../map/labels';
import { densify, DOT_RADIUS, type PlacementRequest, type Point } from '../map/placement';
import { routesFor } from '../map/routes';
import { FIT_PADDING, MAP_OPTIONS, mapStateFor } from '../map/view';
import { escapeHtml, OG_IMAGE_SIZE } from './headTags';

/** The map's size in CSS px, about a phone's map; drawn 1.4 times as large, so its labels read in a thumbnail. */
export const CARD_MAP = { width: 460, height: 450, scale: 1.4 } as const;

const TILE = 256;

/** Spherical Mercator in px at a zoom level, as Leaflet's EPSG:3857 projects (x east, y south). */
export function project([lng, lat]: readonly number[], zoom: number): [number, number] {
  const scale = TILE * 2 ** zoom;
  const sin = Math.max(-0.9999, Math.min(0.9999, Math.sin(((lat ?? 0) * Math.PI) / 180)));
  return [
    (((lng ?? 0) + 180) / 360) * scale,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  ];
}

/** A camera: the zoom and the projected centre (at zoom 0) of a view in a map of `size`. */
export interface Camera {
  zoom: number;
  center: [number, number];
}

/**
 * Where Leaflet's `fitBounds(bounds, { padding, maxZoom })` puts the camera (its `getBoundsZoom`: the largest
 * zoom at which the bounds fit inside the padded map, snapped down to `zoomSnap`, within the map's zoom
 * limits); a `center` view is taken as it is.
 */
export function cameraFor(view: MapView, size: { width: number; height: number }): Camera {
  if (view.kind === 'center') {
    return { zoom: view.zoom, center: project([view.center[1], view.center[0]], 0) };
  }
  const [[south, west], [north, east]] = view.bounds;
  const nw = project([west, north], 0);
  const se = project([east, south], 0);
  const fit = Math.min(
    (size.width - 2 * FIT_PADDING[0]) / (se[0] - nw[0]),
    (size.height - 2 * FIT_PADDING[1]) / (se[1] - nw[1]),
  );
  const snap = MAP_OPTIONS.zoomSnap;
  let zoom = Math.log2(fit);
  zoom = Math.round(zoom / (snap / 100)) * (snap / 100);
  zoom = Math.floor(zoom / snap) * snap;
  zoom = Math.max(
    MAP_OPTIONS.minZoom,
    Math.min(view.maxZoom ?? MAP_OPTIONS.maxZoom, MAP_OPTIONS.maxZoom, zoom),
  );
  return { zoom, center: [(nw[0] + se[0]) / 2, (nw[1] + se[1]) / 2] };
}

/** Longitude/latitude to px. */
export type ToPoint = (position: Position) => [number, number];

function ringPath(ring: Position[], toPoint: ToPoint, close: boolean): string {
  const points = ring.map(toPoint).map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`);
  return points.length > 0 ? `M${points.join('L')}${close ? 'Z' : ''}` : '';
}

/** The SVG path of a geometry, or '' when it lies wholly outside the map. */
function geometryPath(geometry: Geometry, toPoint: ToPoint, size: { width: number; height: number }): string {
  const lines: { rings: Position[][]; close: boolean } =
    geometry.type === 'Polygon'
      ? { rings: geometry.coordinates, close: true }
      : geometry.type === 'MultiPolygon'
        ? { rings: geometry.coordinates.flat(), close: true }
        : geometry.type === 'LineString'
          ? { rings: [geometry.coordinates], close: false }
          : geometry.type === 'MultiLineString'
            ? { rings: geometry.coordinates, close: false }
            : { rings: [], close: false };
  const margin = 50;
  const visible = lines.rings.some((ring) => {
    const points = ring.map(toPoint);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return (
      Math.max(...xs) >= -margin &&
      Math.min(...xs) <= size.width + margin &&
      Math.max(...ys) >= -margin &&
      Math.min(...ys) <= size.height + margin
    );
  });
  return visible ? lines.rings.map((ring) => ringPath(ring, toPoint, lines.close)).join('') : '';
}

function paths<F extends Feature>(
  features: F[],
  classOf: (f: F) => string,
  toPoint: ToPoint,
  size: typeof CARD_MAP,
): string {
  return features
    .map((f) => ({ d: geometryPath(f.geometry, toPoint, size), cls: classOf(f) }))
    .filter(({ d }) => d !== '')
    .map(({ d, cls }) => `<path class="${cls}" fill-rule="evenodd" d="${d}"/>`)
    .join('');
}

/** Where a card label's text stands: offset of its top-left corner from the anchor, as placement chose it. */
export interface CardLabelSpot {
  anchor: [number, number];
  dx: number;
  dy: number;
}

/**
 * A label as the map's LabelLayer builds it (same classes), at its point. Without a `spot` the text is left
 * unplaced at the anchor, to be measured; with one it stands where the page's placement (src/map/placement.ts)
 * put it from the measured box.
 */
function labelHtml(label: MapLabel, point: [number, number], spot?: CardLabelSpot): string {
  const classes = [
    'map-label',
    `map-label--${label.kind}`,
    label.placeKind ? `map-place--${label.placeKind}` : '',
    label.minor ? 'map-label--minor' : '',
  ].filter(Boolean);
  const dot = label.kind === 'place' ? '<span class="map-label__dot"></span>' : '';
  const [x, y] = spot?.anchor ?? point;
  const move = spot ? ` style="transform:translate(${spot.dx.toFixed(1)}px,${spot.dy.toFixed(1)}px)"` : '';
  return (
    `<div class="card-label" style="left:${x.toFixed(1)}px;top:${y.toFixed(1)}px">` +
    `<div class="${classes.join(' ')}" data-label="${escapeHtml(label.key)}">${dot}` +
    `<span class="map-label__text"${move}>${label.lines.map(escapeHtml).join('<br>')}</span></div></div>`
  );
}

/** The card's label requests for placement, without their sizes (measured in the browser), and the border lines. */
export function cardLabelRequests(
  chapter: ChapterId,
  pack: LanguagePack,
): { requests: Omit<PlacementRequest, 'size'>[]; lines: Point[]; frame: { w: number; h: number } } {
  return labelRequests(chapter, pack, mapStateFor(chapter).view, CARD_MAP);
}

/**
 * The label requests of a chapter's map seen through `view` in a map of `size` (without text sizes), the bold
 * border lines sampled in its pixels, and its frame: what the page's LabelLayer gives `placeLabels`.
 */
export function labelRequests(
  chapter: ChapterId,
  pack: LanguagePack,
  view: MapView,
  size: { width: number; height: number },
): { requests: Omit<PlacementRequest, 'size'>[]; lines: Point[]; frame: { w: number; h: number } } {
  const camera = cameraFor(view, size);
  const toPoint = cameraProjection(camera, size);
  const requests = visibleLabels(chapter, pack, camera).map((label) => ({
    key: label.key,
    anchors: [[label.lat, label.lng] as const, ...(label.alternatives ?? [])].map(([lat, lng]) => {
      const [x, y] = toPoint([lng, lat]);
      return { x, y };
    }),
    sides: label.sides,
    dot: label.placeKind ? DOT_RADIUS[label.placeKind] : 0,
    required: label.required,
  }));
  const lines = mapGeodata().borders.features.flatMap((feature) => {
    const { geometry } = feature;
    const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    return parts.flatMap((line) =>
      densify(
        line.map((p) => toPoint(p)).map(([x, y]) => ({ x, y })),
        4,
        { w: size.width, h: size.height },
      ),
    );
  });
  return { requests, lines, frame: { w: size.width, h: size.height } };
}

/** Longitude/latitude to px in a map of `size` whose centre shows the camera's centre at its zoom. */
export function cameraProjection(camera: Camera, size: { width: number; height: number }): ToPoint {
  const k = 2 ** camera.zoom;
  return (position) => {
    const [x, y] = project(position, 0);
    return [(x - camera.center[0]) * k + size.width / 2, (y - camera.center[1]) * k + size.height / 2];
  };
}

/** The chapter's labels that the page shows at this camera (minor ones only from their zoom on). */
export function visibleLabels(chapter: ChapterId, pack: LanguagePack, camera: Camera): MapLabel[] {
  return labelsFor(mapStateFor(chapter), pack).filter(
    (label) => !(label.minor && camera.zoom < MINOR_LABEL_MIN_ZOOM),
  );
}

/** The chapter's map as the page draws it: SVG shapes and HTML labels in a `.story-map`. */
export function cardMap(
  chapter: ChapterId,
  pack: LanguagePack,
  spots?: ReadonlyMap<string, CardLabelSpot>,
): string {
  const state = mapStateFor(chapter);
  const { layers } = state;
  const size = CARD_MAP;
  const camera = cameraFor(state.view, size);
  const toPoint = cameraProjection(camera, size);
  const geo = mapGeodata();
  const routes = routesFor(layers).map(({ points }) =>
    ringPath(
      points.map(([lat, lng]) => [lng, lat]),
      toPoint,
      false,
    ),
  );
  const svg = [
    paths(geo.countries.features, (f) => countryClass(f.id), toPoint, size),
    paths(
      geo.regions.features,
      (f) => ['map-region', ...regionStateClasses(f.properties.iso, layers)].join(' '),
      toPoint,
      size,
    ),
    paths(geo.regionLines.features, () => 'map-region-line', toPoint, size),
    paths(geo.countryLines.features, () => 'map-country-line', toPoint, size),
    paths(
      geo.borders.features,
      (f) => `map-border map-border--${String(f.properties.neighbour)}`,
      toPoint,
      size,
    ),
    layers.almatyCity ? paths(geo.almatyCity.features, () => 'map-city', toPoint, size) : '',
    routes.map((d) => `<path class="map-route" d="${d}"/>`).join(''),
  ].join('');
  // Measured first (no spots), then drawn where placement put each text; a label placement drops is left out.
  const labels = visibleLabels(chapter, pack, camera)
    .filter((label) => !spots || spots.has(label.key))
    .map((label) => labelHtml(label, toPoint([label.lng, label.lat]), spots?.get(label.key)))
    .join('');
  return (
    `<div class="story-map card-map" data-zoom="${camera.zoom}">` +
    `<svg viewBox="0 0 ${size.width} ${size.height}" width="${size.width}" height="${size.height}">${svg}</svg>` +
    `${labels}</div>`
  );
}

/** The stylesheets the card uses, as text: the page's own. */
export interface CardStyles {
  /** src/styles/tokens.css */
  tokens: string;
  /** src/map/map.css */
  map: string;
}

/** The card's HTML document. */
export function cardHtml(
  pack: LanguagePack,
  chapter: ChapterId,
  styles: CardStyles,
  spots?: ReadonlyMap<string, CardLabelSpot>,
): string {
  const { width, height } = OG_IMAGE_SIZE;
  const text = pack.chapters[chapter];
  const mapWidth = CARD_MAP.width * CARD_MAP.scale;
  return `<!doctype html><html lang="${pack.lang}"><head><meta charset="utf-8"><style>
${styles.tokens}
${styles.map}
html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; }
body { display: grid; grid-template-columns: 1fr ${mapWidth}px; background: var(--bg); color: var(--text);
  font-family: system-ui, 'DejaVu Sans', sans-serif; }
.words { display: flex; flex-direction: column; box-sizing: border-box; height: ${height}px; padding: 56px 48px 48px 60px;
  border-top: 14px solid var(--accent); }
.kicker { margin: 0 0 18px; color: var(--accent); font-size: 24px; font-weight: 700; letter-spacing: 0.04em;
  text-transform: uppercase; }
h1 { margin: 0 0 24px; font-size: 52px; line-height: 1.08; letter-spacing: -0.01em; }
.story { margin: 0; color: var(--muted); font: 24px/1.35 Georgia, 'DejaVu Serif', serif; }
.site { margin: auto 0 0; color: var(--muted); font-size: 20px; font-weight: 700; }
.card-frame { position: relative; overflow: hidden; width: ${mapWidth}px; height: ${height}px; background: var(--water); }
.card-map { position: absolute; left: 0; top: 0; width: ${CARD_MAP.width}px; height: ${CARD_MAP.height}px;
  transform: scale(${CARD_MAP.scale}); transform-origin: 0 0; background: var(--water); overflow: hidden; }
.card-map svg { display: block; }
.card-label { position: absolute; width: 0; height: 0; }
</style></head><body>
<div class="words"><p class="kicker">${escapeHtml(text.kicker)}</p><h1>${escapeHtml(text.title)}</h1>
<p class="story">${escapeHtml(pack.meta.title)}</p><p class="site">${escapeHtml(pack.meta.siteName)}</p></div>
<div class="card-frame">${cardMap(chapter, pack, spots)}</div>
</body></html>`;
}
