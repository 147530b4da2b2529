import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, TARGET_BENCHMARK_INDEX } from '../../scripts/perf/cpuSlowdown.mjs';

describe('Lighthouse CPU slowdown calibrated to the host', () => {
  it("is Lighthouse's own 4× on the high-end desktop its default is made for, and on anything faster", () => {
    expect(cpuSlowdownFor(1750)).toBe(4);
    expect(cpuSlowdownFor(2600)).toBe(4);
  });

  it('is smaller on a slower host, so the simulated phone stays the same', () => {
    expect(cpuSlowdownFor(1094)).toBe(2.5);
    expect(cpuSlowdownFor(1437)).toBe(3.3);
    expect(cpuSlowdownFor(1250) * TARGET_BENCHMARK_INDEX).toBeCloseTo(1250, -2);
  });

  it('never speeds the page up: at least 1×, also when the benchmark failed', () => {
    expect(cpuSlowdownFor(200)).toBe(1);
    expect(cpuSlowdownFor(0)).toBe(1);
  });
});
