import type { ReactElement } from 'react';
import { EDITIONS, editionOf } from '../content/editions';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, Lang } from '../content/types';
import { PAGE, type EmbedParams } from '../share/params';
import { editionLink } from '../share/urls';
import { pageDir, relativeHref } from '../page/chapterPages';
import { usePage } from '../page/pageContext';

/** Props of {@link LanguageSwitch}. */
export interface LanguageSwitchProps {
  pack: LanguagePack;
  /** The chapter the reader is in: the other edition opens at the same chapter. */
  active: ChapterId;
  /** In an embed, the links keep its parameters (the other edition is the same embed). */
  embed?: EmbedParams;
}

/**
 * The link to a chapter in an edition, relative to the folder of the current page (`here`) so the pages work
 * from any folder. On the plain page it is the chapter's own page (`../en/almaty/`). In an embed it is the
 * edition's page with the embed parameters and the chapter (`../en/?embed=auto&childId=…#almaty`), so the
 * other edition is the same kind of embed on the same channel.
 */
export function editionHref(here: string, to: Lang, chapter: ChapterId, embed: EmbedParams = PAGE): string {
  const edition = editionOf(to);
  if (embed.mode === 'page') return relativeHref(here, pageDir(edition, chapter));
  return editionLink(relativeHref(here, edition.dir), chapter, embed);
}

/**
 * A visible switch between every edition of the registry that goes to the current chapter in that edition.
 * Each edition is named in its own language (`lang` on the link, so screen readers pronounce it right;
 * `hreflang` for the page it opens).
 */
export function LanguageSwitch({ pack, active, embed }: LanguageSwitchProps): ReactElement {
  const here = usePage().dir;
  return (
    <nav className="language-switch" aria-label={pack.ui.languageLabel}>
      {EDITIONS.map((edition, i) => (
        <span key={edition.lang}>
          {i > 0 && <span aria-hidden="true"> | </span>}
          <a
            href={editionHref(here, edition.lang, active, embed)}
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
