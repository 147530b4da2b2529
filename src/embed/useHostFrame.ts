import { useEffect, useState } from 'react';
import { CHAPTER_IDS, type ChapterId } from '../content/types';
import { parseHash } from '../lib/hash';
import { READING_LINE } from '../story/useActiveChapter';
import type { EmbedParams } from './params';
import { parseHostMessage, pymMessage } from './pym';
import {
  layoutViewport,
  panelShift,
  virtualViewport,
  type ViewportSize,
  type ViewportSource,
  type VirtualViewport,
} from './viewport';

/** Creates a ResizeObserver, or `null` where there is none (jsdom); injectable so tests can drive it. */
export type ResizeObserverFactory = (
  callback: ResizeObserverCallback,
) => Pick<ResizeObserver, 'observe' | 'disconnect'> | null;

const defaultResizeObserver: ResizeObserverFactory = (callback) =>
  typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(callback);

/** Options of {@link useHostFrame}. */
export interface UseHostFrameOptions {
  createResizeObserver?: ResizeObserverFactory;
}

/** What the host tells the frame, as a viewport source for `useActiveChapter`. */
export interface HostFrame {
  /** `null` until the host has reported its viewport (then the host page scrolls, not the frame). */
  viewport: ViewportSource | null;
}

/** Keeps the last viewport, so that a subscriber that arrives late starts from where the reader is. */
function createViewportStore() {
  let last: VirtualViewport | null = null;
  const listeners = new Set<(viewport: VirtualViewport) => void>();
  return {
    source: {
      subscribe(onChange: (viewport: VirtualViewport) => void) {
        listeners.add(onChange);
        if (last) onChange(last);
        return function unsubscribe() {
          listeners.delete(onChange);
        };
      },
    } satisfies ViewportSource,
    push(viewport: VirtualViewport): void {
      last = viewport;
      for (const listener of listeners) listener(viewport);
    },
    last: () => last,
  };
}

/** The page layout and its sticky panel, as `App` renders them: `.page > .panel`. */
function layoutParts(): { main: HTMLElement; panel: HTMLElement } | null {
  const main = document.querySelector<HTMLElement>('.page');
  const panel = main?.querySelector<HTMLElement>(':scope > .panel');
  return main && panel ? { main, panel } : null;
}

/**
 * The frame's side of the auto-height embed (`mode: 'auto'` with a channel). It tells the host the document's
 * height whenever it changes (and when the host reports a new width, as Pym does); it listens to the host's
 * viewport reports, accepting only well-formed messages from `window.parent` on our channel; it sizes the
 * layout to the host's viewport (`--kz-vh`, one percent of its height), keeps the map panel in view (`--kz-panel-shift`, the sticky
 * emulation) and, once, asks the host to scroll to the start chapter of a deep link.
 */
export function useHostFrame(
  { mode, channel }: EmbedParams,
  { createResizeObserver = defaultResizeObserver }: UseHostFrameOptions = {},
): HostFrame {
  const [store] = useState(createViewportStore);
  const [tracking, setTracking] = useState(false);

  useEffect(
    function talkToHost() {
      if (mode !== 'auto' || !channel) return;
      const id = channel;
      const root = document.documentElement;
      let layout: ViewportSize | null = null;
      let sentHeight = -1;

      function send(type: string, value: string): void {
        window.parent.postMessage(pymMessage(id, type, value), '*');
      }

      function sendHeight(): void {
        const height = Math.ceil(document.body.getBoundingClientRect().height);
        if (height === sentHeight) return;
        sentHeight = height;
        send('height', String(height));
      }

      function placePanel(): void {
        const viewport = store.last();
        const parts = layoutParts();
        if (!viewport || !parts) return;
        const top = parts.main.getBoundingClientRect().top + window.scrollY;
        const shift = panelShift(viewport, {
          top: top + parts.panel.offsetTop,
          height: parts.panel.offsetHeight,
          limit: top + parts.main.offsetHeight,
        });
        parts.main.style.setProperty('--kz-panel-shift', `${Math.round(shift)}px`);
      }

      /*
       * Emulated scroll anchoring. A browser keeps the content under the reader in place when something above it
       * changes size (a chart taking its measured width), but the host page cannot see inside the frame. So the
       * frame remembers the chapter at the reading line and, when the layout moves it, asks the host to scroll by
       * the same amount.
       */
      let anchor: { section: HTMLElement; top: number; height: number } | null = null;

      function docTop(el: HTMLElement): number {
        return el.getBoundingClientRect().top + window.scrollY;
      }

      /** Host scroll reports come every frame: the sections are only measured when the line leaves the anchor. */
      function rememberAnchor(): void {
        const viewport = store.last();
        if (!viewport) return;
        const line = viewport.top + viewport.height * READING_LINE;
        if (anchor && anchor.top <= line && line < anchor.top + anchor.height) return;
        for (const section of document.querySelectorAll<HTMLElement>('section.chapter')) {
          const top = docTop(section);
          if (top <= line && line < top + section.offsetHeight) {
            anchor = { section, top, height: section.offsetHeight };
            return;
          }
        }
      }

      function keepAnchor(): void {
        const viewport = store.last();
        if (!anchor || !viewport || start !== 'done' || keepStart()) return;
        const top = docTop(anchor.section);
        const delta = Math.round(top - anchor.top);
        anchor = { section: anchor.section, top, height: anchor.section.offsetHeight };
        if (Math.abs(delta) < 1) return;
        sendHeight();
        send('scrollToChildPos', String(Math.max(0, Math.round(viewport.top + delta))));
      }

      // Read now: once the host reports, the hash follows the chapter the reader sees.
      const startId: ChapterId | null = parseHash(window.location.hash);
      let start: 'waiting' | 'ready' | 'done' = 'waiting';
      let startTimer: ReturnType<typeof setTimeout> | undefined;

      /**
       * A deep link in an auto-height frame is a scroll position of the host: ask for it once, after the host's
       * first viewport report has resized the layout. Chromium was seen to answer a synchronous read right after
       * that report with the old layout, so this waits for the ResizeObserver (which reports after layout), or a
       * moment when the layout did not change at all.
       */
      /**
       * The host position asked for by a deep link, held until the reader scrolls away: while the page below
       * settles (charts load and take their measured size), the start chapter is asked for again.
       */
      let pinned: { section: HTMLElement; pos: number; arrived: boolean } | null = null;

      function startPosition(section: HTMLElement): number {
        const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
        return Math.max(0, Math.round(docTop(section) - margin));
      }

      function scrollHostToStart(): void {
        if (start !== 'ready') return;
        start = 'done';
        clearTimeout(startTimer);
        const section = startId && startId !== CHAPTER_IDS[0] ? document.getElementById(startId) : null;
        if (!section) return;
        pinned = { section, pos: startPosition(section), arrived: false };
        sendHeight();
        send('scrollToChildPos', String(pinned.pos));
      }

      /** Called with each host report: a report away from the pinned position, once it was reached, unpins. */
      function checkPinned(top: number): void {
        if (!pinned) return;
        if (Math.abs(top - pinned.pos) <= 2) pinned.arrived = true;
        else if (pinned.arrived) pinned = null;
      }

      /** Called when the layout changed: keep the deep-linked chapter in place while it is pinned. */
      function keepStart(): boolean {
        if (!pinned) return false;
        const pos = startPosition(pinned.section);
        if (Math.abs(pos - pinned.pos) >= 1) {
          pinned = { section: pinned.section, pos, arrived: false };
          sendHeight();
          send('scrollToChildPos', String(pos));
        }
        return true;
      }

      function onMessage(event: MessageEvent): void {
        if (event.source !== window.parent) return;
        const message = parseHostMessage(event.data, id);
        if (!message) return;
        if (message.type === 'width') {
          sendHeight();
          return;
        }
        const next = layoutViewport(layout, message.viewport);
        if (next !== layout) {
          layout = next;
          // embed.css sizes the layout in multiples of one percent of the host's viewport height.
          root.style.setProperty('--kz-vh', `${next.height / 100}px`);
        }
        store.push(virtualViewport(message.viewport));
        checkPinned(-message.viewport.top);
        rememberAnchor();
        placePanel();
        if (start === 'waiting') {
          start = 'ready';
          startTimer = setTimeout(scrollHostToStart, 300);
        }
        setTracking(true);
      }

      window.addEventListener('message', onMessage);
      const observer = createResizeObserver(function onResize() {
        sendHeight();
        keepAnchor();
        // The layout moved under the reader (host resize, a graphic loaded): derive chapter and panel anew.
        const last = store.last();
        if (last) store.push(last);
        placePanel();
        scrollHostToStart();
      });
      observer?.observe(document.body);
      sendHeight();
      return function stopTalkingToHost() {
        clearTimeout(startTimer);
        window.removeEventListener('message', onMessage);
        observer?.disconnect();
        root.style.removeProperty('--kz-vh');
        layoutParts()?.main.style.removeProperty('--kz-panel-shift');
      };
    },
    [mode, channel, store, createResizeObserver],
  );

  return { viewport: tracking ? store.source : null };
}

/** Tells the host (if it gave us a channel) which chapter is active; the host snippet makes it a DOM event. */
export function useReportChapter({ mode, channel }: EmbedParams, id: ChapterId): void {
  useEffect(
    function reportChapter() {
      if (mode === 'page' || !channel) return;
      window.parent.postMessage(pymMessage(channel, 'chapter', id), '*');
    },
    [mode, channel, id],
  );
}
