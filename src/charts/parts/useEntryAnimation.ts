import { useEffect, useRef, type RefObject } from 'react';

/** Class that puts a chart's marks in their start state; removing it lets CSS transitions play. */
export const ENTERING_CLASS = 'is-entering';

/**
 * Play a chart's entry animation once, the first time `active` turns true on the client. Server rendering and
 * the first client render draw the final state (no class), so the chart is right without JS and before its
 * chapter is reached. With reduced motion nothing moves.
 */
export function useEntryAnimation(
  ref: RefObject<Element | null>,
  active: boolean,
  reducedMotion: boolean,
): void {
  const played = useRef(false);

  useEffect(
    function playEntry() {
      const node = ref.current;
      if (!active || reducedMotion || played.current || !node || typeof requestAnimationFrame !== 'function')
        return;
      played.current = true;
      let finished = false;
      node.classList.add(ENTERING_CLASS);
      // Apply the start state now, so that removing the class in the next frame starts the transitions.
      node.getBoundingClientRect();
      const frame = requestAnimationFrame(function startTransition() {
        node.classList.remove(ENTERING_CLASS);
        finished = true;
      });
      return function settle() {
        cancelAnimationFrame(frame);
        node.classList.remove(ENTERING_CLASS);
        // Interrupted before it began (StrictMode's second run, a fast scroll): allow it to play next time.
        if (!finished) played.current = false;
      };
    },
    [ref, active, reducedMotion],
  );
}
