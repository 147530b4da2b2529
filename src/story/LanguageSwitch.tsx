import type { ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, Lang } from '../content/types';
import { PAGE, type EmbedParams } from '../embed/params';
import { editionLink } from '../embed/urls';

/** Where each edition lives relative to the other: German at the root, English in `en/`. */
const PATH_FROM: Record<Lang, Record<Lang, string>> = {
  de: { de: './', en: 'en/' },
  en: { de: '../', en: './' },
};

const LANGS: Lang[] = ['de', 'en'];

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  pack: LanguagePack;
  /** The chapter the reader is in: the other edition opens at the same chapter. */
  active: ChapterId;
  /** In an embed, the links keep its parameters (the other edition is the same embed). */
  embed?: EmbedParams;
}

/** The link to an edition at a chapter, relative so the page works from any folder. */
export function editionHref(from: Lang, to: Lang, chapter: ChapterId, embed: EmbedParams = PAGE): string {
  return editionLink(PATH_FROM[from][to], chapter, embed);
}

/** A visible DE | EN switch that keeps the current chapter. */
export function LanguageSwitch({ pack, active, embed }: LanguageSwitchProps): ReactElement {
  return (
    <nav className="language-switch" aria-label={pack.ui.languageLabel}>
      {LANGS.map((lang, i) => (
        <span key={lang}>
          {i > 0 && <span aria-hidden="true"> | </span>}
          <a
            href={editionHref(pack.lang, lang, active, embed)}
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
