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

/** Creates an IntersectionObserver, or `null` where there is none (jsdom); injectable like the above. */
export type VisibilityObserverFactory = (
  callback: IntersectionObserverCallback,
  options: IntersectionObserverInit,
) => Pick<IntersectionObserver, 'observe' | 'disconnect'> | null;

const defaultResizeObserver: ResizeObserverFactory = (callback) =>
  typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(callback);

const defaultVisibilityObserver: VisibilityObserverFactory = (callback, options) =>
  typeof IntersectionObserver === 'undefined' ? null : new IntersectionObserver(callback, options);

/** Options of {@link useHostFrame}. */
export interface UseHostFrameOptions {
  createResizeObserver?: ResizeObserverFactory;
  createVisibilityObserver?: VisibilityObserverFactory;
}

/** What the host tells the frame, as a viewport source for `useActiveChapter`. */
export interface HostFrame {
  /**
   * In an auto-height frame, the host's viewport: the host page scrolls, not the frame. `null` in other modes,
   * and when the host has not answered a position request in {@link SILENT_HOST_MS} (a host that only sizes
   * the frame): then the browser's own viewport (IntersectionObserver) decides, coarsely.
   */
  viewport: ViewportSource | null;
}

/**
 * How long a host may take to answer the frame's first position request before the frame falls back to its
 * own viewport. Pym's parent and host.js answer at once, but the answer waits behind the frame's own loading
 * (map, geodata): on a busy 2-core machine that was seen to take 1.7 s.
 */
export const SILENT_HOST_MS = 5000;

/**
 * After asking the host to scroll, reports that do not show it there yet may have been sent before it scrolled;
 * one that comes this much later shows where it stopped (a host page too short to bring the chapter to the top).
 */
export const SCROLL_SETTLE_MS = 250;

/** A start chapter waits this long for the layout to follow the host's viewport height (or for a resize). */
const START_WAIT_MS = 300;

/** The frame asks for its position whenever this much more or less of a section comes into view. */
const VISIBILITY_STEPS = Array.from({ length: 41 }, (_, i) => i / 40);

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
  };
}

/** The page layout and its sticky panel, as `App` renders them: `.page > .panel`. */
function layoutParts(): { main: HTMLElement; panel: HTMLElement } | null {
  const main = document.querySelector<HTMLElement>('.page');
  const panel = main?.querySelector<HTMLElement>(':scope > .panel');
  return main && panel ? { main, panel } : null;
}

function docTop(el: HTMLElement): number {
  return el.getBoundingClientRect().top + window.scrollY;
}

/** Where the host must scroll (in frame coordinates) to show a chapter as a deep link on the page would. */
function chapterPosition(section: HTMLElement): number {
  const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
  return Math.max(0, Math.round(docTop(section) - margin));
}

/** Moves keyboard focus to a chapter, as following a link to it should, without scrolling anything. */
function focusChapter(section: HTMLElement): void {
  if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1');
  section.focus({ preventScroll: true });
}

/** A click that follows a link in this tab, as opposed to a new tab, a download or a modified click. */
function plainClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}

/**
 * The frame's side of the auto-height embed (`mode: 'auto'` with a channel). It tells the host the document's
 * height whenever it changes (and when the host reports a new width, as Pym does). It asks the host where the
 * frame is (Pym's `parentPositionInfo`) at start and whenever the frame's visible part changes, so it follows
 * hosts with and without Pym's `trackscroll`; it listens to the answers, accepting only well-formed messages
 * from `window.parent` on our channel. From them it sizes the layout to the host's viewport (`--kz-vh`, one
 * percent of its height), keeps the map panel in view (`--kz-panel-shift`, the sticky emulation) and derives
 * the chapter. Navigation inside the frame (a deep link at start, a link to a chapter, back and forward) asks
 * the host to scroll (`scrollToChildPos`), since the frame itself cannot.
 */
export function useHostFrame(
  { mode, channel }: EmbedParams,
  {
    createResizeObserver = defaultResizeObserver,
    createVisibilityObserver = defaultVisibilityObserver,
  }: UseHostFrameOptions = {},
): HostFrame {
  const [store] = useState(createViewportStore);
  const [silent, setSilent] = useState(false);
  const talking = mode === 'auto' && channel !== null;

  useEffect(
    function talkToHost() {
      if (!talking || !channel) return;
      const id = channel;
      const root = document.documentElement;
      let layout: ViewportSize | null = null;
      let sentHeight = -1;
      /** The host's last report, whether or not the chapter follows it yet. */
      let latest: VirtualViewport | null = null;
      let answered = false;
      let gaveUp = false;
      /**
       * The body's height as the ResizeObserver last saw it. Preferred to a synchronous read: right after a
       * language switch in a tall cross-origin frame, Chromium was seen to answer such reads with the layout
       * from before the embed styles applied (a frame five times too tall), and the observer then had no new
       * size to report that would have corrected it.
       */
      let observedHeight: number | null = null;
      const silentTimer = setTimeout(() => {
        gaveUp = true;
        sendHeight();
        setSilent(true);
      }, SILENT_HOST_MS);

      function send(type: string, value: string): void {
        window.parent.postMessage(pymMessage(id, type, value), '*');
      }

      /**
       * The layout is built on the host's viewport height: until the host has told it (or has been silent for
       * {@link SILENT_HOST_MS}), a height would be wrong, and after a language switch in a tall frame, huge.
       */
      function sendHeight(): void {
        if (!latest && !gaveUp) return;
        const height = Math.ceil(observedHeight ?? document.body.getBoundingClientRect().height);
        if (height === sentHeight) return;
        sentHeight = height;
        send('height', String(height));
      }

      /** Pym's position request: Pym's parent (with or without `trackscroll`) and host.js answer it. */
      function requestPosition(): void {
        send('parentPositionInfo', '');
      }

      function placePanel(): void {
        const parts = layoutParts();
        if (!latest || !parts) return;
        const top = docTop(parts.main);
        const shift = panelShift(latest, {
          top: top + parts.panel.offsetTop,
          height: parts.panel.offsetHeight,
          limit: top + parts.main.offsetHeight,
        });
        parts.main.style.setProperty('--kz-panel-shift', `${Math.round(shift)}px`);
      }

      /*
       * Navigation. The host scrolls, so a chapter the reader asked for (deep link, link, back/forward) is a
       * host position: the frame asks for it and then for a report. Until a report shows the host there, the
       * chapter does not follow reports (earlier ones may still be under way), so the chapter asked for stays.
       * While the layout below settles (charts take their measured size), the position is asked for again,
       * until the reader scrolls away.
       */
      let target: {
        section: HTMLElement;
        pos: number;
        at: number;
        arrived: boolean;
        /** Where the host was at the last report: a host that stopped short stays there until the reader scrolls. */
        seen: number | null;
      } | null = null;
      let settleTimer: ReturnType<typeof setTimeout> | undefined;

      function scrollHostTo(section: HTMLElement): void {
        const pos = chapterPosition(section);
        target = { section, pos, at: performance.now(), arrived: false, seen: null };
        sendHeight();
        send('scrollToChildPos', String(pos));
        requestPosition();
        clearTimeout(settleTimer);
        settleTimer = setTimeout(requestPosition, SCROLL_SETTLE_MS);
      }

      /**
       * With each report: has the host arrived (or stopped where it could), or has the reader moved it away
       * from there?
       */
      function followTarget(top: number): void {
        if (!target) return;
        const there = Math.abs(top - target.pos) <= 2;
        if (!target.arrived) target.arrived = there || performance.now() - target.at >= SCROLL_SETTLE_MS;
        else if (!there && target.seen !== null && Math.abs(top - target.seen) > 2) {
          target = null;
          return;
        }
        target.seen = top;
      }

      /**
       * When the layout changed: keep the chapter asked for in place, and ask again where the host stopped short
       * of it (the frame was not yet tall enough); `true` while there is a chapter asked for.
       */
      function keepTarget(retry = false): boolean {
        if (!target) return false;
        const moved = Math.abs(chapterPosition(target.section) - target.pos) >= 1;
        const short = target.arrived && target.seen !== null && Math.abs(target.seen - target.pos) > 2;
        if (moved || (retry && short)) scrollHostTo(target.section);
        return true;
      }

      /*
       * Emulated scroll anchoring. A browser keeps the content under the reader in place when something above it
       * changes size (a chart taking its measured width), but the host page cannot see inside the frame. So the
       * frame remembers the chapter at the reading line and, when the layout moves it, asks the host to scroll by
       * the same amount.
       */
      let anchor: { section: HTMLElement; top: number; height: number } | null = null;

      /** Host reports come every frame: the sections are only measured when the line leaves the anchor. */
      function rememberAnchor(): void {
        if (!latest) return;
        const line = latest.top + latest.height * READING_LINE;
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
        if (!anchor || !latest || start !== 'done' || keepTarget(true)) return;
        const top = docTop(anchor.section);
        const delta = Math.round(top - anchor.top);
        anchor = { section: anchor.section, top, height: anchor.section.offsetHeight };
        if (Math.abs(delta) < 1) return;
        sendHeight();
        send('scrollToChildPos', String(Math.max(0, Math.round(latest.top + delta))));
      }

      /*
       * The start chapter of a deep link, applied once: after the host's first report (the answer to the request
       * at start) has resized the layout, and only if the reader has not scrolled the host in the meantime (no
       * jump under a reader who has begun). Chromium was seen to answer a synchronous read right after that
       * report with the old layout, so this waits for the ResizeObserver (which reports after layout), or a
       * moment when the layout did not change at all. The hash is read now: it follows the chapter later.
       */
      const startId: ChapterId | null = parseHash(window.location.hash);
      const startSection = startId && startId !== CHAPTER_IDS[0] ? document.getElementById(startId) : null;
      let start: 'waiting' | 'ready' | 'done' = 'waiting';
      let firstTop = 0;
      let startTimer: ReturnType<typeof setTimeout> | undefined;

      function applyStart(): void {
        if (start !== 'ready') return;
        start = 'done';
        clearTimeout(startTimer);
        if (startSection) scrollHostTo(startSection);
      }

      /**
       * Whether the chapter follows the host's reports: not while the start chapter waits to be applied, nor
       * while the host has not yet arrived where the frame asked it to scroll.
       */
      function following(): boolean {
        return !(startSection && start !== 'done') && (!target || target.arrived);
      }

      /**
       * The frame is as tall as its content, so its own document never needs to scroll; but before the host
       * has sized it, the deep link scrolled it, and a frame scrolled by S shows everything S px off. Undo it.
       */
      function unscrollFrame(): void {
        if (window.scrollX !== 0 || window.scrollY !== 0)
          window.scrollTo({ left: 0, top: 0, behavior: 'instant' });
      }

      function onReport(viewport: VirtualViewport): void {
        unscrollFrame();
        latest = viewport;
        followTarget(viewport.top);
        // The layout may have moved the chapter asked for without changing the frame's height.
        keepTarget();
        if (start === 'waiting') {
          start = 'ready';
          firstTop = viewport.top;
          startTimer = setTimeout(applyStart, START_WAIT_MS);
        } else if (start === 'ready' && Math.abs(viewport.top - firstTop) > 2) {
          start = 'done'; // the reader scrolled first
          clearTimeout(startTimer);
        }
        if (following()) store.push(viewport);
        rememberAnchor();
        placePanel();
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
        onReport(virtualViewport(message.viewport));
        sendHeight();
        if (!answered) {
          answered = true;
          clearTimeout(silentTimer);
          setSilent(false);
        }
      }

      /** A link to a chapter inside the frame, by mouse or keyboard, or back/forward: the host scrolls. */
      function goToHash(): void {
        const chapterId = parseHash(window.location.hash);
        const section = chapterId ? document.getElementById(chapterId) : null;
        if (!section) return;
        start = 'done';
        clearTimeout(startTimer);
        unscrollFrame();
        scrollHostTo(section);
        focusChapter(section);
      }

      /** A link to the chapter already in the hash changes no hash: the browser fires no hashchange. */
      function onClick(event: MouseEvent): void {
        const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
        if (!link || !plainClick(event) || link.getAttribute('href') !== window.location.hash) return;
        if (!parseHash(window.location.hash)) return;
        event.preventDefault();
        goToHash();
      }

      window.addEventListener('message', onMessage);
      window.addEventListener('hashchange', goToHash);
      document.addEventListener('click', onClick);
      const resizeObserver = createResizeObserver(function onResize(entries) {
        for (const entry of entries) {
          if (entry.target === document.body) observedHeight = entry.borderBoxSize[0]?.blockSize ?? null;
        }
        unscrollFrame();
        sendHeight();
        keepAnchor();
        // The layout moved under the reader (host resize, a graphic loaded): derive chapter and panel anew.
        if (latest && following()) store.push(latest);
        placePanel();
        applyStart();
      });
      resizeObserver?.observe(document.body);
      // The visible part of the frame changed (the host scrolled, with or without telling): ask where it is now.
      const visibilityObserver = createVisibilityObserver(requestPosition, { threshold: VISIBILITY_STEPS });
      for (const section of document.querySelectorAll('section.chapter')) {
        visibilityObserver?.observe(section);
        // A chapter that grows while another shrinks moves the chapters below without changing the height.
        resizeObserver?.observe(section);
      }
      sendHeight();
      requestPosition();
      return function stopTalkingToHost() {
        clearTimeout(startTimer);
        clearTimeout(settleTimer);
        clearTimeout(silentTimer);
        window.removeEventListener('message', onMessage);
        window.removeEventListener('hashchange', goToHash);
        document.removeEventListener('click', onClick);
        resizeObserver?.disconnect();
        visibilityObserver?.disconnect();
        root.style.removeProperty('--kz-vh');
        layoutParts()?.main.style.removeProperty('--kz-panel-shift');
      };
    },
    [talking, channel, store, createResizeObserver, createVisibilityObserver],
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
