/**
 * The first view of a page is drawn once the map has drawn its first view (StoryMap): the prerendered page is
 * painted and hydrated by then. Work a page does not need for that view (the chart code of a chapter page,
 * the Almaty city detail, the footer's code) waits for it and then for the browser to idle, so it never competes with
 * hydration or the map's first draw for the main thread (Total Blocking Time).
 */
import { useEffect, useState } from 'react';

/** How long an idle callback may wait for idle time before it runs anyway. */
const IDLE_TIMEOUT_MS = 2000;
/** Should the map never report (it failed, or the page has none), the first view counts as drawn after this. */
const DRAWN_AT_THE_LATEST_MS = 8000;

let markDrawn: () => void = () => {};
const drawn = new Promise<void>((resolve) => {
  markDrawn = resolve;
});
let idleAfterDrawn: Promise<void> | null = null;

/** Called once the first view is drawn (the map's first draw); later calls change nothing. */
export function firstViewDrawn(): void {
  markDrawn();
}

function idle(): Promise<void> {
  return new Promise((resolve) => {
    // Safari has no requestIdleCallback: a task after the next frame then stands in for it.
    if (typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else requestAnimationFrame(() => setTimeout(resolve, 50));
  });
}

/**
 * Browser only. Resolves once the first view is drawn and the browser is idle: the same promise for every
 * caller, so what waits for it starts together, once.
 */
export function afterFirstView(): Promise<void> {
  idleAfterDrawn ??= Promise.race([
    drawn,
    new Promise<void>((resolve) => setTimeout(resolve, DRAWN_AT_THE_LATEST_MS)),
  ]).then(idle);
  return idleAfterDrawn;
}

/** False until {@link afterFirstView} resolves (always false on the server), then true for good. */
export function useAfterFirstView(): boolean {
  const [done, setDone] = useState(false);
  useEffect(
    function waitForFirstView() {
      if (done) return;
      let current = true;
      void afterFirstView().then(function firstViewDone() {
        if (current) setDone(true);
      });
      return function forgetFirstView() {
        current = false;
      };
    },
    [done],
  );
  return done;
}
