/**
 * The map panel: frame, text description and place list (rendered everywhere, also on the server), and
 * the Leaflet map, loaded lazily in the browser only, after hydration. Importing this module loads no
 * Leaflet. The panel fills its parent; the page layout decides the size.
 */
import './MapPanel.css';
import { lazy, Suspense, useCallback, useId, useRef, useState, useSyncExternalStore } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ChapterId } from '../content/types';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { placeNamesFor } from './labels';
import { formatCenter, mapStateFor } from './view';
import { mapWord } from './words';

const StoryMap = lazy(() => import('./StoryMap'));

/** Props of {@link MapPanel}. */
export interface MapPanelProps {
  /** The active chapter: the map's camera, layers and labels follow from it alone. */
  chapterId: ChapterId;
  pack: LanguagePack;
  /** Jump between chapter views instead of flying (the reader's `prefers-reduced-motion`). */
  reducedMotion: boolean;
}

function subscribeNever(): () => void {
  return function unsubscribe() {};
}

/** False on the server and while hydrating, true in the browser afterwards: when Leaflet may load. */
function useInBrowser(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

export function MapPanel({ chapterId, pack, reducedMotion }: MapPanelProps) {
  const inBrowser = useInBrowser();
  const descriptionId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const places = placeNamesFor(mapStateFor(chapterId).layers, pack);

  const handleReady = useCallback(() => setReady(true), []);
  // Written straight to the DOM: a re-render per camera move would gain nothing.
  const handleMoveEnd = useCallback((center: { lat: number; lng: number }, zoom: number) => {
    const root = rootRef.current;
    if (!root) return;
    root.dataset.center = formatCenter(center.lat, center.lng);
    root.dataset.zoom = String(Math.round(zoom * 100) / 100);
  }, []);

  return (
    <div
      ref={rootRef}
      className="map-panel"
      role="region"
      aria-label={pack.ui.mapLabel}
      aria-describedby={descriptionId}
      data-chapter={chapterId}
      data-map-ready={ready ? 'true' : 'false'}
    >
      {inBrowser ? (
        <ErrorBoundary notice={pack.ui.mapError}>
          <Suspense fallback={null}>
            <StoryMap
              chapterId={chapterId}
              pack={pack}
              reducedMotion={reducedMotion}
              onMapReady={handleReady}
              onMoveEnd={handleMoveEnd}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      <div className="map-panel__text">
        <p id={descriptionId}>{pack.chapters[chapterId].mapDescription}</p>
        {places.length > 0 ? (
          <>
            <p>{mapWord(pack, 'mapPlacesHeading')}</p>
            <ul>
              {places.map((place) => (
                <li key={place.id}>{place.name}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
