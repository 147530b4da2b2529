// Lighthouse on Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), mobile preset with its default
// simulated throttling, a fresh browser per run. Nothing is downloaded: the flags turn off Chromium's
// background networking, and a request that fails in a closed network fails only that request.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
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
 * Run Lighthouse `runs` times on `url`; the full report of each run goes to .lighthouse/ (git-ignored).
 * @param {string} url
 * @param {string} name  file name stem for the reports
 * @param {number} runs
 */
export async function runLighthouse(url, name, runs = 3) {
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
