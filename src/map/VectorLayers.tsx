/**
 * The vector map: countries, Kazakhstan's regions, border lines, Almaty city, CSTO routes. Every layer is
 * created in a named effect and removed in its cleanup; static layers once per map, chapter layers when
 * the chapter changes. Styling is by CSS class only (map.css), never colours in JavaScript.
 */
import type { Feature, GeoJsonObject } from 'geojson';
import {
  GeoJSON as LeafletGeoJSON,
  Polyline,
  type GeoJSONOptions,
  type Path,
  type PolylineOptions,
} from 'leaflet';
import { useEffect, useRef, type RefObject } from 'react';
import { useMap } from 'react-leaflet';
import type { MapLayers } from '../content/types';
import { countryClass, REGION_STATE_CLASSES, regionStateClasses } from './classes';
import { mapGeodata, type RegionProperties } from './geodata';
import { paneRenderer, type PaneName } from './panes';
import { useStages } from './useStages';
import type { routesFor } from './routes';

type ClassOf = (feature: Feature | undefined) => string;

const countryClassOf: ClassOf = (f) => countryClass(f?.id);
const regionClassOf: ClassOf = () => 'map-region';
const countryLineClassOf: ClassOf = () => 'map-country-line';
const regionLineClassOf: ClassOf = () => 'map-region-line';
const borderClassOf: ClassOf = (f) => `map-border map-border--${String(f?.properties?.neighbour)}`;
const cityClassOf: ClassOf = () => 'map-city';

/** Adds a GeoJSON layer to a pane while mounted; the ref gives effects access to its paths. */
function useGeoJsonLayer(
  data: GeoJsonObject | null,
  pane: PaneName,
  classOf: ClassOf,
): RefObject<LeafletGeoJSON | null> {
  const map = useMap();
  const layerRef = useRef<LeafletGeoJSON | null>(null);
  useEffect(
    function addGeoJson() {
      if (!data) return;
      // GeoJSON hands these options to every path it creates; its type does not list `renderer`.
      const options: GeoJSONOptions & PolylineOptions = {
        renderer: paneRenderer(map, pane),
        interactive: false,
        // The geodata is simplified per zoom at build time: Leaflet's own simplification only costs time.
        smoothFactor: 0,
        style: (feature) => ({ className: classOf(feature) }),
      };
      const layer = new LeafletGeoJSON(data, options).addTo(map);
      layerRef.current = layer;
      return function removeGeoJson() {
        layer.remove();
        layerRef.current = null;
      };
    },
    [map, data, pane, classOf],
  );
  return layerRef;
}

function Countries() {
  useGeoJsonLayer(mapGeodata().countries, 'land', countryClassOf);
  return null;
}

function Regions({ layers }: { layers: MapLayers }) {
  const regions = useGeoJsonLayer(mapGeodata().regions, 'regions', regionClassOf);
  useEffect(
    function markRegions() {
      regions.current?.eachLayer((layer) => {
        const path = layer as Path & { feature?: Feature<never, RegionProperties> };
        const element = path.getElement();
        const iso = path.feature?.properties.iso;
        if (!element || !iso) return;
        const wanted = regionStateClasses(iso, layers);
        for (const name of REGION_STATE_CLASSES) element.classList.toggle(name, wanted.includes(name));
      });
    },
    [regions, layers],
  );
  return null;
}

function RegionLines() {
  useGeoJsonLayer(mapGeodata().regionLines, 'lines', regionLineClassOf);
  return null;
}

function CountryLines() {
  useGeoJsonLayer(mapGeodata().countryLines, 'lines', countryLineClassOf);
  return null;
}

function Borders() {
  useGeoJsonLayer(mapGeodata().borders, 'borders', borderClassOf);
  return null;
}

function AlmatyCity({ show }: { show: boolean }) {
  useGeoJsonLayer(show ? mapGeodata().almatyCity : null, 'lines', cityClassOf);
  return null;
}

function CstoRoutes({ routes }: { routes: ReturnType<typeof routesFor> }) {
  const map = useMap();
  useEffect(
    function addRoutes() {
      const renderer = paneRenderer(map, 'routes');
      const lines = routes.map(({ from, points }) =>
        new Polyline(points, {
          renderer,
          interactive: false,
          className: `map-route map-route--${from}`,
        }).addTo(map),
      );
      return function removeRoutes() {
        for (const line of lines) line.remove();
      };
    },
    [map, routes],
  );
  return null;
}

/** Props of {@link VectorLayers}. */
export interface VectorLayersProps {
  /** The chapter's layers (same object while the chapter is shown). */
  layers: MapLayers;
  /** The chapter's CSTO routes, memoized per chapter. */
  routes: ReturnType<typeof routesFor>;
  /** Called once every layer has been drawn for the first time. */
  onDrawn?: (() => void) | undefined;
}

/**
 * The layers' first draw, one per task (see {@link useStages}); the last stage adds the chapter layers. Stage
 * 1 draws nothing: it is the task that creates the map, whose commit React finishes synchronously.
 */
const STAGES = 6;

/** All vector layers, in drawing order (panes keep the order when chapter layers come and go). */
export function VectorLayers({ layers, routes, onDrawn }: VectorLayersProps) {
  const stage = useStages(STAGES);
  useEffect(
    function reportDrawn() {
      if (stage === STAGES) onDrawn?.();
    },
    [stage, onDrawn],
  );
  return (
    <>
      {stage >= 2 && <Countries />}
      {stage >= 3 && <Regions layers={layers} />}
      {stage >= 4 && <RegionLines />}
      {stage >= 5 && <CountryLines />}
      {stage >= 6 && (
        <>
          <Borders />
          <AlmatyCity show={Boolean(layers.almatyCity)} />
          <CstoRoutes routes={routes} />
        </>
      )}
    </>
  );
}
