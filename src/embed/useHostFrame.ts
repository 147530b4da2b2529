import { useEffect, useState } from 'react';
import type { ChapterId } from '../content/types';
import type { ViewportSource } from '../story/readingLine';
import type { EmbedParams } from '../share/params';
import {
  browserIntersectionObserver,
  browserResizeObserver,
  type IntersectionObserverFactory,
  type ResizeObserverFactory,
} from '../lib/observers';
import { pymMessage } from './pym';
import { createViewportStore } from './viewportStore';

/** Options of {@link useHostFrame}. */
export interface UseHostFrameOptions {
  createResizeObserver?: ResizeObserverFactory;
  createIntersectionObserver?: IntersectionObserverFactory;
}

/** What the host tells the frame, as a viewport source for `useActiveChapter`. */
export interface HostFrame {
  /**
   * In an auto-height frame, the host's viewport: the host page scrolls, not the frame. `null` in other modes,
   * and when the host has not answered a position request in `SILENT_HOST_MS` (a host that only sizes the
   * frame): then the browser's own viewport (IntersectionObserver) decides, coarsely.
   */
  viewport: ViewportSource | null;
}

/**
 * The frame's side of the auto-height embed (`mode: 'auto'` with a channel). It tells the host the document's
 * height whenever it changes (and when the host reports a new width, as Pym does). It asks the host where the
 * frame is (Pym's `parentPositionInfo`) at start and whenever the frame's visible part changes, so it follows
 * hosts with and without Pym's `trackscroll`; it listens to the answers, accepting only well-formed messages
 * from `window.parent` on our channel. From them it sizes the layout to the host's viewport (`--kz-vh`, one
 * percent of its height), keeps the map panel in view (`--kz-panel-shift`, the sticky emulation) and derives
 * the chapter. Navigation inside the frame (a deep link at start, a link to a chapter, back and forward) asks
 * the host to scroll (`scrollToChildPos`), since the frame itself cannot. Its parts are in `hostFrame.ts`, a
 * chunk of its own that only an auto-height embed loads: until it has loaded, the frame waits for the host as
 * it would for a slow answer.
 */
export function useHostFrame(
  { mode, channel }: EmbedParams,
  {
    createResizeObserver = browserResizeObserver,
    createIntersectionObserver = browserIntersectionObserver,
  }: UseHostFrameOptions = {},
): HostFrame {
  const [store] = useState(createViewportStore);
  // The observers of the first render, for the frame's life: a new function each render must not reconnect.
  const [observers] = useState(() => ({ createResizeObserver, createIntersectionObserver }));
  const [silent, setSilent] = useState(false);
  const talking = mode === 'auto' && channel !== null;

  useEffect(
    function talkToHost() {
      if (!talking || !channel) return;
      // The hash now, before the chapter moves it: a deep link's start chapter.
      const startHash = window.location.hash;
      let disconnect: (() => void) | null = null;
      let stopped = false;
      // Only an auto-height embed loads this code: a page read on its own never needs it.
      import('./hostFrame').then(
        function connect({ connectHostFrame }) {
          if (stopped) return;
          disconnect = connectHostFrame(channel, store, setSilent, observers, startHash);
        },
        function hostCodeFailed() {
          // No host link: the browser's own viewport decides the chapter, as with a silent host.
          if (!stopped) setSilent(true);
        },
      );
      return function stopTalking() {
        stopped = true;
        disconnect?.();
      };
    },
    [talking, channel, store, observers],
  );

  return { viewport: talking && !silent ? store.source : null };
}

/**
 * How long a chapter must hold before the host hears of it: the chapters a fling passes through, and those
 * the page passes on its way to the start chapter at load, are not news for the host page.
 */
export const CHAPTER_REPORT_DELAY_MS = 150;

/** Tells the host (if it gave us a channel) which chapter is active; the host snippet makes it a DOM event. */
export function useReportChapter({ mode, channel }: EmbedParams, id: ChapterId): void {
  useEffect(
    function reportChapter() {
      if (mode === 'page' || !channel) return;
      const timer = setTimeout(() => {
        window.parent.postMessage(pymMessage(channel, 'chapter', id), '*');
      }, CHAPTER_REPORT_DELAY_MS);
      return function cancelReport() {
        clearTimeout(timer);
      };
    },
    [mode, channel, id],
  );
}
