import { useMemo, type ReactElement } from 'react';
import type { LanguagePack } from './content/pack';
import { STRUCTURE } from './content/structure';
import { CHAPTER_IDS } from './content/types';
import { formatDate } from './lib/format';
import { REPORT_DATE } from './content/figures';
import { Chapter } from './story/Chapter';
import { useActiveChapter, type ObserverFactory } from './story/useActiveChapter';
import { useHashFollow, useHashTarget } from './story/useDeepLink';
import { useReducedMotion } from './story/useReducedMotion';
import './styles/tokens.css';
import './styles/app.css';
import './styles/enhance.css';

/** Props of {@link App}. */
export interface AppProps {
  pack: LanguagePack;
  /** Injected in tests (jsdom has no IntersectionObserver). */
  createObserver?: ObserverFactory;
}

/** Where the reading line sits: below the sticky map on phones, mid-screen on desktops. */
const READING_LINE = 0.6;

/** The whole explainer in one language. Everything below the active chapter is derived from it. */
export function App({ pack, createObserver }: AppProps): ReactElement {
  const reducedMotion = useReducedMotion();
  const ids = useMemo(() => STRUCTURE.map((c) => c.id), []);
  const forced = useHashTarget();
  const active = useActiveChapter({
    ids,
    initial: CHAPTER_IDS[0],
    line: READING_LINE,
    createObserver,
    forced,
  });
  useHashFollow(active.id);

  return (
    <>
      <a className="skip-link" href="#story">
        {pack.ui.skipToStory}
      </a>
      <header className="masthead">
        <p className="kicker">{pack.ui.published}</p>
        <h1>{pack.meta.title}</h1>
        <p className="dek">{pack.meta.description}</p>
        <p className="byline">
          {pack.ui.byline} · <time dateTime={REPORT_DATE}>{formatDate(REPORT_DATE, pack)}</time>
        </p>
      </header>
      <main id="story" className="layout" aria-label={pack.ui.storyLabel} data-active-chapter={active.id}>
        <div className="story">
          {STRUCTURE.map((chapter) => (
            <Chapter key={chapter.id} id={chapter.id} pack={pack} active={chapter.id === active.id} />
          ))}
          <div className="story-end" aria-hidden="true" />
        </div>
        <aside
          className="panel"
          aria-label={pack.ui.mapLabel}
          data-reduced-motion={reducedMotion || undefined}
        />
      </main>
    </>
  );
}
