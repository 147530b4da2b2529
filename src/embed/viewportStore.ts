/**
 * The host's viewport, kept for the chapter to follow. `useHostFrame` creates the store at once; the code that
 * talks to the host (`hostFrame.ts`) is loaded only in an auto-height embed, and feeds it from then on.
 */
import type { ViewportSource, VirtualViewport } from '../story/readingLine';

/** The host's viewport as a source for `useActiveChapter`, and the way to feed it. */
export interface ViewportStore {
  source: ViewportSource;
  push(viewport: VirtualViewport): void;
}

/** Keeps the last viewport, so that a subscriber that arrives late starts from where the reader is. */
export function createViewportStore(): ViewportStore {
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
