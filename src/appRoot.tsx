import { StrictMode, type ReactElement } from 'react';
import { App } from './App';
import type { LanguagePack } from './content/pack';
import type { GraphicSource } from './charts/GraphicSlot';

/**
 * The element both entries render: the server's prerendered tree and the client's hydrated tree must be
 * the same, down to StrictMode, or `useId` values and hydration would disagree. Only the source of the chart
 * code differs (see {@link GraphicSource}): rendered directly on the server, loaded lazily in the browser.
 */
export function appRoot(pack: LanguagePack, graphics: GraphicSource): ReactElement {
  return (
    <StrictMode>
      <App pack={pack} graphics={graphics} />
    </StrictMode>
  );
}
