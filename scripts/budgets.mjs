// @ts-check
/**
 * The performance budgets and the pure logic that checks them. The measuring (a real page load in
 * Chromium, Lighthouse, a scroll through the story) is in scripts/perf/; scripts/check-budgets.mjs,
 * scripts/check-lighthouse.mjs and scripts/bench.mjs put both together. 1 kB = 1000 bytes, gzip level 9.
 */

export const BUDGETS = {
  /** JavaScript the first view loads (code only; geodata chunks count below), gzip bytes. */
  jsGzip: 150_000,
  /** Map data the first view loads (fetched JSON and the `geodata` chunk of vite.config.ts), gzip bytes. */
  geodataGzip: 50_000,
  /** CSS the first view loads, gzip bytes. */
  cssGzip: 20_000,
  /** Web font files: none, the page uses system fonts. */
  fontFiles: 0,
  /** Lighthouse, mobile preset, median of three runs: lowest acceptable category scores (0–100)… */
  scores: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 },
  /** …and highest acceptable metrics. */
  metrics: { lcpMs: 1800, tbtMs: 100, cls: 0.02 },
  /** Long tasks (over 50 ms) while scrolling from the first to the last chapter after load. */
  longTasks: 0,
  /**
   * Lighthouse metrics measured and printed, but not failing the run, until issue 16 wins them back: on the
   * 2-core CI machine the same tree that had measured TBT medians of 17–29 ms measured 67–334 ms on
   * 2026-11-30 (28–120 ms in one run with the CPU slowdown calibrated to the host, 3.4×), and the performance score, 30 % of
   * which is TBT, fell to 94 with it (kk). Every other budget fails the run.
   */
  advisory: /** @type {string[]} */ (['Lighthouse performance', 'TBT']),
};

/** @typedef {'script' | 'geodata' | 'stylesheet' | 'font' | 'document' | 'image' | 'other'} AssetKind */

/**
 * A response of the page load.
 * @typedef {object} Asset
 * @property {string} url
 * @property {AssetKind} kind
 * @property {number} raw   body bytes
 * @property {number} gzip  body bytes after gzip level 9
 */

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;
/** Map data files by name: GeoJSON/TopoJSON, or JSON whose name says geo/topo. */
const GEODATA_FILE = /\.(geojson|topojson)$|(geo|topo)[^/]*\.json$/i;
const JSON_TYPE = /^application\/([\w.+-]+\+)?json$/;
/** The chunk vite.config.ts puts JSON map data into. */
const GEODATA_CHUNK = /(^|\/)geodata-[\w-]+\.js$/;

/**
 * What a response is, from what the browser says about it (resource type, content type) and, for the one
 * chunk the build names on purpose, its file name.
 * @param {{ url: string, resourceType?: string, contentType?: string }} response
 * @returns {AssetKind}
 */
export function classify({ url, resourceType = '', contentType = '' }) {
  const path = new URL(url).pathname;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (resourceType === 'font' || type.startsWith('font/') || FONT_FILE.test(path)) return 'font';
  // Any JSON the page fetches counts as data it needs at start (the map's, today); JSON in dist/ that the page
  // only links to (the data downloads) does not.
  const fetched = resourceType === 'fetch' || resourceType === 'xhr';
  if (
    GEODATA_CHUNK.test(path) ||
    GEODATA_FILE.test(path) ||
    (fetched && (JSON_TYPE.test(type) || /\.json$/i.test(path)))
  ) {
    return 'geodata';
  }
  if (resourceType === 'script' || /javascript|ecmascript/.test(type)) return 'script';
  if (resourceType === 'stylesheet' || type === 'text/css') return 'stylesheet';
  if (resourceType === 'document' || type === 'text/html') return 'document';
  if (resourceType === 'image' || type.startsWith('image/')) return 'image';
  return 'other';
}

/**
 * Count, raw and gzip bytes per kind.
 * @param {Asset[]} assets
 * @returns {Record<AssetKind, { count: number, raw: number, gzip: number }>}
 */
export function totals(assets) {
  /** @type {AssetKind[]} */
  const kinds = ['script', 'geodata', 'stylesheet', 'font', 'document', 'image', 'other'];
  const sums = Object.fromEntries(kinds.map((k) => [k, { count: 0, raw: 0, gzip: 0 }]));
  for (const asset of assets) {
    const sum = sums[asset.kind];
    if (!sum) throw new Error(`unknown asset kind ${asset.kind}`);
    sum.count += 1;
    sum.raw += asset.raw;
    sum.gzip += asset.gzip;
  }
  return /** @type {Record<AssetKind, { count: number, raw: number, gzip: number }>} */ (sums);
}

/**
 * One budget compared with what was measured. `max`: the value must not exceed the limit; `min`: it must
 * reach it.
 * @typedef {object} Check
 * @property {string} label
 * @property {number} actual
 * @property {number} limit
 * @property {'max' | 'min'} kind
 * @property {'bytes' | 'count' | 'score' | 'ms' | 'unitless'} unit
 * @property {boolean} pass
 * @property {boolean} [advisory]  over budget is reported, not failed (BUDGETS.advisory)
 */

/**
 * @param {string} label
 * @param {number} actual
 * @param {'max' | 'min'} kind
 * @param {number} limit
 * @param {Check['unit']} unit
 * @returns {Check}
 */
export function check(label, actual, kind, limit, unit) {
  const pass = Number.isFinite(actual) && (kind === 'max' ? actual <= limit : actual >= limit);
  return { label, actual, limit, kind, unit, pass };
}

/**
 * The size budgets for one page load.
 * @param {string} page  e.g. "de, phone"
 * @param {Asset[]} assets
 * @param {typeof BUDGETS} [budgets]
 * @returns {Check[]}
 */
export function checkSizes(page, assets, budgets = BUDGETS) {
  const sum = totals(assets);
  return [
    check(`JS, first view (${page})`, sum.script.gzip, 'max', budgets.jsGzip, 'bytes'),
    check(`geodata, first view (${page})`, sum.geodata.gzip, 'max', budgets.geodataGzip, 'bytes'),
    check(`CSS, first view (${page})`, sum.stylesheet.gzip, 'max', budgets.cssGzip, 'bytes'),
    check(`font files, first view (${page})`, sum.font.count, 'max', budgets.fontFiles, 'count'),
  ];
}

/**
 * The median; for an even count the mean of the middle two. NaN for none.
 * @param {number[]} values
 */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0 || sorted.length !== values.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ i) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/**
 * What one Lighthouse run gives: category scores 0–100 and the metrics in ms (CLS unitless).
 * @typedef {object} LighthouseRun
 * @property {Record<string, number>} scores
 * @property {{ lcpMs: number, tbtMs: number, cls: number, fcpMs: number, siMs: number }} metrics
 */

/**
 * Medians of several runs, each score and metric on its own. A run that lacks a value (Lighthouse could
 * not compute it) makes that median NaN, which fails its check.
 * @param {LighthouseRun[]} runs
 * @returns {LighthouseRun}
 */
export function medianRun(runs) {
  const first = runs[0];
  if (!first) throw new Error('no Lighthouse runs');
  const scores = Object.fromEntries(
    Object.keys(first.scores).map((k) => [k, median(runs.map((r) => r.scores[k] ?? NaN))]),
  );
  const metricKeys = /** @type {(keyof LighthouseRun['metrics'])[]} */ (Object.keys(first.metrics));
  const metrics = /** @type {LighthouseRun['metrics']} */ (
    Object.fromEntries(metricKeys.map((k) => [k, median(runs.map((r) => r.metrics[k] ?? NaN))]))
  );
  return { scores, metrics };
}

/**
 * The Lighthouse budgets for one page (the median run).
 * @param {string} page
 * @param {LighthouseRun} run
 * @param {typeof BUDGETS} [budgets]
 * @returns {Check[]}
 */
export function checkLighthouse(page, run, budgets = BUDGETS) {
  const advisory = (/** @type {Check} */ c) =>
    budgets.advisory.some((prefix) => c.label.startsWith(`${prefix} (`)) ? { ...c, advisory: true } : c;
  return [
    ...Object.entries(budgets.scores).map(([category, min]) =>
      check(`Lighthouse ${category} (${page})`, run.scores[category] ?? NaN, 'min', min, 'score'),
    ),
    check(`LCP (${page})`, run.metrics.lcpMs, 'max', budgets.metrics.lcpMs, 'ms'),
    check(`TBT (${page})`, run.metrics.tbtMs, 'max', budgets.metrics.tbtMs, 'ms'),
    check(`CLS (${page})`, run.metrics.cls, 'max', budgets.metrics.cls, 'unitless'),
  ].map(advisory);
}

/**
 * @param {string} page
 * @param {{ duration: number }[]} tasks  long tasks after load
 * @param {typeof BUDGETS} [budgets]
 * @returns {Check}
 */
export function checkLongTasks(page, tasks, budgets = BUDGETS) {
  return check(
    `long tasks > 50 ms while scrolling (${page})`,
    tasks.length,
    'max',
    budgets.longTasks,
    'count',
  );
}

/**
 * @param {number} value
 * @param {Check['unit']} unit
 */
export function formatValue(value, unit) {
  if (!Number.isFinite(value)) return 'n/a';
  switch (unit) {
    case 'bytes':
      return `${(value / 1000).toFixed(1)} kB`;
    case 'ms':
      return `${Math.round(value)} ms`;
    case 'unitless':
      return value.toFixed(3);
    default:
      return String(Math.round(value * 100) / 100);
  }
}

/**
 * One row of the bench table. Assets fill `raw` and `gzip`; checks fill `value`, `budget` and `result`.
 * @typedef {{ item: string, raw?: string, gzip?: string, value?: string, budget?: string, result?: string }} Row
 */

/**
 * @param {Check} c
 * @returns {Row}
 */
export function checkRow(c) {
  return {
    item: c.label,
    value: formatValue(c.actual, c.unit),
    budget: `${c.kind === 'max' ? '≤' : '≥'} ${formatValue(c.limit, c.unit)}`,
    result: c.pass ? 'pass' : c.advisory ? 'over (advisory)' : 'FAIL',
  };
}

/**
 * @param {string} item
 * @param {{ raw: number, gzip: number }} size
 * @returns {Row}
 */
export function sizeRow(item, { raw, gzip }) {
  return { item, raw: formatValue(raw, 'bytes'), gzip: formatValue(gzip, 'bytes') };
}

const COLUMNS = /** @type {const} */ ([
  ['item', 'item'],
  ['raw', 'raw'],
  ['gzip', 'gzip -9'],
  ['value', 'measured'],
  ['budget', 'budget'],
  ['result', 'result'],
]);

/**
 * The rows as one Markdown table (readable in a terminal, pasteable into docs/performance.md).
 * @param {Row[]} rows
 */
export function formatTable(rows) {
  const cells = [COLUMNS.map(([, title]) => title), ...rows.map((r) => COLUMNS.map(([key]) => r[key] ?? ''))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ row) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const [head = [], ...body] = cells;
  return [line(head), rule, ...body.map(line)].join('\n');
}
