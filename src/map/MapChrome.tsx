/**
 * What the map needs besides layers: attribution, hiding the decorative drawing from assistive technology,
 * reporting camera moves, and tracking the panel's size. Each in a named effect with a named cleanup.
 */
import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LanguagePack } from '../content/pack';
import { mapWord } from './words';
import { browserResizeObserver, type ResizeObserverFactory } from '../lib/observers';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function link(href: string, text: string): string {
  return `<a href="${href}" target="_blank" rel="noopener">${escapeHtml(text)}</a>`;
}

/** The attribution entries (HTML) for the data the map draws. */
export function attributionsFor(pack: LanguagePack): string[] {
  return [
    link('https://www.naturalearthdata.com/', mapWord(pack, 'attributionNaturalEarth')),
    link('https://www.openstreetmap.org/copyright', mapWord(pack, 'attributionOsm')),
  ];
}

/** Leaflet's credit without the flag icon it shows by default. */
export const LEAFLET_PREFIX = link('https://leafletjs.com/', 'Leaflet');

/** Props of {@link MapChrome}. */
export interface MapChromeProps {
  pack: LanguagePack;
  /** Called once the map exists. */
  onMapReady?: ((map: LeafletMap) => void) | undefined;
  /** Called after every camera move, and once at the start. */
  onMoveEnd?: ((center: { lat: number; lng: number }, zoom: number) => void) | undefined;
  /** Creates the observer that watches the panel; the browser's by default (jsdom has none). */
  createResizeObserver?: ResizeObserverFactory | undefined;
}

export function MapChrome({
  pack,
  onMapReady,
  onMoveEnd,
  createResizeObserver = browserResizeObserver,
}: MapChromeProps) {
  const map = useMap();

  useEffect(
    function credit() {
      const control = map.attributionControl;
      if (!control) return;
      const entries = attributionsFor(pack);
      control.setPrefix(LEAFLET_PREFIX);
      for (const entry of entries) control.addAttribution(entry);
      return function uncredit() {
        for (const entry of entries) control.removeAttribution(entry);
      };
    },
    [map, pack],
  );

  useEffect(
    function hideDrawing() {
      // The drawing repeats what the panel's text description says; controls (attribution) stay readable.
      const pane = map.getPane('mapPane');
      pane?.setAttribute('aria-hidden', 'true');
      return function unhideDrawing() {
        pane?.removeAttribute('aria-hidden');
      };
    },
    [map],
  );

  useEffect(
    function reportMoves() {
      if (!onMoveEnd) return;
      const report = () => onMoveEnd(map.getCenter(), map.getZoom());
      report();
      map.on('moveend', report);
      return function stopReporting() {
        map.off('moveend', report);
      };
    },
    [map, onMoveEnd],
  );

  useEffect(
    function watchSize() {
      const observer = createResizeObserver(() => map.invalidateSize({ animate: false }));
      if (!observer) return;
      observer.observe(map.getContainer());
      return function unwatchSize() {
        observer.disconnect();
      };
    },
    [map, createResizeObserver],
  );

  useEffect(
    function announceReady() {
      onMapReady?.(map);
    },
    [map, onMapReady],
  );

  return null;
}
