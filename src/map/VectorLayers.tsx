/**
 * The vector map: countries, Kazakhstan's regions, border lines, Almaty city, CSTO routes. Every layer is
 * created in a named effect and removed in its cleanup; static layers once per map, chapter layers when
 * the chapter changes. Styling is by CSS class only (map.css), never colours in JavaScript.
 */
import type { Feature, FeatureCollection, GeoJsonObject } from 'geojson';
import {
  GeoJSON as LeafletGeoJSON,
  Polyline,
  type GeoJSONOptions,
  type Path,
  type PolylineOptions,
  type Renderer,
} from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { MapLayers } from '../content/types';
import { countryClass, REGION_STATE_CLASSES, regionStateClasses } from './classes';
import { useDrawing, useDrawingStages } from './drawing';
import { mapGeodata, type RegionProperties } from './geodata';
import { paneRenderer, type PaneName } from './panes';
import { installSubpixelPaths } from './subpixel';
import type { routesFor } from './routes';

/** The CSS class of a feature's path. */
export type ClassOf = (feature: Feature | undefined) => string;

const countryClassOf: ClassOf = (f) => countryClass(f?.id);
const regionClassOf: ClassOf = () => 'map-region';
const countryLineClassOf: ClassOf = () => 'map-country-line';
const regionLineClassOf: ClassOf = () => 'map-region-line';
const borderClassOf: ClassOf = (f) => `map-border map-border--${String(f?.properties?.neighbour)}`;
const cityClassOf: ClassOf = () => 'map-city';

// Before any path is drawn: no stair-steps on 2× screens (src/map/subpixel.ts).
installSubpixelPaths();

function featuresOf(data: GeoJsonObject): GeoJsonObject[] {
  return data.type === 'FeatureCollection' ? (data as FeatureCollection).features : [data];
}

/**
 * The options of one GeoJSON layer. Built outside the hook on purpose: a function created inside a render
 * shares that render's closure scope, which holds the layer drawn before (`drawn`); the style function lives as
 * long as its layer, so each layer kept its predecessor alive and every layer ever created stayed in memory.
 */
function geoJsonOptions(renderer: Renderer, classOf: ClassOf): GeoJSONOptions & PolylineOptions {
  return {
    renderer,
    interactive: false,
    // The geodata is simplified per zoom at build time: Leaflet's own simplification only costs time.
    smoothFactor: 0,
    style: (feature) => ({ className: classOf(feature) }),
  };
}

/**
 * Adds a GeoJSON layer to a pane while mounted. Its features are added as the drawing strategy says (on the
 * page a slice at a time, src/map/drawing.ts), so that a layer of many shapes never blocks the page in one long
 * task; `onComplete` is called once all are.
 * Returns the layer once all its features are drawn (else null). Completion belongs to a layer instance, not to
 * the data: under StrictMode, or when the data changes, a removed layer may have finished while its successor
 * is still being drawn.
 */
export function useGeoJsonLayer(
  data: GeoJsonObject | null,
  pane: PaneName,
  classOf: ClassOf,
  onComplete?: (() => void) | undefined,
): LeafletGeoJSON | null {
  const map = useMap();
  const { fill } = useDrawing();
  const layerRef = useRef<LeafletGeoJSON | null>(null);
  const [drawn, setDrawn] = useState<LeafletGeoJSON | null>(null);
  useEffect(
    function addGeoJson() {
      if (!data) return;
      // GeoJSON hands these options to every path it creates; its type does not list `renderer`.
      const layer = new LeafletGeoJSON(null, geoJsonOptions(paneRenderer(map, pane), classOf)).addTo(map);
      layerRef.current = layer;
      const stop = fill(
        featuresOf(data),
        (feature) => layer.addData(feature),
        () => setDrawn(layer),
      );
      return function removeGeoJson() {
        stop();
        layer.remove();
        layerRef.current = null;
        // A removed layer is not kept as the drawn one: its paths would stay in memory until the next draw.
        setDrawn((current) => (current === layer ? null : current));
      };
    },
    [map, data, pane, classOf, fill],
  );
  useEffect(
    function reportComplete() {
      if (drawn && drawn === layerRef.current) onComplete?.();
    },
    [drawn, onComplete],
  );
  return drawn;
}

/** Props of the layers drawn in stages: called once the layer is drawn. */
interface StageProps {
  onComplete?: (() => void) | undefined;
}

function Countries({ onComplete }: StageProps) {
  useGeoJsonLayer(mapGeodata().countries, 'land', countryClassOf, onComplete);
  return null;
}

function Regions({ layers, onComplete }: StageProps & { layers: MapLayers }) {
  const regions = useGeoJsonLayer(mapGeodata().regions, 'regions', regionClassOf, onComplete);
  useEffect(
    function markRegions() {
      // A drawn layer that was removed since is marked in vain; its successor comes with its own render.
      regions?.eachLayer((layer) => {
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

function RegionLines({ onComplete }: StageProps) {
  useGeoJsonLayer(mapGeodata().regionLines, 'lines', regionLineClassOf, onComplete);
  return null;
}

function CountryLines({ onComplete }: StageProps) {
  useGeoJsonLayer(mapGeodata().countryLines, 'lines', countryLineClassOf, onComplete);
  return null;
}

function Borders({ onComplete }: StageProps) {
  useGeoJsonLayer(mapGeodata().borders, 'borders', borderClassOf, onComplete);
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

/** The first draw, layer after layer (src/map/drawing.ts): the map, then one stage per layer below. */
const LAST_STAGE = 6;

/** All vector layers, in drawing order (panes keep the order when chapter layers come and go). */
export function VectorLayers({ layers, routes, onDrawn }: VectorLayersProps) {
  const { stage, ended } = useDrawingStages(LAST_STAGE);
  const drawn = stage > LAST_STAGE;
  useEffect(
    function reportDrawn() {
      if (drawn) onDrawn?.();
    },
    [drawn, onDrawn],
  );
  return (
    <>
      {stage >= 2 && <Countries onComplete={ended[2]} />}
      {stage >= 3 && <Regions layers={layers} onComplete={ended[3]} />}
      {stage >= 4 && <RegionLines onComplete={ended[4]} />}
      {stage >= 5 && <CountryLines onComplete={ended[5]} />}
      {stage >= 6 && (
        <>
          <Borders onComplete={ended[6]} />
          <AlmatyCity show={Boolean(layers.almatyCity)} />
          <CstoRoutes routes={routes} />
        </>
      )}
    </>
  );
}
