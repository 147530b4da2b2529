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
 * When the slices of the current task began: one budget for all slicers in a task. The layers a commit mounts
 * start their first slices in the same task (React runs their effects together), and with a budget each, five
 * layers made one 40 ms task on `almaty/` with an unthrottled CPU. Cleared once the task's code has run.
 */
let taskStart: number | null = null;

/** When this task's slices began; `fresh`: a slice that was scheduled, so the task is a new one. */
function startOfTask(now: () => number, fresh: boolean): number {
  if (taskStart === null) {
    queueMicrotask(function endOfTask() {
      taskStart = null;
    });
  }
  if (taskStart === null || fresh) taskStart = now();
  return taskStart;
}

/**
 * Calls `each` for every item in order, in slices of at most about `budgetMs` (at least one item per slice
 * that has a task of its own, so a single large item still makes progress), the first slice at once unless
 * other slices have spent the task's budget already; then `done`. Returns a function that stops it: no
 * further `each` and no `done` after that.
 */
export function runInSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  done: () => void,
  { budgetMs = SLICE_MS, now = () => performance.now(), schedule = nextTask }: SliceOptions = {},
): () => void {
  let index = 0;
  let cancelNext: (() => void) | null = null;
  function slice(fresh: boolean): void {
    cancelNext = null;
    const start = startOfTask(now, fresh);
    // Other slicers spent this task's budget: begin in a task of its own.
    if (!fresh && now() - start >= budgetMs) {
      cancelNext = schedule(nextSlice);
      return;
    }
    do {
      const item = items[index];
      index += 1;
      if (item !== undefined) each(item);
    } while (index < items.length && now() - start < budgetMs);
    if (index < items.length) cancelNext = schedule(nextSlice);
    else done();
  }
  function nextSlice(): void {
    slice(true);
  }
  if (items.length === 0) done();
  else slice(false);
  return function stop() {
    cancelNext?.();
    cancelNext = null;
  };
}
