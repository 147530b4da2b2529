import { describe, expect, it, vi } from 'vitest';
import { runInSlices } from '../../src/map/slices';

/** A clock that each item advances by its cost, and a scheduler whose tasks the test runs by hand. */
function harness(costs: number[]) {
  let time = 0;
  const tasks: (() => void)[] = [];
  const seen: number[] = [];
  const slices: number[][] = [[]];
  const options = {
    budgetMs: 8,
    now: () => time,
    schedule: (next: () => void) => {
      tasks.push(next);
      return () => tasks.splice(tasks.indexOf(next), 1);
    },
  };
  const each = (i: number) => {
    time += costs[i] ?? 0;
    seen.push(i);
    slices.at(-1)?.push(i);
  };
  const runTask = () => {
    slices.push([]);
    tasks.shift()?.();
  };
  return { options, each, seen, slices, tasks, runTask, items: costs.map((_, i) => i) };
}

describe('runInSlices', () => {
  it('does the first slice at once and yields when the time budget is spent', () => {
    const h = harness([3, 3, 3, 3, 3, 3, 3]);
    const done = vi.fn();
    runInSlices(h.items, h.each, done, h.options);
    // 3 + 3 = 6 ms < 8 ms: one more; 9 ms ≥ 8 ms: yield.
    expect(h.slices).toEqual([[0, 1, 2]]);
    expect(done).not.toHaveBeenCalled();
    while (h.tasks.length) h.runTask();
    expect(h.slices).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('keeps going with an item larger than the budget, one per slice', () => {
    const h = harness([20, 20, 1]);
    runInSlices(h.items, h.each, () => {}, h.options);
    while (h.tasks.length) h.runTask();
    expect(h.slices).toEqual([[0], [1], [2]]);
  });

  it('finishes at once when there is nothing to do', () => {
    const done = vi.fn();
    runInSlices([], () => {}, done);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('stops: no item and no completion after stop, and the pending task is cancelled', () => {
    const h = harness([5, 5, 5, 5]);
    const done = vi.fn();
    const stop = runInSlices(h.items, h.each, done, h.options);
    expect(h.tasks).toHaveLength(1);
    stop();
    stop();
    expect(h.tasks).toHaveLength(0);
    expect(h.seen).toEqual([0, 1]);
    expect(done).not.toHaveBeenCalled();
  });

  it('yields to the browser between slices with a real task', async () => {
    const order: string[] = [];
    let time = 0;
    const finished = new Promise<void>((resolve) => {
      runInSlices(
        [1, 2, 3],
        (n) => {
          time += 10;
          order.push(`item ${n}`);
        },
        resolve,
        { now: () => time },
      );
    });
    await Promise.resolve();
    order.push('other work');
    await finished;
    expect(order).toEqual(['item 1', 'other work', 'item 2', 'item 3']);
  });
});
