import type { ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ChapterId } from '../content/types';

/** Props of {@link OpenFullStory}. */
export interface OpenFullStoryProps {
  pack: LanguagePack;
  /** The chapter being read: the new tab opens on it. */
  chapter: ChapterId;
}

/**
 * In an embed: the story in a new tab, on the chapter being read. The relative `./#id` resolves against the
 * frame's own URL to the same folder (so the same language) without its query string (no embed or theme
 * parameters), and needs no `window` to render on the server.
 */
export function OpenFullStory({ pack, chapter }: OpenFullStoryProps): ReactElement {
  return (
    <a className="embed-open" href={`./#${chapter}`} target="_blank" rel="noopener">
      {pack.ui.openFullStory} <span className="visually-hidden">{pack.ui.opensInNewTab}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
