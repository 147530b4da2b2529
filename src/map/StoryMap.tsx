/**
 * The Leaflet map of the story. Loaded lazily by MapPanel, in the browser only. The map is created once;
 * camera, layers and labels are derived from `chapterId` alone and updated in place.
 */
import 'leaflet/dist/leaflet.css';
import './map.css';
import type { Map as LeafletMap } from 'leaflet';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { MapContainer, TileLayer } from 'react-leaflet';
import type { LanguagePack } from '../content/pack';
import type { ChapterId } from '../content/types';
import { firstViewDrawn, useAfterFirstView } from '../lib/firstView';
import { nearAlmatyDetail } from './almaty/near';
import { LabelLayer } from './LabelLayer';
import { labelsFor } from './labels';
import { MapCamera } from './MapCamera';
import { MapChrome } from './MapChrome';
import { MapLegend } from './MapLegend';
import { routesFor } from './routes';
import { VectorLayers } from './VectorLayers';
import { cameraMove, MAP_OPTIONS, mapStateFor } from './view';
import type { ResizeObserverFactory } from '../lib/observers';

export { MAP_OPTIONS };

// The Almaty chapters' city detail and insets: loaded when the reader nears them (almaty/near.ts), and never
// before the first view is drawn and the browser idles (a chapter page such as almaty/ opens next to them).
const AlmatyExtras = lazy(() => import('./almaty/AlmatyExtras'));

// Optional raster tiles, only when a deployment sets them: by default no request leaves the page's origin.
const TILE_URL: string | undefined = import.meta.env.VITE_TILE_URL || undefined;
const TILE_ATTRIBUTION: string = import.meta.env.VITE_TILE_ATTRIBUTION ?? '';

/** Props of {@link StoryMap}. */
export interface StoryMapProps {
  chapterId: ChapterId;
  pack: LanguagePack;
  /** Jump between chapters instead of flying. */
  reducedMotion: boolean;
  /** Called once the Leaflet map exists and is drawn (tests spy on it; MapPanel sets `data-map-ready`). */
  onMapReady?: ((map: LeafletMap) => void) | undefined;
  /** Called after every camera move with the new center and zoom. */
  onMoveEnd?: ((center: { lat: number; lng: number }, zoom: number) => void) | undefined;
  /** Creates the observer that watches the panel (default: the browser's; jsdom has none). */
  createResizeObserver?: ResizeObserverFactory | undefined;
}

export function StoryMap({
  chapterId,
  pack,
  reducedMotion,
  onMapReady,
  onMoveEnd,
  createResizeObserver,
}: StoryMapProps) {
  const state = mapStateFor(chapterId);
  const { view, layers } = state;
  // MapContainer reads its view only when it creates the map: keep the first chapter's view for that.
  const [initial] = useState(() => cameraMove(view, true));
  const labels = useMemo(() => labelsFor(state, pack), [state, pack]);
  const routes = useMemo(() => routesFor(layers), [layers]);
  // The first draw is spread over several tasks (VectorLayers); labels follow the shapes, and the map is
  // reported ready (`data-map-ready`) once everything is drawn.
  const [drawn, setDrawn] = useState(false);
  const markDrawn = useCallback(() => {
    setDrawn(true);
    // The map's first draw completes the page's first view (src/lib/firstView.ts).
    firstViewDrawn();
  }, []);
  const firstViewDone = useAfterFirstView();

  const initialView =
    'bounds' in initial
      ? { bounds: initial.bounds, boundsOptions: initial.options }
      : { center: initial.center, zoom: initial.zoom };

  return (
    <div
      className={[
        'story-map',
        TILE_URL ? 'story-map--tiles' : '',
        // The borders chapter draws the two borders in its chart's colour.
        layers.borderLengths ? 'story-map--borders' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <MapContainer className="story-map__leaflet" {...MAP_OPTIONS} {...initialView}>
        {TILE_URL ? (
          <TileLayer url={TILE_URL} attribution={`${pack.ui.tilesAttributionNote}: ${TILE_ATTRIBUTION}`} />
        ) : null}
        <VectorLayers layers={layers} routes={routes} onDrawn={markDrawn} />
        {drawn && <LabelLayer labels={labels} />}
        {drawn && firstViewDone && nearAlmatyDetail(chapterId) ? (
          <Suspense fallback={null}>
            <AlmatyExtras chapterId={chapterId} layers={layers} pack={pack} />
          </Suspense>
        ) : null}
        <MapCamera state={state} reducedMotion={reducedMotion} />
        <MapChrome
          pack={pack}
          onMapReady={drawn ? onMapReady : undefined}
          onMoveEnd={onMoveEnd}
          createResizeObserver={createResizeObserver}
        />
      </MapContainer>
      <MapLegend layers={layers} pack={pack} />
    </div>
  );
}

export default StoryMap;
