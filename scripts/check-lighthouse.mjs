#!/usr/bin/env node
/**
 * Lighthouse budgets (`npm run check:lighthouse`, which builds first): each edition's front page and the
 * chapter pages `almaty/` and `en/csto/` (perf/server.mjs `lighthousePages`), mobile preset with
 * simulated throttling, Debian's Chromium, median of three runs; scores and LCP/TBT/CLS against
 * scripts/budgets.mjs. Reports of every run: .lighthouse/. Exits 1 when a budget fails.
 */
import { lighthouseGate } from './perf/gates.mjs';
import { report } from './perf/report.mjs';
import { builtPages, lighthousePages, serveProduction } from './perf/server.mjs';

const pages = lighthousePages(await builtPages());
const server = await serveProduction();
try {
  const { failed } = report([await lighthouseGate(server.origin, pages)]);
  process.exitCode = failed ? 1 : 0;
} finally {
  await server.close();
}
