// Lighthouse on Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), mobile preset with its default
// simulated throttling, a fresh browser per run. Nothing is downloaded: the flags turn off Chromium's
// background networking, and a request that fails in a closed network fails only that request.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { chromium } from 'playwright-core';
import { ROOT } from './server.mjs';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One run as the budget logic reads it, plus the audits that cost points (for the report).
 * @param {any} lhr  Lighthouse's result
 */
export function summarise(lhr) {
  const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [
      c,
      lhr.categories[c]?.score == null ? NaN : Math.round(lhr.categories[c].score * 100),
    ]),
  );
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id].score})`),
  );
  return {
    scores,
    metrics: {
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      fcpMs: numeric('first-contentful-paint'),
      siMs: numeric('speed-index'),
    },
    failing,
    runtimeError: lhr.runtimeError?.message,
  };
}

/**
 * The host's BenchmarkIndex as Lighthouse measures it (its own page function, in Debian's Chromium with
 * CHROME_FLAGS): the median of five, each ~1 s. The same machine measured 1,094 to 1,437 between Lighthouse
 * runs of one session (a shared 2-core VM), which at a fixed 4× moved TBT from 35 to 285 ms on the same page.
 */
export async function measureBenchmarkIndex(samples = 5) {
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS.filter((flag) => !flag.startsWith('--headless')),
  });
  try {
    const page = await browser.newPage();
    const values = [];
    for (let i = 0; i < samples; i++)
      values.push(await page.evaluate(`(${pageFunctions.computeBenchmarkIndex.toString()})()`));
    values.sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)];
  } finally {
    await browser.close();
  }
}

/**
 * Run Lighthouse `runs` times on `url`; the full report of each run goes to .lighthouse/ (git-ignored).
 * `cpuSlowdownMultiplier`: Lighthouse's simulated CPU slowdown (its default 4 when not given).
 * @param {string} url
 * @param {string} name  file name stem for the reports
 * @param {number} runs
 * @param {number} [cpuSlowdownMultiplier]
 */
export async function runLighthouse(url, name, runs = 3, cpuSlowdownMultiplier) {
  const results = [];
  const dir = join(ROOT, '.lighthouse');
  await mkdir(dir, { recursive: true });
  for (let i = 1; i <= runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        ...(cpuSlowdownMultiplier ? { throttling: { cpuSlowdownMultiplier } } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      await writeFile(join(dir, `${name}-${i}.json`), result.report);
      results.push(summarise(result.lhr));
    } finally {
      await chrome.kill();
    }
  }
  return results;
}
