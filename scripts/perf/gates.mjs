// The three measurements behind the budgets, each giving table rows and budget checks: sizes from a real
// page load, Lighthouse (median of three runs), long tasks while scrolling. Used by scripts/check-*.mjs and
// scripts/bench.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  check,
  checkLighthouse,
  checkLongTasks,
  checkRow,
  checkSizes,
  classify,
  formatValue,
  medianRun,
  sizeRow,
  totals,
} from '../budgets.mjs';
import { cpuSlowdownFor } from './cpuSlowdown.mjs';
import { measureBenchmarkIndex, runLighthouse } from './lighthouse.mjs';
import { measureFirstView } from './pageLoad.mjs';
import { longTasksWhileScrolling } from './scroll.mjs';
import { DIST } from './server.mjs';

/** @typedef {import('../budgets.mjs').Row} Row */
/** @typedef {import('../budgets.mjs').Check} Check */
/** @typedef {{ rows: Row[], checks: Check[], notes?: string[] }} GateResult */

function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesBelow(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** What a browser would call a built file, by its extension (dist/ files have no response headers). */
const TYPE_BY_EXTENSION = { js: 'script', mjs: 'script', css: 'stylesheet', html: 'document' };

/** Every file the build made, as assets (a placeholder origin: only the path counts for the kind). */
export function distAssets() {
  return filesBelow(DIST).map((file) => {
    const body = readFileSync(file);
    const path = relative(DIST, file);
    const resourceType = TYPE_BY_EXTENSION[path.split('.').pop() ?? ''] ?? '';
    const kind = classify({ url: `http://dist.invalid/${path}`, resourceType });
    return { url: path, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

/**
 * Sizes: each page at phone and desktop size, as Chromium loads it; the whole build for comparison.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ path: string, lang: string }[]} pages
 * @returns {Promise<GateResult>}
 */
export async function sizeGate(browser, origin, pages) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {Check[]} */
  const checks = [];
  for (const [i, { path, lang }] of pages.entries()) {
    for (const viewport of /** @type {const} */ (['phone', 'desktop'])) {
      const assets = await measureFirstView(browser, `${origin}/${path}`, viewport);
      if (i === 0 && viewport === 'phone') {
        rows.push({ item: `**first view, ${lang} page, phone: every response**` });
        for (const a of assets) rows.push(sizeRow(`${new URL(a.url).pathname} (${a.kind})`, a));
      }
      checks.push(...checkSizes(`${lang}, ${viewport}`, assets));
    }
  }
  const all = totals(distAssets());
  rows.push({ item: '**whole app (every file in dist/)**' });
  rows.push(sizeRow(`JS, all chunks (${all.script.count} files)`, all.script));
  rows.push(sizeRow(`geodata, all (${all.geodata.count} files)`, all.geodata));
  rows.push(sizeRow(`CSS, all (${all.stylesheet.count} files)`, all.stylesheet));
  checks.push(check('font files in dist/', all.font.count, 'max', 0, 'count'));
  rows.push(...checks.map(checkRow));
  return { rows, checks };
}

/**
 * Lighthouse, `runs` times per page; the checks use the median of each score and metric.
 * @param {string} origin
 * @param {{ path: string, lang: string }[]} pages
 * @returns {Promise<GateResult>}
 */
export async function lighthouseGate(origin, pages, runs = 3) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {Check[]} */
  const checks = [];
  /** @type {string[]} */
  const notes = [];
  // Calibrated to this host (lighthouse.mjs): the same mid-tier phone on a fast or a slow CI machine.
  const benchmarkIndex = await measureBenchmarkIndex();
  const cpuSlowdown = cpuSlowdownFor(benchmarkIndex);
  rows.push({ item: 'Host BenchmarkIndex (median of 5)', value: String(Math.round(benchmarkIndex)) });
  rows.push({ item: 'Simulated CPU slowdown (Lighthouse default 4)', value: `${cpuSlowdown}×` });
  for (const { path, lang } of pages) {
    const results = await runLighthouse(`${origin}/${path}`, `lighthouse-${lang}`, runs, cpuSlowdown);
    const median = medianRun(results);
    const pageChecks = checkLighthouse(`${lang}, median of ${runs}`, median);
    checks.push(...pageChecks);
    rows.push(...pageChecks.map(checkRow));
    rows.push({ item: `FCP (${lang}, median of ${runs})`, value: formatValue(median.metrics.fcpMs, 'ms') });
    rows.push({
      item: `Speed Index (${lang}, median of ${runs})`,
      value: formatValue(median.metrics.siMs, 'ms'),
    });
    results.forEach((r, i) => {
      if (r.failing.length)
        notes.push(`Lighthouse ${lang} run ${i + 1}, audits below 1: ${r.failing.join(', ')}`);
      if (r.runtimeError) notes.push(`Lighthouse ${lang} run ${i + 1}, error: ${r.runtimeError}`);
    });
  }
  return { rows, checks, notes };
}

/**
 * Long tasks while scrolling through each page at phone and desktop size.
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @param {{ path: string, lang: string }[]} pages
 * @returns {Promise<GateResult>}
 */
export async function scrollGate(browser, origin, pages) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {Check[]} */
  const checks = [];
  for (const { path, lang } of pages) {
    for (const viewport of /** @type {const} */ (['phone', 'desktop'])) {
      const { tasks, scrolledPx, ms } = await longTasksWhileScrolling(browser, `${origin}/${path}`, viewport);
      const c = checkLongTasks(`${lang}, ${viewport}`, tasks);
      checks.push(c);
      const worst = tasks.length ? `, longest ${Math.max(...tasks.map((t) => t.duration))} ms` : '';
      rows.push({ ...checkRow(c), value: `${tasks.length} in ${scrolledPx} px / ${ms} ms${worst}` });
    }
  }
  return { rows, checks };
}
