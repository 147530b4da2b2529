import type { ReactElement } from 'react';
import type { LanguagePack } from '../content/pack';
import { REPORT_DATE } from '../content/figures';
import { SOURCES, type SourceId } from '../content/sources';
import { MAP_CREDITS, ODBL_URL, SRTM_NAME, type Credit } from '../content/credits';
import type { ChapterId, IsoDate } from '../content/types';
import { STRUCTURE } from '../content/structure';
import { dataHref } from '../charts/dataLinks';
import { formatDate } from '../content/format';
import { mapWord } from '../map/words';
import { EmbedCode } from '../share/EmbedCode';
// Its styles (./SiteFooter.css) are the first view's: FooterSlot imports them, as this code comes later.

/** Props of {@link SiteFooter}. */
export interface SiteFooterProps {
  pack: LanguagePack;
  /** Path from the page to the site root ("", "../", "../../"), for the data downloads. */
  dataBase: string;
  /**
   * The chapter being read, for the embed-code generator; null in an embed, which does not embed itself and
   * has no generator.
   */
  embedChapter: ChapterId | null;
}

/** The last chapter: where the story says how it was made and what came later. */
const LAST_CHAPTER: ChapterId = STRUCTURE[STRUCTURE.length - 1]!.id;

/** The words a credit names its holder with, as the map's attribution line does. */
export function creditHolderName(credit: Credit, pack: LanguagePack): string {
  if (credit.holder === 'osm') return mapWord(pack, 'attributionOsm');
  if (credit.holder === 'naturalEarth') return mapWord(pack, 'attributionNaturalEarth');
  return SRTM_NAME;
}

/** A template's `{date}` as a `<time>` element, formatted in the pack's language. */
function withDate(template: string, date: IsoDate, pack: LanguagePack): ReactElement {
  const [before = '', after = ''] = template.split('{date}');
  return (
    <>
      {before}
      <time dateTime={date}>{formatDate(date, pack)}</time>
      {after}
    </>
  );
}

/**
 * The end of the page: where the figures come from (the last chapter, every source with its link), the
 * figures to download, who made the map's data and under which licence, the dates, and the embed tools.
 * A `<footer>` outside `<main>`: the page's contentinfo landmark.
 */
export function SiteFooter({ pack, dataBase, embedChapter }: SiteFooterProps): ReactElement {
  const words = pack.footer;
  const ui = pack.chartUi;
  return (
    // data-story-end: the reading-line observer watches it (src/story/useActiveChapter.ts).
    <footer className="site-footer" data-story-end="">
      <div className="site-footer__columns">
        <section className="site-footer__part" aria-labelledby="site-footer-sources">
          <h2 id="site-footer-sources">{pack.ui.sources}</h2>
          <p>
            {words.sourcesText} <a href={`#${LAST_CHAPTER}`}>{pack.chapters[LAST_CHAPTER].title}</a>
          </p>
          <details className="site-footer__sources">
            <summary>{words.sourcesList}</summary>
            <ul>
              {(Object.keys(SOURCES) as SourceId[]).map((id) => {
                const date = SOURCES[id].date;
                return (
                  <li key={id}>
                    <a href={SOURCES[id].url}>{pack.sources[id]}</a>
                    {date && (
                      <>
                        , <time dateTime={date}>{formatDate(date, pack)}</time>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </details>
        </section>
        <section className="site-footer__part" aria-labelledby="site-footer-data">
          <h2 id="site-footer-data">{words.dataTitle}</h2>
          <p>
            {words.dataText} <a href={dataHref(dataBase, pack.lang, 'csv')}>{ui.csv}</a> ·{' '}
            <a href={dataHref(dataBase, pack.lang, 'json')}>{ui.json}</a>
          </p>
        </section>
        <section className="site-footer__part" aria-labelledby="site-footer-credits">
          <h2 id="site-footer-credits">{words.creditsTitle}</h2>
          <ul className="site-footer__credits">
            {MAP_CREDITS.map((credit) => (
              <li key={credit.id}>
                {words.credits[credit.id]}: <a href={credit.url}>{creditHolderName(credit, pack)}</a>,{' '}
                {credit.licence === 'odbl' ? <a href={ODBL_URL}>ODbL 1.0</a> : words.publicDomain}
              </li>
            ))}
          </ul>
        </section>
        <section className="site-footer__part" aria-labelledby="site-footer-dates">
          <h2 id="site-footer-dates">{words.datesTitle}</h2>
          <ul className="site-footer__dates">
            <li>{withDate(words.published, REPORT_DATE, pack)}</li>
            <li>{withDate(words.asOf, REPORT_DATE, pack)}</li>
          </ul>
        </section>
      </div>
      {embedChapter && <EmbedCode pack={pack} chapter={embedChapter} />}
    </footer>
  );
}
