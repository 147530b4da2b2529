/**
 * After a jump to a chapter, keeps that chapter where the jump put it while the page above it still changes
 * height (a chart whose code arrives later, a font): Chromium and Firefox do this themselves (CSS scroll
 * anchoring), WebKit, the engine of every iPhone browser, does not, and left `/en/#csto` hundreds of pixels off
 * its chapter. The hold ends as soon as the reader scrolls, touches, clicks or types, goes Back or Forward,
 * and after `timeout`.
 */

/** Options of {@link holdInPlace}; injectable for tests. */
export interface HoldOptions {
  /** Calls `changed` whenever an observed element changes size (a ResizeObserver). */
  observeSizes?: (elements: Element[], changed: () => void) => () => void;
  /** Milliseconds after which the hold ends on its own. */
  timeout?: number;
}

/** Whether the engine has CSS scroll anchoring (Chromium, Firefox; WebKit not). */
function hasScrollAnchoring(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    typeof CSS.supports === 'function' &&
    CSS.supports('overflow-anchor', 'auto')
  );
}

function resizeObserver(elements: Element[], changed: () => void): () => void {
  // Every engine the page supports has ResizeObserver; a DOM without it (jsdom) just gets no hold.
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  // Where the engine anchors scrolling, the hold only makes up for what anchoring left (on a chapter page the
  // headline's dek rewrapping in the web face moved the whole story 31 px), and must do so inside the
  // callback, before the frame is painted: a story painted one frame off counts as a layout shift (0.036 on
  // /en/crackdown/ at 390 px, 8 of 12 runs with a 4x slower CPU). WebKit has no anchoring, and scrolling in
  // the callback lays out chapters that come into view (content-visibility), which changes observed sizes
  // again in the same delivery: it reports "ResizeObserver loop completed with undelivered notifications" as
  // a page error. There the scroll waits for the next frame, once per frame however many sizes changed.
  if (hasScrollAnchoring()) {
    const observer = new ResizeObserver(changed);
    for (const element of elements) observer.observe(element);
    return function disconnect() {
      observer.disconnect();
    };
  }
  let frame = 0;
  const observer = new ResizeObserver(function sizesChanged() {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      changed();
    });
  });
  for (const element of elements) observer.observe(element);
  return function disconnect() {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}

/** What the reader does that ends a hold: input, and history moves (Back restores that entry's position). */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown', 'popstate', 'hashchange'] as const;

/** Holds `target` at its current distance from the top of the viewport; returns a function that lets go. */
export function holdInPlace(
  target: HTMLElement,
  { observeSizes = resizeObserver, timeout = 10_000 }: HoldOptions = {},
): () => void {
  const doc = target.ownerDocument;
  const win = doc.defaultView ?? window;
  const held = target.getBoundingClientRect().top;
  let scrolled = win.scrollY;
  const moved = (): number => target.getBoundingClientRect().top - held;

  function keep(): void {
    const by = moved();
    if (Math.abs(by) <= 1) return;
    // Someone else scrolled since the hold last did, before the scroll event could say so: the browser
    // restoring Back's position in the same frame as a resize, or the reader. Theirs wins (as in onScroll).
    if (win.scrollY !== scrolled) {
      release();
      return;
    }
    win.scrollBy({ top: by, behavior: 'instant' });
    scrolled = win.scrollY;
  }
  function onScroll(): void {
    // The page moved the chapter while scroll anchoring kept it: fine. The reader scrolled it away: let go.
    if (Math.abs(moved()) > 1 && win.scrollY !== scrolled) release();
    else scrolled = win.scrollY;
  }
  const chapters = [doc.body, ...doc.querySelectorAll('section.chapter')];
  const stopObserving = observeSizes(chapters, keep);
  win.addEventListener('scroll', onScroll, { passive: true });
  for (const type of READER_INPUT) win.addEventListener(type, release, { passive: true, capture: true });
  const timer = win.setTimeout(release, timeout);

  let released = false;
  function release(): void {
    if (released) return;
    released = true;
    stopObserving();
    win.removeEventListener('scroll', onScroll);
    for (const type of READER_INPUT) win.removeEventListener(type, release, { capture: true });
    win.clearTimeout(timer);
  }
  return release;
}
