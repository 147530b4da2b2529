/**
 * The city detail of the Almaty chapters on the Leaflet map: the built-up area, relief bands (the mountains
 * to the south), water, glaciers, the airport grounds, main roads, railways and rivers, plus a scale bar and the credit for the
 * elevation data. Loaded when the reader nears those chapters (near.ts), drawn only while a chapter shows
 * the city. Every layer is added in a named effect and removed in its cleanup; styling by CSS class only
 * (almaty.css).
 */
import './almaty.css';
import type { Feature } from 'geojson';
import { Control } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { ChapterId } from '../../content/types';
import { useGeoJsonLayer, type ClassOf } from '../VectorLayers';
import { nearAlmatyDetail } from './near';
import { useAlmatyDetail } from './useAlmatyDetail';

const builtUpClassOf: ClassOf = () => 'map-built-up';
const reliefClassOf: ClassOf = () => 'map-relief';
const waterClassOf: ClassOf = () => 'map-detail-water';
const glacierClassOf: ClassOf = () => 'map-glacier';
const airportClassOf: ClassOf = () => 'map-airport';
const roadClassOf: ClassOf = (f: Feature | undefined) =>
  `map-road map-road--${String(f?.properties?.kind ?? 'secondary')}`;
const railwayClassOf: ClassOf = () => 'map-railway';
const riverClassOf: ClassOf = (f: Feature | undefined) =>
  `map-river map-river--${String(f?.properties?.kind ?? 'river')}`;

/** The credit for the elevation data (public domain; named as a courtesy and for provenance). */
export const SRTM_ATTRIBUTION =
  '<a href="https://www.earthdata.nasa.gov/data/instruments/srtm" target="_blank" rel="noopener">SRTM (NASA)</a>';

/** The class the map container carries while the city detail is shown (almaty.css restyles the city). */
export const DETAIL_SHOWN_CLASS = 'story-map--almaty-detail';

/** Props of {@link AlmatyDetailLayers}. */
export interface AlmatyDetailLayersProps {
  /** The active chapter: the detail loads when it is in or next to an Almaty chapter. */
  chapterId: ChapterId;
  /** Whether the chapter shows the city (its `layers.almatyCity`). */
  show: boolean;
}

export function AlmatyDetailLayers({ chapterId, show }: AlmatyDetailLayersProps) {
  const map = useMap();
  const detail = useAlmatyDetail(nearAlmatyDetail(chapterId));
  const drawn = show ? detail : null;

  // First into the relief's pane, so under its bands (see PANES on why not a pane of its own).
  useGeoJsonLayer(drawn?.builtUp ?? null, 'relief', builtUpClassOf);
  useGeoJsonLayer(drawn?.relief ?? null, 'relief', reliefClassOf);
  useGeoJsonLayer(drawn?.water ?? null, 'detail', waterClassOf);
  useGeoJsonLayer(drawn?.glaciers ?? null, 'detail', glacierClassOf);
  useGeoJsonLayer(drawn?.airport ?? null, 'detail', airportClassOf);
  useGeoJsonLayer(drawn?.roads ?? null, 'detail', roadClassOf);
  useGeoJsonLayer(drawn?.railways ?? null, 'detail', railwayClassOf);
  useGeoJsonLayer(drawn?.rivers ?? null, 'detail', riverClassOf);

  useEffect(
    function addScaleBar() {
      if (!show) return;
      const scale = new Control.Scale({
        metric: true,
        imperial: false,
        position: 'bottomleft',
        maxWidth: 120,
      });
      scale.addTo(map);
      const container = map.getContainer();
      container.classList.add(DETAIL_SHOWN_CLASS);
      return function removeScaleBar() {
        scale.remove();
        container.classList.remove(DETAIL_SHOWN_CLASS);
      };
    },
    [map, show],
  );

  useEffect(
    function creditElevation() {
      const control = map.attributionControl;
      if (!drawn || !control) return;
      control.addAttribution(SRTM_ATTRIBUTION);
      return function uncreditElevation() {
        control.removeAttribution(SRTM_ATTRIBUTION);
      };
    },
    [map, drawn],
  );

  return null;
}
