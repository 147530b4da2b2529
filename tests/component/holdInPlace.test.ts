import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdInPlace } from '../../src/story/holdInPlace';

/** A chapter whose top the test moves, a page whose scroll position the test reads, and sizes it reports. */
function setUp(top = 0) {
  document.body.innerHTML =
    '<section class="chapter" id="intro"></section><section class="chapter" id="csto"></section>';
  const target = document.getElementById('csto')!;
  const place = { top, scrollY: 5000 };
  target.getBoundingClientRect = () => ({ top: place.top }) as DOMRect;
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => place.scrollY });
  const scrollBy = vi.fn((options: ScrollToOptions) => {
    place.scrollY += options.top ?? 0;
    place.top -= options.top ?? 0;
  });
  window.scrollBy = scrollBy as unknown as typeof window.scrollBy;
  let changed: () => void = () => undefined;
  const observed: Element[] = [];
  const stop = vi.fn(() => {
    changed = () => undefined;
  });
  const observeSizes = (elements: Element[], onChange: () => void) => {
    observed.push(...elements);
    changed = onChange;
    return stop;
  };
  return { target, place, scrollBy, observed, stop, resize: () => changed(), observeSizes };
}

/** A ResizeObserver whose notification the test sends (`notify()`), and animation frames it runs (`frames`). */
function stubBrowser() {
  let callback: () => void = () => undefined;
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(onResize: () => void) {
        callback = onResize;
      }
      observe(): void {}
      disconnect(): void {}
    },
  );
  vi.stubGlobal('requestAnimationFrame', (next: FrameRequestCallback) => frames.push(next));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return { notify: () => callback(), frames };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('holdInPlace', () => {
  it('scrolls back by what the page above moved the chapter, and watches the body and every chapter', () => {
    const s = setUp(0);
    holdInPlace(s.target, { observeSizes: s.observeSizes });
    expect(s.observed.map((e) => e.id || e.tagName)).toEqual(['BODY', 'intro', 'csto']);
    s.place.top = -155; // a chart above shrank by 155 px; no scroll anchoring
    s.resize();
    expect(s.scrollBy).toHaveBeenCalledWith({ top: -155, behavior: 'instant' });
    expect(s.place.top).toBe(0);
  });

  it('leaves the page alone while the chapter has not moved', () => {
    const s = setUp(0);
    holdInPlace(s.target, { observeSizes: s.observeSizes });
    s.place.top = 0.5;
    s.resize();
    expect(s.scrollBy).not.toHaveBeenCalled();
  });

  it('lets go when the reader scrolls it away, touches, clicks or types', () => {
    for (const type of ['scroll', 'wheel', 'touchstart', 'pointerdown', 'keydown']) {
      const s = setUp(0);
      holdInPlace(s.target, { observeSizes: s.observeSizes });
      if (type === 'scroll') {
        s.place.scrollY += 300;
        s.place.top -= 300;
      }
      window.dispatchEvent(new Event(type));
      expect(s.stop, type).toHaveBeenCalled();
      s.place.top = -500;
      s.resize();
      expect(s.scrollBy, type).not.toHaveBeenCalled();
    }
  });

  it('lets go on Back or Forward, which restore a position of their own', () => {
    for (const type of ['popstate', 'hashchange']) {
      const s = setUp(0);
      holdInPlace(s.target, { observeSizes: s.observeSizes });
      window.dispatchEvent(new Event(type));
      expect(s.stop, type).toHaveBeenCalled();
      s.place.top = 4000;
      s.resize();
      expect(s.scrollBy, type).not.toHaveBeenCalled();
    }
  });

  it('lets go when the page was scrolled away before its scroll event arrived (Back restoring the top)', () => {
    const s = setUp(0);
    holdInPlace(s.target, { observeSizes: s.observeSizes });
    // The browser restored the top of the page during layout; a chapter above changed size in the same frame.
    s.place.scrollY = 0;
    s.place.top = 5000;
    s.resize();
    expect(s.scrollBy).not.toHaveBeenCalled();
    expect(s.stop).toHaveBeenCalled();
  });

  it('keeps holding when scroll anchoring kept the chapter in place', () => {
    const s = setUp(0);
    holdInPlace(s.target, { observeSizes: s.observeSizes });
    s.place.scrollY -= 100; // the engine adjusted the scroll position, the chapter stayed
    window.dispatchEvent(new Event('scroll'));
    expect(s.stop).not.toHaveBeenCalled();
  });

  it('lets go after its timeout, and when released', () => {
    vi.useFakeTimers();
    const s = setUp(0);
    holdInPlace(s.target, { observeSizes: s.observeSizes, timeout: 1000 });
    vi.advanceTimersByTime(999);
    expect(s.stop).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(s.stop).toHaveBeenCalledTimes(1);
    const t = setUp(0);
    holdInPlace(t.target, { observeSizes: t.observeSizes })();
    expect(t.stop).toHaveBeenCalledTimes(1);
  });

  it('with the browser ResizeObserver, scrolls in the next frame, once however many sizes changed', () => {
    const s = setUp(0);
    const { notify, frames } = stubBrowser();
    try {
      const release = holdInPlace(s.target);
      s.place.top = -80;
      notify();
      notify();
      // Never inside the observer's delivery (WebKit's "ResizeObserver loop" error).
      expect(s.scrollBy).not.toHaveBeenCalled();
      expect(frames).toHaveLength(1);
      frames[0]!(0);
      expect(s.scrollBy).toHaveBeenCalledTimes(1);
      expect(s.place.top).toBe(0);
      release();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('where the engine anchors scrolling, scrolls inside the observer callback, before the frame is painted', () => {
    const s = setUp(0);
    const { notify, frames } = stubBrowser();
    vi.stubGlobal('CSS', {
      supports: (property: string, value: string) => property === 'overflow-anchor' && value === 'auto',
    });
    try {
      const release = holdInPlace(s.target);
      s.place.top = -31; // the dek above rewrapped in the web face
      notify();
      // A frame painted with the story 31 px off counts as a layout shift.
      expect(frames).toHaveLength(0);
      expect(s.scrollBy).toHaveBeenCalledWith({ top: -31, behavior: 'instant' });
      expect(s.place.top).toBe(0);
      release();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
