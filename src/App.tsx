import { useEffect, useMemo, type ReactElement } from 'react';
import type { LanguagePack } from './content/pack';
import { STRUCTURE } from './content/structure';
import type { ChapterId } from './content/types';
import type { EmbedParams } from './share/params';
import { formatDate } from './content/format';
import { proseFaceSwapped } from './lib/proseFace';
import { REPORT_DATE } from './content/figures';
import { Chapter } from './story/Chapter';
import { MapPanel } from './map/MapPanel';
import { MapPicture } from './map/MapPicture';
import { yieldPanelToCharts } from './map/panelYield';
import { GraphicSlot, type GraphicSource } from './charts/loading/GraphicSlot';
import { READING_LINE } from './story/readingLine';
import { useActiveChapter } from './story/useActiveChapter';
import type { IntersectionObserverFactory } from './lib/observers';
import { useHashFollow, useHashTarget, useKeepReadingPosition } from './story/useDeepLink';
import { useReducedMotion } from './chrome/useReducedMotion';
import { usePreferences, type PreferenceControls } from './chrome/usePreferences';
import { Controls } from './chrome/Controls';
import { TableOfContents } from './chrome/TableOfContents';
import { LanguageSwitch } from './chrome/LanguageSwitch';
import { useAnnouncement } from './story/useAnnouncement';
import { layOutChaptersInTurn } from './story/layOutChapters';
// Embed mode's styles (the page's own, keyed to html[data-embed]); the embed-code generator's follow with the
// footer's (FooterSlot), in the cascade where they were before its code moved to the footer's chunk.
import './embed/embed.css';
import { FooterSlot, type FooterSource } from './chrome/FooterSlot';
import { isFrontPage, upToRoot } from './page/chapterPages';
import { usePage } from './page/pageContext';
import { OpenFullStory } from './embed/OpenFullStory';
import { useEmbed } from './embed/useEmbed';
import { useHostFrame, useReportChapter } from './embed/useHostFrame';
import './styles/tokens.css';
import './styles/fonts.css';
import './styles/app.css';
import './styles/enhance.css';

/** Props of {@link App}. */
export interface AppProps {
  pack: LanguagePack;
  /**
   * The chapter graphics: the real `ChapterGraphic` on the server and in tests, a lazily loaded one in the
   * browser (`src/entry-client.tsx`), so the chart code is not part of the first view.
   */
  graphics: GraphicSource;
  /** The page's footer: like `graphics`, the real one on the server and in tests, a lazily loaded one in the browser. */
  footer: FooterSource;
  /** Injected in tests (jsdom has no IntersectionObserver). */
  createIntersectionObserver?: IntersectionObserverFactory;
}

/** The whole explainer in one language. Everything below the active chapter is derived from it. */
export function App({ pack, graphics, footer, createIntersectionObserver }: AppProps): ReactElement {
  const systemReducedMotion = useReducedMotion();
  // Before useHashTarget: in an embed the chrome is gone before the deep-link scroll.
  const embed = useEmbed();
  const host = useHostFrame(embed);
  const prefs = usePreferences({ forcedTheme: embed.theme });
  const reducedMotion = systemReducedMotion || prefs.motionOff;
  const ids = useMemo(() => STRUCTURE.map((c) => c.id), []);
  // A chapter page (`…/almaty/`) opens at its chapter: active from the first render, jumped to on load.
  const page = usePage();
  const forced = useHashTarget(isFrontPage(page.chapter) ? null : page.chapter);
  const active = useActiveChapter({
    ids,
    initial: page.chapter,
    line: READING_LINE,
    createIntersectionObserver,
    forced,
    // In an auto-height frame the host's viewport, not the frame's, decides the chapter.
    viewport: host.viewport,
  });
  useHashFollow(active.id);
  useKeepReadingPosition();
  const announcement = useAnnouncement(active.id, pack);
  useMotionAttribute(prefs.motionOff);
  useReportChapter(embed, active.id);
  useLayoutPacing(embed.mode === 'auto');

  return (
    <>
      <a className="skip-link" href="#story">
        {pack.ui.skipToStory}
      </a>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="page">
        {embed.mode !== 'page' && <OpenFullStory pack={pack} chapter={active.id} />}
        <Masthead pack={pack} ids={ids} active={active.id} embed={embed} prefs={prefs} />
        <main id="story" className="story" aria-label={pack.ui.storyLabel} data-active-chapter={active.id}>
          {STRUCTURE.map((chapter, i) => (
            <Chapter
              key={chapter.id}
              id={chapter.id}
              pack={pack}
              active={chapter.id === active.id}
              previous={ids[i - 1] ?? null}
              next={ids[i + 1] ?? null}
              graphic={
                chapter.graphic && (
                  <GraphicSlot
                    source={graphics}
                    chart={chapter.graphic}
                    pack={pack}
                    active={chapter.id === active.id}
                    reducedMotion={reducedMotion}
                    dataBase={upToRoot(page.dir)}
                  />
                )
              }
            />
          ))}
        </main>
        <div className="panel" data-reduced-motion={reducedMotion || undefined}>
          <MapPanel chapterId={active.id} pack={pack} reducedMotion={reducedMotion} />
          <MapPicture chapter={page.chapter} />
        </div>
      </div>
      <FooterSlot
        source={footer}
        pack={pack}
        dataBase={upToRoot(page.dir)}
        embedChapter={embed.mode === 'page' ? active.id : null}
      />
    </>
  );
}

/** The masthead: language switch, kicker, title, dek, byline, the reader's controls and the contents. */
function Masthead(props: {
  pack: LanguagePack;
  ids: readonly ChapterId[];
  active: ChapterId;
  embed: EmbedParams;
  prefs: PreferenceControls;
}): ReactElement {
  const { pack, ids, active, embed, prefs } = props;
  return (
    <header className="masthead">
      <LanguageSwitch pack={pack} active={active} embed={embed} />
      <p className="kicker">{pack.ui.published}</p>
      <h1>{pack.meta.title}</h1>
      <p className="dek">{pack.meta.description}</p>
      <p className="byline">
        {pack.ui.byline} · <time dateTime={REPORT_DATE}>{formatDate(REPORT_DATE, pack)}</time>
      </p>
      <Controls
        pack={pack}
        theme={prefs.theme}
        themeLocked={prefs.themeLocked}
        onTheme={prefs.setTheme}
        motionOff={prefs.motionOff}
        onMotionOff={prefs.setMotionOff}
      />
      <TableOfContents pack={pack} ids={ids} active={active} />
    </header>
  );
}

/**
 * The page's layout after hydration: the chapters get their real heights one per frame, after the prose face
 * has swapped in (story/layOutChapters.ts); on phones the map panel makes way while a chart is read. Not in an
 * auto-height frame: there the panel is moved by the host's scroll position and every chart is always in the
 * frame's viewport.
 */
function useLayoutPacing(autoHeight: boolean): void {
  useEffect(function layOutChapters() {
    return layOutChaptersInTurn(document, { after: proseFaceSwapped(document) });
  }, []);
  useEffect(
    function yieldMapToCharts() {
      if (autoHeight) return;
      return yieldPanelToCharts(document);
    },
    [autoHeight],
  );
}

/** `<html data-motion="off">` lets CSS drop transitions and smooth scrolling when the reader turned motion off. */
function useMotionAttribute(off: boolean): void {
  useEffect(
    function applyMotionAttribute() {
      if (off) document.documentElement.dataset.motion = 'off';
      else delete document.documentElement.dataset.motion;
    },
    [off],
  );
}
