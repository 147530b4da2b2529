/**
 * The frame's side of the auto-height embed, in named parts that `connectHostFrame` wires together:
 * - `createHostLink`: the messages to the host (height, position requests) and what the frame last heard;
 * - `createNavigation`: a chapter the reader asked for is a host scroll position, kept until the reader moves;
 * - `createAnchor`: emulated scroll anchoring, as the host page cannot see inside the frame;
 * - `createStart`: the deep link's start chapter, applied once the layout follows the host's viewport;
 * - `watchLayout`: the observers that tell when the frame's layout or its visible part changed.
 * The chapter and the map panel's place are derived from the host's latest report and the layout now.
 */
import { FIRST_CHAPTER } from '../content/structure';
import type { IntersectionObserverFactory, ResizeObserverFactory } from '../lib/observers';
import { parseHash } from '../story/hash';
import { READING_LINE, type VirtualViewport } from '../story/readingLine';
import { parseHostMessage, pymMessage } from './pym';
import { layoutViewport, panelShift, virtualViewport, type ViewportSize } from './viewport';
import type { ViewportStore } from './viewportStore';

/** The observers the frame watches its layout with. */
export interface FrameObservers {
  createResizeObserver: ResizeObserverFactory;
  createIntersectionObserver: IntersectionObserverFactory;
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

/** The frame's messages to the host, and what it last heard from it. */
export interface HostLink {
  /** The host's last report, whether or not the chapter follows it yet. */
  latest: VirtualViewport | null;
  /**
   * The body's height as the ResizeObserver last saw it. Preferred to a synchronous read: right after a
   * language switch in a tall cross-origin frame, Chromium was seen to answer such reads with the layout from
   * before the embed styles applied (a frame five times too tall), and the observer then had no new size to
   * report that would have corrected it.
   */
  observedHeight: number | null;
  /** The host has not answered in {@link SILENT_HOST_MS}: the frame sizes itself without it. */
  gaveUp: boolean;
  send(type: string, value: string): void;
  /**
   * The layout is built on the host's viewport height: until the host has told it (or has been silent for
   * {@link SILENT_HOST_MS}), a height would be wrong, and after a language switch in a tall frame, huge.
   */
  sendHeight(): void;
  /** Pym's position request: Pym's parent (with or without `trackscroll`) and host.js answer it. */
  requestPosition(): void;
}

export function createHostLink(channel: string): HostLink {
  let sentHeight = -1;
  const link: HostLink = {
    latest: null,
    observedHeight: null,
    gaveUp: false,
    send(type, value) {
      window.parent.postMessage(pymMessage(channel, type, value), '*');
    },
    sendHeight() {
      if (!link.latest && !link.gaveUp) return;
      const height = Math.ceil(link.observedHeight ?? document.body.getBoundingClientRect().height);
      if (height === sentHeight) return;
      sentHeight = height;
      link.send('height', String(height));
    },
    requestPosition() {
      link.send('parentPositionInfo', '');
    },
  };
  return link;
}

/** Keeps the map panel in view: the sticky emulation (`--kz-panel-shift`) for the host's latest report. */
function placePanel(latest: VirtualViewport | null): void {
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

/**
 * The frame is as tall as its content, so its own document never needs to scroll; but before the host has
 * sized it, the deep link scrolled it, and a frame scrolled by S shows everything S px off. Undo it.
 */
function unscrollFrame(): void {
  if (window.scrollX !== 0 || window.scrollY !== 0) window.scrollTo({ left: 0, top: 0, behavior: 'instant' });
}

/** A chapter the reader asked for, as a host scroll position. */
export interface HostNavigation {
  scrollHostTo(section: HTMLElement): void;
  /** With each report: has the host arrived (or stopped where it could), or has the reader moved it away? */
  followTarget(top: number): void;
  /**
   * When the layout changed: keep the chapter asked for in place, and ask again where the host stopped short
   * of it (the frame was not yet tall enough); `true` while there is a chapter asked for.
   */
  keepTarget(retry?: boolean): boolean;
  /** No chapter asked for, or the host has arrived there: the chapter may follow the host's reports. */
  settled(): boolean;
  dispose(): void;
}

/*
 * Navigation. The host scrolls, so a chapter the reader asked for (deep link, link, back/forward) is a host
 * position: the frame asks for it and then for a report. Until a report shows the host there, the chapter does
 * not follow reports (earlier ones may still be under way), so the chapter asked for stays. While the layout
 * below settles (charts take their measured size), the position is asked for again, until the reader scrolls
 * away.
 */
export function createNavigation(link: HostLink): HostNavigation {
  let target: {
    section: HTMLElement;
    pos: number;
    at: number;
    arrived: boolean;
    /** Where the host was at the last report: a host that stopped short stays there until the reader scrolls. */
    seen: number | null;
  } | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const navigation: HostNavigation = {
    scrollHostTo(section) {
      const pos = chapterPosition(section);
      target = { section, pos, at: performance.now(), arrived: false, seen: null };
      link.sendHeight();
      link.send('scrollToChildPos', String(pos));
      link.requestPosition();
      clearTimeout(settleTimer);
      settleTimer = setTimeout(link.requestPosition, SCROLL_SETTLE_MS);
    },
    followTarget(top) {
      if (!target) return;
      const there = Math.abs(top - target.pos) <= 2;
      if (!target.arrived) target.arrived = there || performance.now() - target.at >= SCROLL_SETTLE_MS;
      else if (!there && target.seen !== null && Math.abs(top - target.seen) > 2) {
        target = null;
        return;
      }
      target.seen = top;
    },
    keepTarget(retry = false) {
      if (!target) return false;
      const moved = Math.abs(chapterPosition(target.section) - target.pos) >= 1;
      const short = target.arrived && target.seen !== null && Math.abs(target.seen - target.pos) > 2;
      if (moved || (retry && short)) navigation.scrollHostTo(target.section);
      return true;
    },
    settled: () => !target || target.arrived,
    dispose() {
      clearTimeout(settleTimer);
    },
  };
  return navigation;
}

/*
 * Emulated scroll anchoring. A browser keeps the content under the reader in place when something above it
 * changes size (a chart taking its measured width), but the host page cannot see inside the frame. So the
 * frame remembers the chapter at the reading line and, when the layout moves it, asks the host to scroll by
 * the same amount.
 */
export function createAnchor(link: HostLink): { remember(): void; keep(mayMove: () => boolean): void } {
  let anchor: { section: HTMLElement; top: number; height: number } | null = null;
  return {
    /** Host reports come every frame: the sections are only measured when the line leaves the anchor. */
    remember() {
      if (!link.latest) return;
      const line = link.latest.top + link.latest.height * READING_LINE;
      if (anchor && anchor.top <= line && line < anchor.top + anchor.height) return;
      for (const section of document.querySelectorAll<HTMLElement>('section.chapter')) {
        const top = docTop(section);
        if (top <= line && line < top + section.offsetHeight) {
          anchor = { section, top, height: section.offsetHeight };
          return;
        }
      }
    },
    /** After a layout change, unless `mayMove` says another move has the host (the start, a target). */
    keep(mayMove) {
      if (!anchor || !link.latest || !mayMove()) return;
      const top = docTop(anchor.section);
      const delta = Math.round(top - anchor.top);
      anchor = { section: anchor.section, top, height: anchor.section.offsetHeight };
      if (Math.abs(delta) < 1) return;
      link.sendHeight();
      link.send('scrollToChildPos', String(Math.max(0, Math.round(link.latest.top + delta))));
    },
  };
}

/** The start chapter of a deep link: waiting for the host's first report, ready to apply, or done. */
export interface StartChapter {
  onReport(top: number): void;
  /** Applies the start chapter if it is ready (the layout has followed the host's first report). */
  apply(): void;
  /** The reader navigated: the start chapter no longer applies. */
  finish(): void;
  done(): boolean;
  /** A start chapter still to be applied: the chapter does not follow the host's reports yet. */
  pending(): boolean;
  dispose(): void;
}

/*
 * The start chapter of a deep link, applied once: after the host's first report (the answer to the request at
 * start) has resized the layout, and only if the reader has not scrolled the host in the meantime (no jump
 * under a reader who has begun). Chromium was seen to answer a synchronous read right after that report with
 * the old layout, so this waits for the ResizeObserver (which reports after layout), or a moment when the
 * layout did not change at all.
 */
export function createStart(section: HTMLElement | null, go: (section: HTMLElement) => void): StartChapter {
  let state: 'waiting' | 'ready' | 'done' = 'waiting';
  let firstTop = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start: StartChapter = {
    onReport(top) {
      if (state === 'waiting') {
        state = 'ready';
        firstTop = top;
        timer = setTimeout(start.apply, START_WAIT_MS);
      } else if (state === 'ready' && Math.abs(top - firstTop) > 2) start.finish(); // the reader scrolled first
    },
    apply() {
      if (state !== 'ready') return;
      start.finish();
      if (section) go(section);
    },
    finish() {
      state = 'done';
      clearTimeout(timer);
    },
    done: () => state === 'done',
    pending: () => section !== null && state !== 'done',
    dispose() {
      clearTimeout(timer);
    },
  };
  return start;
}

/**
 * Watches the frame's layout (the body's and every chapter's size: a chapter that grows while another shrinks
 * moves the chapters below without changing the height) and its visible part (the host scrolled, with or
 * without telling: ask where it is now). Returns the disconnect.
 */
function watchLayout(link: HostLink, onLayout: () => void, observers: FrameObservers): () => void {
  const resizeObserver = observers.createResizeObserver(function onResize(entries) {
    for (const entry of entries) {
      if (entry.target === document.body) link.observedHeight = entry.borderBoxSize[0]?.blockSize ?? null;
    }
    onLayout();
  });
  resizeObserver?.observe(document.body);
  const visibilityObserver = observers.createIntersectionObserver(link.requestPosition, {
    threshold: VISIBILITY_STEPS,
  });
  for (const section of document.querySelectorAll('section.chapter')) {
    visibilityObserver?.observe(section);
    resizeObserver?.observe(section);
  }
  return function stopWatching() {
    resizeObserver?.disconnect();
    visibilityObserver?.disconnect();
  };
}

/**
 * Navigation inside the frame: a link to a chapter, by mouse or keyboard, or back/forward. The frame cannot
 * scroll; the host does. Returns the clean-up.
 */
function followLinksInFrame(navigation: HostNavigation, start: StartChapter): () => void {
  /** A link to a chapter inside the frame, by mouse or keyboard, or back/forward: the host scrolls. */
  function goToHash(): void {
    const chapterId = parseHash(window.location.hash);
    const section = chapterId ? document.getElementById(chapterId) : null;
    if (!section) return;
    start.finish();
    unscrollFrame();
    navigation.scrollHostTo(section);
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

  window.addEventListener('hashchange', goToHash);
  document.addEventListener('click', onClick);
  return function stopFollowingLinks() {
    window.removeEventListener('hashchange', goToHash);
    document.removeEventListener('click', onClick);
  };
}

/**
 * Connects the frame to the host on `channel` (see `useHostFrame`) and pushes the host's viewport to `store`
 * while the chapter follows it. `onSilent(true)` when the host has not answered in {@link SILENT_HOST_MS},
 * `onSilent(false)` at its first answer. `startHash` is the location's hash when the frame started (it follows
 * the chapter later): a deep link's start chapter. Returns the disconnect.
 */
export function connectHostFrame(
  channel: string,
  store: ViewportStore,
  onSilent: (silent: boolean) => void,
  observers: FrameObservers,
  startHash: string = window.location.hash,
): () => void {
  const root = document.documentElement;
  const link = createHostLink(channel);
  const navigation = createNavigation(link);
  const anchor = createAnchor(link);
  const startId = parseHash(startHash);
  const start = createStart(
    startId && startId !== FIRST_CHAPTER ? document.getElementById(startId) : null,
    navigation.scrollHostTo,
  );
  let layout: ViewportSize | null = null;
  let answered = false;
  const silentTimer = setTimeout(() => {
    link.gaveUp = true;
    link.sendHeight();
    onSilent(true);
  }, SILENT_HOST_MS);
  /** Whether the chapter follows the host's reports: not while the start chapter or a target waits. */
  const following = () => !start.pending() && navigation.settled();

  function onMessage(event: MessageEvent): void {
    if (event.source !== window.parent) return;
    const message = parseHostMessage(event.data, channel);
    if (!message) return;
    if (message.type === 'width') {
      link.sendHeight();
      return;
    }
    const next = layoutViewport(layout, message.viewport);
    if (next !== layout) {
      layout = next;
      // embed.css sizes the layout in multiples of one percent of the host's viewport height.
      root.style.setProperty('--kz-vh', `${next.height / 100}px`);
    }
    const viewport = virtualViewport(message.viewport);
    unscrollFrame();
    link.latest = viewport;
    navigation.followTarget(viewport.top);
    // The layout may have moved the chapter asked for without changing the frame's height.
    navigation.keepTarget();
    start.onReport(viewport.top);
    if (following()) store.push(viewport);
    anchor.remember();
    placePanel(link.latest);
    link.sendHeight();
    if (!answered) {
      answered = true;
      clearTimeout(silentTimer);
      onSilent(false);
    }
  }

  /** The layout moved under the reader (host resize, a graphic loaded): derive chapter and panel anew. */
  function onLayout(): void {
    unscrollFrame();
    link.sendHeight();
    anchor.keep(() => start.done() && !navigation.keepTarget(true));
    if (link.latest && following()) store.push(link.latest);
    placePanel(link.latest);
    start.apply();
  }

  window.addEventListener('message', onMessage);
  const stopFollowingLinks = followLinksInFrame(navigation, start);
  const stopWatching = watchLayout(link, onLayout, observers);
  link.sendHeight();
  link.requestPosition();
  return function disconnectHostFrame() {
    start.dispose();
    navigation.dispose();
    clearTimeout(silentTimer);
    window.removeEventListener('message', onMessage);
    stopFollowingLinks();
    stopWatching();
    root.style.removeProperty('--kz-vh');
    layoutParts()?.main.style.removeProperty('--kz-panel-shift');
  };
}
