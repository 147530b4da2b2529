import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';
import { browserResizeObserver, type ResizeObserverFactory } from '../../lib/observers';

/** Options of {@link useParentSize}. */
export interface ParentSizeOptions {
  /** Width before the first measurement: in server rendering, without JS and on the first client render. */
  initialWidth?: number;
  /** Creates the observer; the browser's by default (jsdom has none). */
  createResizeObserver?: ResizeObserverFactory;
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
  const { initialWidth = DEFAULT_CHART_WIDTH, createResizeObserver = browserResizeObserver } = options;
  const parentRef = useRef<T>(null);
  const [width, setWidth] = useState(initialWidth);

  useEffect(
    function observeParent() {
      const node = parentRef.current;
      if (!node) return;
      const observer = createResizeObserver(function onResize(entries) {
        const entry = entries[entries.length - 1];
        // Hidden containers report 0: keep the last real width rather than draw nothing.
        const next = entry ? Math.floor(entry.contentRect.width) : 0;
        // A transition: re-laying out a chart at its measured width may take a while, and must not block
        // scrolling or input (it happens as the chart code arrives, mid-scroll).
        if (next > 0) startTransition(() => setWidth(next));
      });
      if (!observer) return;
      observer.observe(node);
      return function stopObserving() {
        observer.disconnect();
      };
    },
    [createResizeObserver],
  );

  return { parentRef, width };
}
