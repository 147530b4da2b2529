import type { ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, Lang } from '../content/types';
import { pageDir, relativeHref } from '../page/chapterPages';
import { EDITIONS } from '../page/editions';
import { usePage } from '../page/pageContext';

const LANGS: Lang[] = ['de', 'en'];

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
  const edition = EDITIONS.find((e) => e.lang === to) ?? { dir: '' };
  return relativeHref(here, pageDir(edition, chapter));
}

/** A visible DE | EN switch that goes to the current chapter's page in the other edition. */
export function LanguageSwitch({ pack, active }: LanguageSwitchProps): ReactElement {
  const here = usePage().dir;
  return (
    <nav className="language-switch" aria-label={pack.ui.languageLabel}>
      {LANGS.map((lang, i) => (
        <span key={lang}>
          {i > 0 && <span aria-hidden="true"> | </span>}
          <a
            href={editionHref(here, lang, active)}
            hrefLang={lang}
            lang={lang}
            aria-current={lang === pack.lang ? 'page' : undefined}
          >
            <abbr title={lang === 'de' ? pack.ui.languageDe : pack.ui.languageEn}>{lang.toUpperCase()}</abbr>
          </a>
        </span>
      ))}
    </nav>
  );
}
