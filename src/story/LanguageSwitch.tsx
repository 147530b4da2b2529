import type { ReactElement } from 'react';
import { EDITIONS, editionOf } from '../content/editions';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, Lang } from '../content/types';
import { pageDir, relativeHref } from '../page/chapterPages';
import { usePage } from '../page/pageContext';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  pack: LanguagePack;
  /** The chapter the reader is in: the other edition opens at the same chapter. */
  active: ChapterId;
}

/**
 * The link to the chapter's page in an edition (`../en/almaty/`), from the folder of the current page
 * (`here`), relative so the pages work from any folder.
 */
export function editionHref(here: string, to: Lang, chapter: ChapterId): string {
  return relativeHref(here, pageDir(editionOf(to), chapter));
}

/**
 * A visible switch between every edition of the registry that goes to the current chapter's page in that
 * edition. Each edition is named in its own language (`lang` on the link, so screen readers pronounce it
 * right; `hreflang` for the page it opens).
 */
export function LanguageSwitch({ pack, active }: LanguageSwitchProps): ReactElement {
  const here = usePage().dir;
  return (
    <nav className="language-switch" aria-label={pack.ui.languageLabel}>
      {EDITIONS.map((edition, i) => (
        <span key={edition.lang}>
          {i > 0 && <span aria-hidden="true"> | </span>}
          <a
            href={editionHref(here, edition.lang, active)}
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
