/**
 * Text labels as Leaflet markers with HTML icons: no image requests (never Leaflet's default PNG icon), text
 * styled in map.css (≥ 12px, with a halo). The labels are decorative for assistive technology: the panel
 * names the chapter's places in a visually hidden list instead.
 *
 * Where each text sits is decided by measuring: after every camera move the layer measures the texts, the
 * legend and attribution boxes and the bold border lines, and lets `placeLabels` choose a free side for
 * each label in priority order (placement.ts); a label that finds no room is hidden.
 */
import { DivIcon, LayerGroup, Marker, type Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { mapGeodata } from './geodata';
import { MINOR_LABEL_MIN_ZOOM, type MapLabel } from './labels';
import { densify, DOT_RADIUS, placeLabels, type Box, type PlacementRequest, type Point } from './placement';

/** Dot radius per place kind, px (map.css draws the dots at these sizes). */

/** What the map draws over its own panel that labels must keep off (outside Leaflet's panes). */
/** Overlays no label may cover: legends, notes, the attribution, and the Almaty chapters' insets and scale. */
const OBSTACLES =
  '.map-legend, .leaflet-control-attribution, .map-note, .map-closeup, .map-locator, .map-relief-legend, .leaflet-control-scale';

/** Fired on the map when an overlay appears or goes (the lazily loaded Almaty insets): labels are placed anew. */
export const OVERLAYS_CHANGED = 'kz:overlayschange';

/** The label's element; text via textContent, so no word from a language pack is parsed as HTML. */
function labelElement(label: MapLabel): { root: HTMLElement; text: HTMLElement } {
  const root = document.createElement('div');
  root.className = [
    'map-label',
    `map-label--${label.kind}`,
    label.placeKind ? `map-place--${label.placeKind}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  root.dataset.label = label.key;
  if (label.kind === 'place') {
    const dot = document.createElement('span');
    dot.className = 'map-label__dot';
    root.append(dot);
  }
  const text = document.createElement('span');
  text.className = 'map-label__text';
  label.lines.forEach((line, i) => {
    if (i > 0) text.append(document.createElement('br'));
    text.append(line);
  });
  root.append(text);
  return { root, text };
}

interface LabelView {
  label: MapLabel;
  marker: Marker;
  root: HTMLElement;
  text: HTMLElement;
  anchors: [number, number][];
  /** The leader line, created when a text first stands off its dot. */
  leader?: HTMLElement;
}

/** Draws (or hides) the line from a place's dot to its text's nearest edge. */
function drawLeader(view: LabelView, where: { dx: number; dy: number; leader: boolean }, dot: number): void {
  if (!where.leader) {
    if (view.leader) view.leader.hidden = true;
    return;
  }
  if (!view.leader) {
    view.leader = document.createElement('span');
    view.leader.className = 'map-label__leader';
    view.root.prepend(view.leader);
  }
  const { w, h } = { w: view.text.offsetWidth, h: view.text.offsetHeight };
  // The point of the text box nearest to the dot.
  const x = Math.min(Math.max(0, where.dx), where.dx + w);
  const y = Math.min(Math.max(0, where.dy), where.dy + h);
  const length = Math.hypot(x, y) - dot - 1;
  const angle = Math.atan2(y, x);
  view.leader.hidden = false;
  view.leader.style.width = `${Math.max(0, length).toFixed(1)}px`;
  view.leader.style.transform = `rotate(${angle.toFixed(3)}rad) translateX(${dot + 1}px)`;
}

/** Boxes of the panel's overlays, in the map container's pixels. */
function obstacleBoxes(map: LeafletMap): Box[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const scope = container.parentElement ?? container;
  return [...scope.querySelectorAll<HTMLElement>(OBSTACLES)]
    .map((element) => element.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }));
}

/** The bold Russia and China border lines, sampled every few px in the container's pixels. */
function borderPoints(map: LeafletMap): Point[] {
  const size = map.getSize();
  const frame = { w: size.x, h: size.y };
  const points: Point[] = [];
  for (const feature of mapGeodata().borders.features) {
    const { geometry } = feature;
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    for (const line of lines) {
      const projected = line.map(([lng, lat]) => map.latLngToContainerPoint([lat!, lng!]));
      for (const point of densify(projected, 4, frame)) points.push(point);
    }
  }
  return points;
}

/** Measures and places every label; hides the ones that find no room. */
function placeAll(map: LeafletMap, views: readonly LabelView[]): void {
  const zoom = map.getZoom();
  const shown = views.filter((v) => !(v.label.minor && zoom < MINOR_LABEL_MIN_ZOOM));
  // A label hidden by the last placement measures 0 × 0: shown again before measuring, or it could never
  // come back when room opens up (Kazakhstan's name stayed away after scrolling into `sources` on a phone).
  for (const view of shown) view.root.hidden = false;
  const requests: PlacementRequest[] = shown.map((v) => ({
    key: v.label.key,
    anchors: v.anchors.map(([lat, lng]) => map.latLngToContainerPoint([lat, lng])),
    sides: v.label.sides,
    size: { w: v.text.offsetWidth, h: v.text.offsetHeight },
    dot: v.label.placeKind ? DOT_RADIUS[v.label.placeKind] : 0,
    required: v.label.required,
  }));
  const size = map.getSize();
  const placed = new Map(
    placeLabels(requests, { w: size.x, h: size.y }, obstacleBoxes(map), borderPoints(map)).map((p) => [
      p.key,
      p,
    ]),
  );
  for (const view of views) {
    const where = placed.get(view.label.key);
    view.root.hidden = !where;
    if (!where) continue;
    const [lat, lng] = view.anchors[where.anchor]!;
    const at = view.marker.getLatLng();
    if (at.lat !== lat || at.lng !== lng) view.marker.setLatLng([lat, lng]);
    view.text.style.transform = `translate(${Math.round(where.dx)}px, ${Math.round(where.dy)}px)`;
    view.root.dataset.side = where.side;
    drawLeader(view, where, view.label.placeKind ? DOT_RADIUS[view.label.placeKind] : 0);
    if (where.collides) view.root.dataset.collides = 'true';
    else delete view.root.dataset.collides;
  }
  const container = map.getContainer();
  container.dataset.labelsPlaced = String(Number(container.dataset.labelsPlaced ?? 0) + 1);
}

/** Props of {@link LabelLayer}. */
export interface LabelLayerProps {
  /** The chapter's labels, memoized per chapter and language, in priority order. */
  labels: MapLabel[];
}

export function LabelLayer({ labels }: LabelLayerProps) {
  const map = useMap();
  useEffect(
    function addLabels() {
      const views: LabelView[] = labels.map((label) => {
        const { root, text } = labelElement(label);
        const marker = new Marker([label.lat, label.lng], {
          // A zero-size icon at the point; the text is moved beside it by placement.
          icon: new DivIcon({ html: root, className: 'map-label-icon', iconSize: [0, 0] }),
          interactive: false,
          keyboard: false,
        });
        const anchors: [number, number][] = [[label.lat, label.lng], ...(label.alternatives ?? [])].map(
          ([lat, lng]) => [lat, lng],
        );
        return { label, marker, root, text, anchors };
      });
      const group = new LayerGroup(views.map((v) => v.marker)).addTo(map);
      const place = () => placeAll(map, views);
      place();
      map.on(`moveend viewreset resize ${OVERLAYS_CHANGED}`, place);
      return function removeLabels() {
        map.off(`moveend viewreset resize ${OVERLAYS_CHANGED}`, place);
        group.remove();
      };
    },
    [map, labels],
  );
  return null;
}
