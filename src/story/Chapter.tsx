import { useMemo, type ReactElement, type ReactNode } from 'react';
import type { LanguagePack } from '../content/pack';
import { FIGURES, type FigureId } from '../content/figures';
import type { ChapterId } from '../content/types';
import { figureRefs, formatDate } from '../content/format';
import { StoryBlock } from './blocks';
import { ShareButton } from '../share/ShareButton'; // share
import { isFrontPage } from '../page/chapterPages';
import { usePage } from '../page/pageContext';

/** Props of {@link Chapter}. */
export interface ChapterProps {
  id: ChapterId;
  pack: LanguagePack;
  active: boolean;
  /** The chapter's graphic, rendered inline after the text (null: none). */
  graphic?: ReactNode;
  /** Neighbouring chapters for the previous/next links. */
  previous?: ChapterId | null;
  next?: ChapterId | null;
}

/** The sources of the figures a chapter's text cites, each with the date the source gave it. */
export function chapterSources(id: ChapterId, pack: LanguagePack): string[] {
  const lines = new Set<string>();
  for (const block of pack.chapters[id].blocks) {
    if (block.type !== 'p') continue;
    for (const ref of figureRefs(block.text)) {
      const fig = FIGURES[ref as FigureId];
      const date = fig.sourceDate ? ` (${formatDate(fig.sourceDate, pack)})` : '';
      lines.add(`${pack.sources[fig.source]}${date}`);
    }
  }
  return [...lines];
}

/** One chapter: a `<section>` whose id is the deep link. */
export function Chapter({ id, pack, active, graphic, previous, next }: ChapterProps): ReactElement {
  const text = pack.chapters[id];
  // The chapter a chapter page opens at: the browser scrolls to it before any script (src/page/landing.css).
  const landing = usePage().chapter === id && !isFrontPage(id);
  // The words never change while reading, but the chapter re-renders whenever the active chapter does: keep
  // the formatted text so those renders skip the Intl work.
  const sources = useMemo(() => chapterSources(id, pack), [id, pack]);
  const blocks = useMemo(
    () => text.blocks.map((block, i) => <StoryBlock key={i} block={block} pack={pack} />),
    [text, pack],
  );
  return (
    <section
      id={id}
      className="chapter"
      aria-labelledby={`${id}-title`}
      data-active={active || undefined}
      data-landing={landing || undefined}
    >
      <div className="chapter-card">
        <p className="kicker">{text.kicker}</p>
        {/* A chapter page focuses its chapter's heading on load (`autofocus`): reading starts here, and the
            focus scrolls it into view in every engine, also without JavaScript (landing.css). */}
        <h2 id={`${id}-title`} tabIndex={landing ? -1 : undefined} autoFocus={landing || undefined}>
          {text.title}
        </h2>
        {blocks}
        {text.mapDescription && (
          <p className="chapter-map-text">
            <span className="chapter-map-label">{pack.ui.mapDescriptionLabel}:</span> {text.mapDescription}
          </p>
        )}
        {graphic}
        {sources.length > 0 && (
          <p className="chapter-sources">
            {pack.ui.figuresSources}: {sources.join(' · ')}
          </p>
        )}
        {(previous || next) && (
          <nav className="chapter-nav" aria-label={`${pack.ui.chapterNavLabel}: ${text.title}`}>
            {previous && (
              <a href={`#${previous}`} rel="prev">
                <span aria-hidden="true">↑ </span>
                {pack.ui.previousChapter}: {pack.chapters[previous].title}
              </a>
            )}
            {next && (
              <a href={`#${next}`} rel="next">
                <span aria-hidden="true">↓ </span>
                {pack.ui.nextChapter}: {pack.chapters[next].title}
              </a>
            )}
          </nav>
        )}
        <ShareButton id={id} pack={pack} />
      </div>
    </section>
  );
}
