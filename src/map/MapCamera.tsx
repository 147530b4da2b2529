/**
 * Moves the camera to the active chapter's view. MapContainer's props apply only when the map is created,
 * so the camera is driven from here, through `useMap()`. The target is derived from the chapter alone: a
 * flight interrupted by the next chapter simply starts the next flight (Leaflet stops the running one).
 */
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapView } from '../content/types';
import { cameraMove, drawingIsStale, viewForWidth, type CameraMove, type MapState } from './view';
import { redrawPane, REDRAW_ORDER, type PaneName } from './panes';

/** Runs one camera move on a Leaflet map. */
export function applyCamera(map: LeafletMap, move: CameraMove): void {
  switch (move.method) {
    case 'flyToBounds':
      map.flyToBounds(move.bounds, move.options);
      break;
    case 'fitBounds':
      map.fitBounds(move.bounds, move.options);
      break;
    case 'flyTo':
      map.flyTo(move.center, move.zoom, move.options);
      break;
    case 'setView':
      map.setView(move.center, move.zoom, move.options);
      break;
  }
}

/**
 * The move to the chapter's camera for the panel's current width, keeping the legend's strip at the top of
 * the panel clear of the view's bounds, so the legend never covers the chapter's subject.
 */
function moveFor(map: LeafletMap, state: MapState, jump: boolean): { view: MapView; move: CameraMove } {
  const view = viewForWidth(state, map.getSize().x);
  const legend = map.getContainer().parentElement?.querySelector<HTMLElement>('.map-legend');
  const reserve = legend ? legend.offsetTop + legend.offsetHeight : 0;
  return { view, move: cameraMove(view, jump, reserve) };
}

/** Props of {@link MapCamera}. */
export interface MapCameraProps {
  /** The chapter's map state (the same object while the chapter is shown): its wide and narrow cameras. */
  state: MapState;
  /** Jump instead of flying. */
  reducedMotion: boolean;
}

export function MapCamera({ state, reducedMotion }: MapCameraProps) {
  const map = useMap();
  const shown = useRef<MapState | null>(null);

  useEffect(
    function moveCamera() {
      if (shown.current === state) return;
      // The first view is a jump: the map was just created, there is nowhere to fly from.
      const jump = shown.current === null || reducedMotion;
      shown.current = state;
      applyCamera(map, moveFor(map, state, jump).move);
    },
    [map, state, reducedMotion],
  );

  useEffect(
    function redrawDuringFlights() {
      // Leaflet redraws vector layers only when a move ends; in between it scales the last drawing. Over a
      // flight from country to city zoom that turns 2px lines into blurred bands, and zooming out leaves
      // land undrawn. Whenever the drawing is a zoom level or a third of the panel out of date, redraw it,
      // one pane per animation frame: all panes in one frame took 50+ ms on a wide map (a long task).
      let drawn = { zoom: map.getZoom(), center: map.getCenter() };
      let queue: PaneName[] = [];
      let frame = 0;
      const redrawNext = () => {
        frame = 0;
        const pane = queue.shift();
        if (pane) redrawPane(map, pane);
        if (queue.length) frame = requestAnimationFrame(redrawNext);
      };
      const redrawIfStale = () => {
        if (queue.length) return;
        const zoom = map.getZoom();
        const size = map.getSize();
        const offset = map.project(map.getCenter(), zoom).subtract(map.project(drawn.center, zoom));
        if (!drawingIsStale(zoom - drawn.zoom, offset, size)) return;
        drawn = { zoom, center: map.getCenter() };
        queue = [...REDRAW_ORDER];
        frame = requestAnimationFrame(redrawNext);
      };
      const markDrawn = () => {
        // Leaflet has just redrawn every pane itself.
        queue = [];
        cancelAnimationFrame(frame);
        frame = 0;
        drawn = { zoom: map.getZoom(), center: map.getCenter() };
      };
      map.on('move', redrawIfStale);
      // Jumps reset the view (and redraw) themselves; every move ends in a redraw.
      map.on('viewreset moveend', markDrawn);
      return function stopRedrawing() {
        map.off('move', redrawIfStale);
        map.off('viewreset moveend', markDrawn);
        cancelAnimationFrame(frame);
      };
    },
    [map],
  );

  useEffect(
    function refitOnResize() {
      // A new panel size (rotation, layout change) would crop the chapter's view, or call for the other
      // camera: fit it again, at once.
      const refit = () => applyCamera(map, moveFor(map, state, true).move);
      map.on('resize', refit);
      return function stopRefitting() {
        map.off('resize', refit);
      };
    },
    [map, state],
  );

  return null;
}
