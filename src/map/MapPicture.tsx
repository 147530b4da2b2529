/**
 * The map's first view as a static picture, drawn at build time (src/page/mapPicture.ts) into the prerendered
 * page: over the panel until Leaflet has drawn the same view (`data-map-ready` on the map panel, its sibling),
 * then faded out; and the map of pages read without JavaScript or printed. Decorative for assistive
 * technology: the map panel describes the view in words, and so does each chapter without JavaScript.
 *
 * Only the server has the markup (entry-server provides it); the browser renders the element empty and,
 * through `dangerouslySetInnerHTML`, hydration keeps the server's content as it is. No geodata in the bundle.
 */
import './MapPicture.css';
import { createContext, useContext } from 'react';
import type { ChapterId } from '../content/types';

/** The picture's markup: set by the server render, empty in the browser. */
export const MapPictureContext = createContext('');

/** Props of {@link MapPicture}. */
export interface MapPictureProps {
  /** The chapter the page opens at: the view the picture shows. */
  chapter: ChapterId;
}

export function MapPicture({ chapter }: MapPictureProps) {
  const html = useContext(MapPictureContext);
  return (
    <div
      className="map-picture"
      aria-hidden="true"
      data-chapter={chapter}
      dangerouslySetInnerHTML={{ __html: html }}
      suppressHydrationWarning
    />
  );
}
