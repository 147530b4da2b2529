import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module: its state (drawn or not) lasts for a page. */
async function freshFirstView() {
  vi.resetModules();
  return import('../../src/lib/firstView');
}

/** Whether `promise` has settled after the timers and tasks that are due now. */
async function settled(promise: Promise<unknown>, ms = 0): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return done;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstView', () => {
  it('waits for the first view to be drawn, then for the browser to idle', async () => {
    vi.useFakeTimers();
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    const { afterFirstView, firstViewDrawn } = await freshFirstView();
    const later = afterFirstView();
    expect(await settled(later, 5000)).toBe(false);
    firstViewDrawn();
    expect(await settled(later)).toBe(false);
    expect(idle).toHaveLength(1);
    idle[0]?.();
    expect(await settled(later)).toBe(true);
    expect(afterFirstView()).toBe(later);
  });

  it('does not wait for ever when the map never draws (it failed, or the page has none)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 1));
    const { afterFirstView } = await freshFirstView();
    const later = afterFirstView();
    expect(await settled(later, 7000)).toBe(false);
    expect(await settled(later, 1100)).toBe(true);
  });
});
