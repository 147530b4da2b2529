/**
 * The map's state per chapter and how the camera gets there. Pure: no Leaflet, no DOM, so it runs in Node
 * tests and during server rendering. Everything the map shows is derived from the chapter id alone, so a
 * jump or a reload in the middle of the story shows exactly that chapter's map.
 */
import type { MapOptions } from 'leaflet';
import { STRUCTURE } from '../content/structure';
import type { ChapterId, MapLayers, MapView } from '../content/types';

/** What the map shows in one chapter. */
export interface MapState {
  view: MapView;
  /** The camera on a narrow panel (below {@link NARROW_PANEL_PX}): the chapter's own, or `view`. */
  narrowView: MapView;
  layers: MapLayers;
}

const STATES = new Map<ChapterId, MapState>(
  STRUCTURE.map(({ id, view, narrowView, layers }) => [id, { view, narrowView: narrowView ?? view, layers }]),
);

/** Map panels narrower than this (px) take a chapter's narrow camera: phones in portrait. */
export const NARROW_PANEL_PX = 600;

/** The camera for a panel `width` px wide. */
export function viewForWidth(state: MapState, width: number): MapView {
  return width < NARROW_PANEL_PX ? state.narrowView : state.view;
}

/**
 * The camera and layers of a chapter, from `STRUCTURE`. The same object on every call, so components can
 * memoize on it (react-leaflet and our layer effects compare by reference).
 */
export function mapStateFor(id: ChapterId): MapState {
  const state = STATES.get(id);
  if (!state) throw new Error(`No map state for chapter ${id}`);
  return state;
}

/**
 * The map is driven by the story, not by the reader's gestures: no scroll-wheel, drag or touch zoom (so
 * touch scrolls the page, and Leaflet sets no `touch-action: none`), and no keyboard handler (it would give
 * the container a tabindex and trap arrow keys).
 */
export const MAP_OPTIONS = {
  zoomControl: false,
  scrollWheelZoom: false,
  dragging: false,
  touchZoom: false,
  doubleClickZoom: false,
  boxZoom: false,
  keyboard: false,
  zoomSnap: 0.25,
  minZoom: 2,
  maxZoom: 14,
  inertia: false,
} satisfies MapOptions;

/** How long a camera flight between chapters takes. */
export const FLY_SECONDS = 1.2;

/** Room in px between a view's bounds and the map edge, so labels at the edge stay inside. */
export const FIT_PADDING: [number, number] = [24, 24];

/**
 * One camera move, as the Leaflet method to call and its arguments. `flyToBounds`/`flyTo` animate;
 * `fitBounds`/`setView` jump, for readers who asked for reduced motion and for the first view.
 */
export type CameraMove =
  | {
      method: 'flyToBounds' | 'fitBounds';
      bounds: [[number, number], [number, number]];
      options: {
        paddingTopLeft: [number, number];
        paddingBottomRight: [number, number];
        maxZoom?: number;
        animate: boolean;
        duration?: number;
      };
    }
  | {
      method: 'flyTo' | 'setView';
      center: [number, number];
      zoom: number;
      options: { animate: boolean; duration?: number };
    };

/**
 * The move that brings the camera to `view`: a flight, or a jump when `jump` (reduced motion, first view).
 * `reserveTop` px at the top of the panel are kept clear of the view's bounds (the legend sits there).
 */
export function cameraMove(view: MapView, jump: boolean, reserveTop = 0): CameraMove {
  const timing = jump ? { animate: false } : { animate: true, duration: FLY_SECONDS };
  if (view.kind === 'center') {
    return { method: jump ? 'setView' : 'flyTo', center: view.center, zoom: view.zoom, options: timing };
  }
  return {
    method: jump ? 'fitBounds' : 'flyToBounds',
    bounds: view.bounds,
    options: {
      paddingTopLeft: [FIT_PADDING[0], FIT_PADDING[1] + reserveTop],
      paddingBottomRight: FIT_PADDING,
      ...(view.maxZoom === undefined ? {} : { maxZoom: view.maxZoom }),
      ...timing,
    },
  };
}

/** `"lat,lng"` with 3 decimals, as the panel exposes it in `data-center` for browser tests. */
export function formatCenter(lat: number, lng: number): string {
  return `${lat.toFixed(3)},${lng.toFixed(3)}`;
}

/**
 * Whether the vector drawing, made at another zoom or center, no longer serves during a flight: a zoom level
 * or more away (lines scaled to double width or half), or panned by more than a third of the panel (the
 * renderers draw half a panel beyond each edge).
 */
export function drawingIsStale(
  zoomChange: number,
  offset: { x: number; y: number },
  size: { x: number; y: number },
): boolean {
  return Math.abs(zoomChange) >= 1 || Math.abs(offset.x) > size.x / 3 || Math.abs(offset.y) > size.y / 3;
}
