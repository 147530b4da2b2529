import { StrictMode, type ReactElement } from 'react';
import { App } from './App';
import type { LanguagePack } from './content/pack';

/**
 * The element both entries render: the server's prerendered tree and the client's hydrated tree must be
 * the same, down to StrictMode, or `useId` values and hydration would disagree.
 */
export function appRoot(pack: LanguagePack): ReactElement {
  return (
    <StrictMode>
      <App pack={pack} />
    </StrictMode>
  );
}
