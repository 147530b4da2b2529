#!/usr/bin/env node
/**
 * Size budgets from a real page load (`npm run check:budgets`, which builds first): JavaScript, geodata and
 * CSS each edition's first view loads in Chromium at phone and desktop size, gzip level 9; font files as sent.
 * Exits 1 when a budget fails. Budgets: scripts/budgets.mjs.
 */
import { launch } from '../tests/e2e/harness.mjs';
import { sizeGate } from './perf/gates.mjs';
import { report } from './perf/report.mjs';
import { builtPages, serveProduction } from './perf/server.mjs';

// Front pages only: a chapter page's first view is its chapter, with that chapter's chart code and map detail
// (measured 2026-11-30: almaty/ 174.7 kB JS and 81.5 kB geodata, gzip). Budgets for chapter pages are part of
// issue 13, still open.
const pages = (await builtPages()).filter((page) => page.front);
const server = await serveProduction();
const browser = await launch();
try {
  const { failed } = report([await sizeGate(browser, server.origin, pages)]);
  process.exitCode = failed ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
