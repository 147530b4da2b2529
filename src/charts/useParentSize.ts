import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';

/** The part of `ResizeObserver` the hook uses. */
export interface ResizeObserverLike {
  observe(target: Element): void;
  disconnect(): void;
}

/** A `ResizeObserver` class, or a stand-in with the same constructor (tests, old browsers). */
export type ResizeObserverClass = new (callback: ResizeObserverCallback) => ResizeObserverLike;

/** Options of {@link useParentSize}. */
export interface ParentSizeOptions {
  /** Width before the first measurement: in server rendering, without JS and on the first client render. */
  initialWidth?: number;
  /** Observer class to use instead of the browser's (jsdom has none). */
  resizeObserver?: ResizeObserverClass;
}

/**
 * The width charts draw at before anything was measured (server rendering, no JavaScript): in the class of a
 * 390 px phone's column (324 px), which therefore sees the server's drawing at its own size.
 */
export const DEFAULT_CHART_WIDTH = 320;

/**
 * The content width of the element `parentRef` is attached to, kept current with a ResizeObserver (as visx's
 * `useParentSize`). Nothing is measured during render, so the hook is safe in server rendering; where there is
 * no observer at all, the initial width stays.
 */
export function useParentSize<T extends Element = HTMLDivElement>(
  options: ParentSizeOptions = {},
): { parentRef: RefObject<T | null>; width: number } {
  const { initialWidth = DEFAULT_CHART_WIDTH, resizeObserver } = options;
  const parentRef = useRef<T>(null);
  const [width, setWidth] = useState(initialWidth);

  useEffect(
    function observeParent() {
      const node = parentRef.current;
      const Observer = resizeObserver ?? (typeof ResizeObserver === 'undefined' ? undefined : ResizeObserver);
      if (!node || !Observer) return;
      const observer = new Observer(function onResize(entries) {
        const entry = entries[entries.length - 1];
        // Hidden containers report 0: keep the last real width rather than draw nothing.
        const next = entry ? Math.floor(entry.contentRect.width) : 0;
        // A transition: re-laying out a chart at its measured width may take a while, and must not block
        // scrolling or input (it happens as the chart code arrives, mid-scroll).
        if (next > 0) startTransition(() => setWidth(next));
      });
      observer.observe(node);
      return function stopObserving() {
        observer.disconnect();
      };
    },
    [resizeObserver],
  );

  return { parentRef, width };
}
