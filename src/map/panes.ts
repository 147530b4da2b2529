/**
 * Map panes and their SVG renderers. Each pane gets its own renderer, created explicitly: Leaflet's own
 * per-pane renderer factory returns null where it detects no SVG support (jsdom), which would silently put
 * every path into one pane. Call only from effects.
 */
import { SVG, type Map as LeafletMap } from 'leaflet';

/** Drawing order, bottom to top (Leaflet's tiles are at 200, its markers and labels at 600). */
export const PANES = {
  land: 300,
  regions: 350,
  // The Almaty chapters' city detail (src/map/almaty): relief above the land, water and lines above that.
  relief: 360,
  detail: 370,
  lines: 410,
  borders: 420,
  routes: 430,
} as const;

export type PaneName = keyof typeof PANES;

const renderers = new WeakMap<LeafletMap, Map<PaneName, SVG>>();

/** The SVG renderer of a pane: every pane is created on the first call for a map, a renderer on its first use. */
export function paneRenderer(map: LeafletMap, name: PaneName): SVG {
  let byPane = renderers.get(map);
  if (!byPane) {
    byPane = new Map();
    renderers.set(map, byPane);
    // Every pane at once, with the map's first layer: a pane added to a map already on screen (reproduced with
    // a pane of its own for the Almaty built-up area, branch integration-s3) could stop Chromium 156 from
    // producing frames for good (no requestAnimationFrame, no IntersectionObserver).
    for (const pane of Object.keys(PANES) as PaneName[]) {
      const id = `story-${pane}`;
      (map.getPane(id) ?? map.createPane(id)).style.zIndex = String(PANES[pane]);
    }
  }
  let renderer = byPane.get(name);
  if (!renderer) {
    const id = `story-${name}`;
    // Padding: paths are drawn half a screen beyond the edges, so a flight does not reveal cut-off shapes.
    renderer = new SVG({ pane: id, padding: 0.5 });
    byPane.set(name, renderer);
  }
  return renderer;
}

/** Drawing order for redraws during a flight: lines blur first when scaled, fills hardly show it. */
export const REDRAW_ORDER: readonly PaneName[] = [
  'borders',
  'lines',
  'routes',
  'detail',
  'relief',
  'regions',
  'land',
];

/**
 * Re-projects and redraws one pane's paths now, if its renderer is on the map. Uses Leaflet 1.9's
 * `Renderer#_reset` (what its own `viewreset` handler calls): redrawing one pane per frame keeps each
 * frame short, where `map.fire('viewreset')` redraws every pane at once.
 */
export function redrawPane(map: LeafletMap, name: PaneName): void {
  const renderer = renderers.get(map)?.get(name) as (SVG & { _map?: LeafletMap; _reset(): void }) | undefined;
  if (renderer?._map === map) renderer._reset();
}
