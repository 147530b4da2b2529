import type { ReactElement } from 'react';
import { EDITIONS, pathBetween } from '../content/editions';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, Lang } from '../content/types';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  pack: LanguagePack;
  /** The chapter the reader is in: the other edition opens at the same chapter. */
  active: ChapterId;
}

/** The link to an edition at a chapter, relative so the page works from any folder. */
export function editionHref(from: Lang, to: Lang, chapter: ChapterId): string {
  return `${pathBetween(from, to)}#${chapter}`;
}

/**
 * A visible switch between every edition of the registry that keeps the current chapter. Each edition is
 * named in its own language (`lang` on the link, so screen readers pronounce it right; `hreflang` for the
 * page it opens).
 */
export function LanguageSwitch({ pack, active }: LanguageSwitchProps): ReactElement {
  return (
    <nav className="language-switch" aria-label={pack.ui.languageLabel}>
      {EDITIONS.map((edition, i) => (
        <span key={edition.lang}>
          {i > 0 && <span aria-hidden="true"> | </span>}
          <a
            href={editionHref(pack.lang, edition.lang, active)}
            hrefLang={edition.lang}
            lang={edition.lang}
            aria-current={edition.lang === pack.lang ? 'page' : undefined}
          >
            {edition.name}
          </a>
        </span>
      ))}
    </nav>
  );
}
