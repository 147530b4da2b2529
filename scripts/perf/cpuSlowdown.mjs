// Lighthouse's CPU slowdown calibrated to the host (used by gates.mjs; no imports, so unit tests load it).

/**
 * Lighthouse's mobile preset slows the CPU down 4× in its simulation: calibrated, in its documentation
 * (docs/throttling.md, "Calibrating the CPU slowdown"), for a high-end desktop (BenchmarkIndex 1500–2000) to
 * stand in for a mid-tier phone; a slower host is to get a smaller multiplier. The phone that 4× makes of a
 * 1750 desktop: BenchmarkIndex 437.5.
 */
export const TARGET_BENCHMARK_INDEX = 1750 / 4;

/**
 * The CPU slowdown that makes this host the mid-tier phone of Lighthouse's default: its BenchmarkIndex over
 * {@link TARGET_BENCHMARK_INDEX}, never above Lighthouse's own 4× (never harsher than stock Lighthouse) nor
 * below 1×, to a tenth.
 * @param {number} benchmarkIndex
 */
export function cpuSlowdownFor(benchmarkIndex) {
  const multiplier = Math.min(4, Math.max(1, benchmarkIndex / TARGET_BENCHMARK_INDEX));
  return Math.round(multiplier * 10) / 10;
}
