/**
 * Work split into tasks by time, not by count: the map's first draw adds hundreds of shapes of very different
 * sizes (Russia and China against Liechtenstein), and no fixed number per task keeps every task short on every
 * device. A slice takes items until its time budget is spent, then yields to the browser (input, paint,
 * scrolling) and continues in the next task.
 */

/** Time budget of one slice: a fifth of the 50 ms that counts as a long task, with room for a slow phone. */
export const SLICE_MS = 8;

/** Options of {@link runInSlices}; injectable for tests. */
export interface SliceOptions {
  budgetMs?: number;
  now?: () => number;
  /** Runs `next` in a later task and returns a function that cancels it. */
  schedule?: (next: () => void) => () => void;
}

/** The next task, after anything the browser has queued (`setTimeout` 0). */
export function nextTask(next: () => void): () => void {
  const timer = setTimeout(next, 0);
  return function cancelNextTask() {
    clearTimeout(timer);
  };
}

/**
 * Calls `each` for every item in order, in slices of at most about `budgetMs` (at least one item per slice,
 * so a single large item still makes progress), the first slice at once; then `done`. Returns a function that
 * stops it: no further `each` and no `done` after that.
 */
export function runInSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  done: () => void,
  { budgetMs = SLICE_MS, now = () => performance.now(), schedule = nextTask }: SliceOptions = {},
): () => void {
  let index = 0;
  let cancelNext: (() => void) | null = null;

  function slice(): void {
    cancelNext = null;
    const start = now();
    do {
      const item = items[index];
      index += 1;
      if (item !== undefined) each(item);
    } while (index < items.length && now() - start < budgetMs);
    if (index < items.length) cancelNext = schedule(slice);
    else done();
  }

  if (items.length === 0) done();
  else slice();
  return function stop() {
    cancelNext?.();
    cancelNext = null;
  };
}
