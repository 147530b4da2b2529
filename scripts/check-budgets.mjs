#!/usr/bin/env node
/**
 * Size budgets from a real page load (`npm run check:budgets`, which builds first): JavaScript, geodata and
 * CSS the first view of every page (front and chapter pages of each edition) loads in Chromium at phone and
 * desktop size, gzip level 9; font files as sent.
 * Exits 1 when a budget fails. Budgets: scripts/budgets.mjs.
 */
import { launch } from '../tests/e2e/harness.mjs';
import { sizeGate } from './perf/gates.mjs';
import { report } from './perf/report.mjs';
import { builtPages, serveProduction } from './perf/server.mjs';

// Every page: the front pages and every chapter page of every edition. A chapter page opens mid-story but
// loads its chapter's chart code and the Almaty city detail only after its first view is drawn (listed apart).
const pages = await builtPages();
const server = await serveProduction();
const browser = await launch();
try {
  const { failed } = report([await sizeGate(browser, server.origin, pages)]);
  process.exitCode = failed ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
