import { useEffect, useMemo, type ReactElement } from 'react';
import type { LanguagePack } from './content/pack';
import { STRUCTURE } from './content/structure';
import { formatDate } from './lib/format';
import { proseFaceSwapped } from './lib/proseFace';
import { REPORT_DATE } from './content/figures';
import { Chapter } from './story/Chapter';
import { MapPanel } from './map/MapPanel';
import { MapPicture } from './map/MapPicture';
import { yieldPanelToCharts } from './map/panelYield';
import { GraphicSlot, type GraphicSource } from './charts/GraphicSlot';
import { READING_LINE, useActiveChapter, type ObserverFactory } from './story/useActiveChapter';
import { useHashFollow, useHashTarget, useKeepReadingPosition } from './story/useDeepLink';
import { useReducedMotion } from './story/useReducedMotion';
import { usePreferences } from './story/usePreferences';
import { Controls } from './story/Controls';
import { TableOfContents } from './story/TableOfContents';
import { LanguageSwitch } from './story/LanguageSwitch';
import { useAnnouncement } from './story/useAnnouncement';
import { layOutChaptersInTurn } from './story/layOutChapters';
// Embed mode's styles (the page's own, keyed to html[data-embed]), not only the embed-code generator's; here,
// where the generator's import put them in the cascade before its code moved to the footer's chunk.
import './embed/embed.css';
import { FooterSlot, type FooterSource } from './story/FooterSlot';
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
  createObserver?: ObserverFactory;
}

/** The whole explainer in one language. Everything below the active chapter is derived from it. */
export function App({ pack, graphics, footer, createObserver }: AppProps): ReactElement {
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
    createObserver,
    forced,
    // In an auto-height frame the host's viewport, not the frame's, decides the chapter.
    viewport: host.viewport,
  });
  useHashFollow(active.id);
  useKeepReadingPosition();
  const announcement = useAnnouncement(active.id, pack);
  useMotionAttribute(prefs.motionOff);
  useReportChapter(embed, active.id);
  useEffect(function layOutChapters() {
    return layOutChaptersInTurn(document, { after: proseFaceSwapped(document) });
  }, []);
  // Phones: the map panel makes way while a chart is read. Not in an auto-height frame: there the panel is
  // moved by the host's scroll position and every chart is always in the frame's viewport.
  const autoHeight = embed.mode === 'auto';
  useEffect(
    function yieldMapToCharts() {
      if (autoHeight) return;
      return yieldPanelToCharts(document);
    },
    [autoHeight],
  );

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
        <header className="masthead">
          <LanguageSwitch pack={pack} active={active.id} embed={embed} />
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
          <TableOfContents pack={pack} ids={ids} active={active.id} />
        </header>
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
