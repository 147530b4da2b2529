/**
 * The map's first view as a static picture in the prerendered page, shown until Leaflet has drawn (then
 * faded out), and the map of pages read without JavaScript or printed. Pure, run at build time only
 * (src/entry-server.tsx): the same geodata, camera, classes and labels as the page's map and the sharing
 * cards (src/page/card.ts), drawn as SVG.
 *
 * Leaflet's `fitBounds` picks its zoom from the panel's size, snapped down to a quarter level. The panel's
 * size is known only in the browser, and the page's CSP forbids inline styles and scripts, so the picture
 * is drawn once per camera (wide, and narrow when the chapter has its own) at a reference zoom, centred on
 * the view's centre, and a small stylesheet of container queries, one rule a quarter zoom level
 * ({@link pictureCss}, written by the prerender next to the page's assets), scales it to the zoom Leaflet will
 * choose for the panel's size. Strokes keep their width (`vector-effect`), labels their size (scaled back).
 */
import type { Position } from 'geojson';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, MapView } from '../content/types';
import { countryClass, regionStateClasses } from '../map/classes';
import { mapGeodata } from '../map/geodata';
import type { MapLabel } from '../map/labels';
import { placeLabels, type LabelSide, type PlacementRequest } from '../map/placement';
import { routesFor } from '../map/routes';
import { FIT_PADDING, MAP_OPTIONS, mapStateFor, NARROW_PANEL_PX } from '../map/view';
import { cameraFor, cameraProjection, labelRequests, project, visibleLabels, type Camera } from './card';
import { escapeHtml } from './headTags';

/** The panel sizes the picture is drawn for, so it matches Leaflet exactly there (390×844, 1280×800 screens). */
export const REFERENCE_PANEL = {
  narrow: { width: 390, height: 405 },
  wide: { width: 704, height: 800 },
} as const;

/** The range of panel sizes the stylesheet serves (smaller or larger panels keep the nearest zoom). */
const PANEL_RANGE = { min: { width: 200, height: 150 }, max: { width: 2400, height: 1600 } };

/** Tolerance in px (at the reference zoom) of the line simplification: below what the eye sees. */
const SIMPLIFY_PX = 1.4;

type Pt = [number, number];
type Rect = { x0: number; y0: number; x1: number; y1: number };

/** Squared distance of `p` from the segment a–b. */
function segmentDistance2(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Douglas–Peucker simplification of a line in px. */
export function simplify(points: Pt[], tolerance: number): Pt[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let max = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > max) {
        max = d;
        index = i;
      }
    }
    if (index >= 0 && max > t2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A closed ring clipped to a rectangle (Sutherland–Hodgman; filled shapes only, they have no stroke). */
function clipRing(ring: Pt[], r: Rect): Pt[] {
  const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
    [(p) => p[0] >= r.x0, (a, b) => cut(a, b, 0, r.x0)],
    [(p) => p[0] <= r.x1, (a, b) => cut(a, b, 0, r.x1)],
    [(p) => p[1] >= r.y0, (a, b) => cut(a, b, 1, r.y0)],
    [(p) => p[1] <= r.y1, (a, b) => cut(a, b, 1, r.y1)],
  ];
  let out = ring;
  for (const [inside, intersect] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const p = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(p)) {
        if (!inside(prev)) out.push(intersect(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(intersect(prev, p));
    }
  }
  return out;
}

function cut(a: Pt, b: Pt, axis: 0 | 1, value: number): Pt {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** A line clipped to a rectangle: the runs of segments that reach into it. */
function clipLine(line: Pt[], r: Rect): Pt[][] {
  const runs: Pt[][] = [];
  let run: Pt[] = [];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const touches =
      Math.max(a[0], b[0]) >= r.x0 &&
      Math.min(a[0], b[0]) <= r.x1 &&
      Math.max(a[1], b[1]) >= r.y0 &&
      Math.min(a[1], b[1]) <= r.y1;
    if (touches) {
      if (run.length === 0) run.push(a);
      run.push(b);
    } else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Whole px, with consecutive repeats dropped; relative path commands (`l`) keep the numbers short. */
function pathData(parts: Pt[][], close: boolean): string {
  let d = '';
  for (const part of parts) {
    const points: Pt[] = [];
    for (const [x, y] of part) {
      const p: Pt = [Math.round(x), Math.round(y)];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (points.length < (close ? 3 : 2)) continue;
    const [first, ...rest] = points;
    let previous = first!;
    const steps = rest.map((p) => {
      const step = `${p[0] - previous[0]} ${p[1] - previous[1]}`;
      previous = p;
      return step;
    });
    d += `M${first![0]} ${first![1]}l${steps.join(' ')}${close ? 'z' : ''}`;
  }
  return d.replace(/ -/g, '-');
}

type Geometry = import('geojson').Geometry;

/** Shapes narrower and lower than this (px at the drawing's zoom) are left out. */
const MIN_AREA_PX = 4;

/** The larger side of a line's bounding box. */
function spanOf(line: Pt[]): number {
  const xs = line.map((p) => p[0]);
  const ys = line.map((p) => p[1]);
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

/** The rings (closed) or lines of a geometry, projected, simplified and clipped, as path data. */
function geometryData(geometry: Geometry, toPoint: (p: Position) => Pt, clip: Rect): string {
  const area = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const rings =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : geometry.type === 'LineString'
          ? [geometry.coordinates]
          : geometry.type === 'MultiLineString'
            ? geometry.coordinates
            : [];
  const parts = rings.flatMap((ring) => {
    const line = simplify(ring.map(toPoint), SIMPLIFY_PX);
    // Islands smaller than a few px are specks at this scale.
    if (area && spanOf(line) < MIN_AREA_PX) return [];
    return area ? [clipRing(line, clip)] : clipLine(line, clip);
  });
  return pathData(parts, area);
}

/** A label's lines: a sea's name one word a line, as map.css wraps it (`width: min-content`). */
function linesOf(label: MapLabel): string[] {
  return label.kind === 'water' ? label.lines.flatMap((line) => line.split(' ')) : label.lines;
}

/** Estimated text box of a label (no browser at build time): system-ui widths, as map.css sets the text. */
function estimatedSize(label: MapLabel): { w: number; h: number } {
  const style = LABEL_TEXT[label.kind];
  const size = label.key === 'country:398' ? 14 : style.size;
  const lines = linesOf(label);
  const longest = Math.max(...lines.map((line) => line.length));
  const w = longest * size * (style.upper ? 0.74 : style.italic ? 0.5 : 0.58);
  return { w: Math.ceil(w), h: Math.ceil(lines.length * size * 1.2) };
}

/** Font size (px) and form of each kind of label, as in map.css. */
const LABEL_TEXT: Record<MapLabel['kind'], { size: number; upper?: boolean; italic?: boolean }> = {
  place: { size: 13 },
  country: { size: 12, upper: true },
  water: { size: 12, italic: true },
  border: { size: 13 },
  city: { size: 13 },
  region: { size: 12 },
};

/** One label: the dot at the anchor and the text where placement put it (`side`), in px from the anchor. */
function labelSvg(label: MapLabel, anchor: Pt, side: LabelSide, dx: number, dy: number, w: number): string {
  const size = label.key === 'country:398' ? 14 : LABEL_TEXT[label.kind].size;
  const dot =
    label.placeKind === 'capital' || label.placeKind === 'foreignCapital'
      ? '<rect class="map-picture__dot" x="-5" y="-5" width="10" height="10" rx="1"/>'
      : label.placeKind
        ? '<circle class="map-picture__dot" r="4"/>'
        : '';
  // The text's width is estimated: it hugs the dot (or its anchor) from the side placement chose, so an
  // estimate off by a few px moves only its far end.
  const align = side.includes('left') ? 'end' : side.includes('right') ? 'start' : 'middle';
  const x = Math.round(align === 'end' ? dx + w : align === 'start' ? dx : dx + w / 2);
  const lines = linesOf(label)
    .map(
      (line, i) =>
        `<tspan x="${x}" y="${Math.round(dy + size * (1.02 + 1.2 * i))}">${escapeHtml(line)}</tspan>`,
    )
    .join('');
  const classes = [
    'map-picture__label',
    `map-picture__label--${label.kind}`,
    label.key === 'country:398' ? 'map-picture__label--kz' : '',
    label.placeKind === 'site' ? 'map-picture__label--site' : '',
  ].filter(Boolean);
  return (
    `<g transform="translate(${Math.round(anchor[0])} ${Math.round(anchor[1])})">` +
    `<g class="${classes.join(' ')}" data-label="${escapeHtml(label.key)}">${dot}` +
    `<text${align === 'start' ? '' : ` text-anchor="${align}"`}>${lines}</text></g></g>`
  );
}

type CameraName = 'wide' | 'narrow' | 'both';

/** The cameras a chapter's picture needs: the wide one, and the narrow one when it differs. */
function camerasOf(chapter: ChapterId): { name: CameraName; view: MapView }[] {
  const state = mapStateFor(chapter);
  if (state.narrowView === state.view) return [{ name: 'both', view: state.view }];
  return [
    { name: 'wide', view: state.view },
    { name: 'narrow', view: state.narrowView },
  ];
}

/** The reference panel of a camera: where the picture is drawn at the zoom Leaflet takes (scale 1). */
function referenceOf(name: CameraName): { width: number; height: number } {
  return name === 'narrow' ? REFERENCE_PANEL.narrow : REFERENCE_PANEL.wide;
}

/**
 * The drawing's own frame: the chapter's first camera (wide) at its reference zoom, px from its centre.
 * Every camera of the chapter is this drawing scaled and moved ({@link cameraPlacement}).
 */
function drawingCamera(chapter: ChapterId): Camera {
  const [first] = camerasOf(chapter);
  return cameraFor(first!.view, referenceOf(first!.name));
}

/** Where a camera sees the drawing: its scale at its reference panel and its centre in drawing px. */
function cameraPlacement(chapter: ChapterId, view: MapView, name: CameraName) {
  const drawing = drawingCamera(chapter);
  const camera = cameraFor(view, referenceOf(name));
  const [x, y] = cameraProjection(drawing, { width: 0, height: 0 })(unproject(camera.center));
  return { camera, scale: 2 ** (camera.zoom - drawing.zoom), centre: [x, y] as Pt };
}

/** The longitude and latitude of a point projected at zoom 0 (inverse of {@link project}). */
function unproject([x, y]: readonly number[]): Position {
  const scale = 256;
  const lng = ((x ?? 0) / scale) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * (y ?? 0)) / scale;
  return [lng, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

/** The chapter's picture: one `<svg>` filling the panel, the drawing centred on the camera's centre. */
function pictureSvg(chapter: ChapterId, pack: LanguagePack): string {
  const cameras = camerasOf(chapter);
  const drawing = drawingCamera(chapter);
  const { layers } = mapStateFor(chapter);
  // Px at the drawing's zoom, from its camera's centre.
  const toPoint = cameraProjection(drawing, { width: 0, height: 0 });
  const clip = cameras
    .map(({ view, name }) => clipRect(view, cameraPlacement(chapter, view, name)))
    .reduce((a, b) => ({
      x0: Math.min(a.x0, b.x0),
      y0: Math.min(a.y0, b.y0),
      x1: Math.max(a.x1, b.x1),
      y1: Math.max(a.y1, b.y1),
    }));
  const geo = mapGeodata();
  const group = (features: { geometry: Geometry }[], classOf: (i: number) => string, area = true) =>
    features
      .map((f, i) => ({ d: geometryData(f.geometry, toPoint, clip), cls: classOf(i) }))
      .filter(({ d }) => d !== '')
      .map(({ d, cls }) => `<path class="${cls}"${area ? ' fill-rule="evenodd"' : ''} d="${d}"/>`)
      .join('');
  const shapes = [
    group(geo.countries.features, (i) => countryClass(geo.countries.features[i]!.id)),
    group(geo.regions.features, (i) =>
      ['map-region', ...regionStateClasses(geo.regions.features[i]!.properties.iso, layers)].join(' '),
    ),
    group(geo.regionLines.features, () => 'map-region-line', false),
    group(geo.countryLines.features, () => 'map-country-line', false),
    group(
      geo.borders.features,
      (i) => `map-border map-border--${String(geo.borders.features[i]!.properties.neighbour)}`,
      false,
    ),
    layers.almatyCity ? group(geo.almatyCity.features, () => 'map-city') : '',
    routesFor(layers)
      .map(({ points }) => pathData([points.map(([lat, lng]) => toPoint([lng, lat]))], false))
      .map((d) => `<path class="map-route" d="${d}"/>`)
      .join(''),
  ].join('');
  const labels = cameras
    .map(
      ({ name, view }) =>
        `<g class="map-picture__labels map-picture__labels--${name}" data-zoom="${cameraFor(view, referenceOf(name)).zoom}">` +
        `${labelsSvg(chapter, pack, view, referenceOf(name), toPoint)}</g>`,
    )
    .join('');
  return `<svg class="map-picture__svg" focusable="false"><svg x="50%" y="50%" overflow="visible"><g class="map-picture__geo">${shapes}${labels}</g></svg></svg>`;
}

/**
 * The labels of one camera placed as the page places them in its reference panel (src/map/placement.ts), with
 * estimated text sizes; each at its anchor in the drawing (`toPoint`), its text offset in screen px.
 */
function labelsSvg(
  chapter: ChapterId,
  pack: LanguagePack,
  view: MapView,
  size: { width: number; height: number },
  toPoint: (p: Position) => Pt,
): string {
  const camera = cameraFor(view, size);
  const labels = new Map(visibleLabels(chapter, pack, camera).map((label) => [label.key, label]));
  const { requests, lines, frame } = labelRequests(chapter, pack, view, size);
  const sized: PlacementRequest[] = requests.map((request) => ({
    ...request,
    size: estimatedSize(labels.get(request.key)!),
  }));
  return placeLabels(sized, frame, [], lines)
    .map((placed) => {
      const request = sized.find((r) => r.key === placed.key)!;
      const label = labels.get(placed.key)!;
      const [lat, lng] = [[label.lat, label.lng] as const, ...(label.alternatives ?? [])][placed.anchor]!;
      return labelSvg(label, toPoint([lng, lat]), placed.side, placed.dx, placed.dy, request.size.w);
    })
    .join('');
}

/**
 * What a camera's picture covers, in drawing px: its view with room for panels of other shapes (up to twice
 * as wide or as tall as the view), beyond which the panel's water shows.
 */
function clipRect(view: MapView, { camera, scale, centre }: ReturnType<typeof cameraPlacement>): Rect {
  const { w, h } = viewSize(view, camera.zoom);
  const hx = (Math.max(w, 2 * h) / 2 + 60) / scale;
  const hy = (Math.max(h, 2 * w) / 2 + 60) / scale;
  return { x0: centre[0] - hx, y0: centre[1] - hy, x1: centre[0] + hx, y1: centre[1] + hy };
}

/** The size in px of a view's bounds at `zoom` (a centred view: its zoom's own panel, about a phone's). */
function viewSize(view: MapView, zoom: number): { w: number; h: number } {
  if (view.kind === 'center') return { w: 400, h: 400 };
  const [[south, west], [north, east]] = view.bounds;
  const nw = project([west, north], zoom);
  const se = project([east, south], zoom);
  return { w: se[0] - nw[0], h: se[1] - nw[1] };
}

/** The picture's markup for a chapter page: one drawing, the labels of each camera (CSS shows the panel's). */
export function mapPicture(chapter: ChapterId, pack: LanguagePack): string {
  return pictureSvg(chapter, pack);
}

/**
 * The zoom steps of a camera over the panel sizes: from which panel width and height on Leaflet's `fitBounds`
 * takes each quarter level (its `getBoundsZoom`, as {@link cameraFor} computes it), as the scale of the
 * picture drawn at the reference zoom.
 */
export function zoomSteps(view: MapView, reference: { width: number; height: number }) {
  const base = cameraFor(view, reference).zoom;
  const low = cameraFor(view, PANEL_RANGE.min).zoom;
  const high = cameraFor(view, PANEL_RANGE.max).zoom;
  const snap = MAP_OPTIONS.zoomSnap;
  const steps: { zoom: number; minWidth: number; minHeight: number; scale: number }[] = [];
  for (let zoom = low; zoom <= high + 1e-9; zoom += snap) {
    const { w, h } = view.kind === 'bounds' ? viewSize(view, zoom) : { w: 0, h: 0 };
    // getBoundsZoom rounds to 1/100 of a snap before flooring: a panel a hair short still takes the step.
    const slack = 2 ** (-snap / 200);
    steps.push({
      zoom,
      minWidth: Math.ceil(w * slack + 2 * FIT_PADDING[0]),
      minHeight: Math.ceil(h * slack + 2 * FIT_PADDING[1]),
      scale: 2 ** (zoom - base),
    });
  }
  return steps;
}

/**
 * The page's stylesheet for its picture: for each camera, the drawing's scale (`--k`) at every zoom step as a
 * container query on the picture (`.map-picture`, `container-type: size`), later steps winning, and where its
 * centre lies in the drawing (`--x`, `--y`). Cameras split at {@link NARROW_PANEL_PX}, as the live map's do.
 */
export function pictureCss(chapter: ChapterId): string {
  const rules: string[] = [`/* Map picture of ${chapter}: src/page/mapPicture.ts */`];
  for (const { name, view } of camerasOf(chapter)) {
    const placement = cameraPlacement(chapter, view, name);
    const width =
      name === 'wide'
        ? `(width >= ${NARROW_PANEL_PX}px)`
        : name === 'narrow'
          ? `(width < ${NARROW_PANEL_PX}px)`
          : '';
    const [x, y] = placement.centre.map((v) => `${round(-v)}px`);
    const steps = zoomSteps(view, referenceOf(name));
    steps.forEach((step, i) => {
      const conditions = [
        width,
        ...(i === 0 ? [] : [`(min-width:${step.minWidth}px)`, `(min-height:${step.minHeight}px)`]),
      ].filter(Boolean);
      const declarations =
        i === 0
          ? `--k:${round(step.scale * placement.scale)};--x:${x};--y:${y}`
          : `--k:${round(step.scale * placement.scale)}`;
      const rule = `.map-picture__svg{${declarations}}`;
      rules.push(conditions.length ? `@container map-picture ${conditions.join(' and ')}{${rule}}` : rule);
    });
  }
  return `${rules.join('\n')}\n`;
}

function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
