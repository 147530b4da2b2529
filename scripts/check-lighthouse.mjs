#!/usr/bin/env node
/**
 * Lighthouse budgets (`npm run check:lighthouse`, which builds first): each edition, mobile preset with
 * simulated throttling, Debian's Chromium, median of three runs; scores and LCP/TBT/CLS against
 * scripts/budgets.mjs. Reports of every run: .lighthouse/. Exits 1 when a budget fails.
 *
 * LIGHTHOUSE_ADVISORY=TBT (a comma list of check-name prefixes) still measures and prints those budgets but
 * reports a miss as "advisory" instead of failing: CI uses it for TBT, whose simulated median on a 2-core
 * machine still swings across the 100 ms budget (see docs/performance.md).
 */
import { lighthouseGate } from './perf/gates.mjs';
import { report } from './perf/report.mjs';
import { builtPages, serveProduction } from './perf/server.mjs';

const pages = await builtPages();
const server = await serveProduction();
try {
  const advisory = (process.env.LIGHTHOUSE_ADVISORY ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const result = await lighthouseGate(server.origin, pages);
  const isAdvisory = (c) => advisory.some((prefix) => c.label.startsWith(prefix));
  const notes = result.checks
    .filter((c) => isAdvisory(c) && !c.pass)
    .map((c) => `advisory, not enforced: ${c.label} measured ${c.actual}, budget ${c.limit}`);
  const { failed } = report([
    {
      ...result,
      checks: result.checks.filter((c) => !isAdvisory(c)),
      notes: [...(result.notes ?? []), ...notes],
    },
  ]);
  process.exitCode = failed ? 1 : 0;
} finally {
  await server.close();
}
