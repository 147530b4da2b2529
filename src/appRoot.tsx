import { StrictMode, type ReactElement } from 'react';
import { App } from './App';
import type { LanguagePack } from './content/pack';
import type { GraphicSource } from './charts/loading/GraphicSlot';
import type { FooterSource } from './chrome/FooterSlot';
import { MapPictureContext } from './map/MapPicture';
import { FRONT_PAGE, PageContext, type PagePlace } from './page/pageContext';

/** The parts the entries inject: rendered directly on the server, loaded lazily in the browser. */
export interface LateParts {
  graphics: GraphicSource;
  footer: FooterSource;
}

/**
 * The element both entries render: the server's prerendered tree and the client's hydrated tree must be
 * the same, down to StrictMode, or `useId` values and hydration would disagree. Only the source of the chart
 * and footer code differs ({@link LateParts}): rendered directly on the server, loaded lazily in the browser.
 * `page` is the page being rendered (a front page or a chapter page, src/page/chapterPages.ts); `mapPicture`
 * the markup of its map picture (server only: src/map/MapPicture.tsx).
 */
export function appRoot(
  pack: LanguagePack,
  { graphics, footer }: LateParts,
  page: PagePlace = FRONT_PAGE,
  mapPicture = '',
): ReactElement {
  return (
    <StrictMode>
      <PageContext value={page}>
        <MapPictureContext value={mapPicture}>
          <App pack={pack} graphics={graphics} footer={footer} />
        </MapPictureContext>
      </PageContext>
    </StrictMode>
  );
}
