import { describe, expect, it } from 'vitest';
import {
  BUDGETS,
  check,
  checkLighthouse,
  checkLongTasks,
  checkRow,
  checkSizes,
  classify,
  formatTable,
  formatValue,
  median,
  medianRun,
  totals,
  type Asset,
  type LighthouseRun,
} from '../../scripts/budgets.mjs';

const ORIGIN = 'http://127.0.0.1:4173';

function asset(path: string, kind: Asset['kind'], gzip: number, raw = gzip * 3): Asset {
  return { url: `${ORIGIN}${path}`, kind, raw, gzip };
}

function run(
  performance: number,
  lcpMs: number,
  extra: Partial<LighthouseRun['metrics']> = {},
): LighthouseRun {
  return {
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { lcpMs, tbtMs: 20, cls: 0.01, fcpMs: 900, siMs: 1000, ...extra },
  };
}

describe('classify', () => {
  it('takes the kind from what the browser reports', () => {
    expect(classify({ url: `${ORIGIN}/assets/index-a1.js`, resourceType: 'script' })).toBe('script');
    expect(classify({ url: `${ORIGIN}/x`, contentType: 'text/javascript; charset=utf-8' })).toBe('script');
    expect(classify({ url: `${ORIGIN}/assets/index-a1.css`, resourceType: 'stylesheet' })).toBe('stylesheet');
    expect(classify({ url: `${ORIGIN}/`, resourceType: 'document' })).toBe('document');
    expect(classify({ url: `${ORIGIN}/og.png`, contentType: 'image/png' })).toBe('image');
  });

  it('counts JSON data and the geodata chunk as geodata, not as JavaScript', () => {
    expect(classify({ url: `${ORIGIN}/assets/geodata-Bx9_k2.js`, resourceType: 'script' })).toBe('geodata');
    expect(classify({ url: `${ORIGIN}/data/kz.topojson`, resourceType: 'fetch' })).toBe('geodata');
    expect(
      classify({ url: `${ORIGIN}/api`, resourceType: 'fetch', contentType: 'application/geo+json' }),
    ).toBe('geodata');
    expect(classify({ url: `${ORIGIN}/data/regions.json`, resourceType: 'xhr' })).toBe('geodata');
    expect(classify({ url: `${ORIGIN}/assets/StoryMap-geodata.js`, resourceType: 'script' })).toBe('script');
  });

  it('does not count a JSON file the page only links to (a data download) as geodata', () => {
    expect(classify({ url: `${ORIGIN}/data/figures.de.json` })).toBe('other');
    expect(
      classify({
        url: `${ORIGIN}/data/figures.de.json`,
        resourceType: 'document',
        contentType: 'application/json',
      }),
    ).toBe('document');
  });

  it('recognises a web font by type, content type or file name', () => {
    expect(classify({ url: `${ORIGIN}/a`, resourceType: 'font' })).toBe('font');
    expect(classify({ url: `${ORIGIN}/a`, contentType: 'font/woff2' })).toBe('font');
    expect(classify({ url: `${ORIGIN}/assets/inter-latin.woff2?v=1`, resourceType: 'other' })).toBe('font');
  });
});

describe('checkSizes', () => {
  it('sums each kind and passes at exactly the budget', () => {
    const assets = [
      asset('/assets/index.js', 'script', 100_000),
      asset('/assets/map.js', 'script', 50_000),
      asset('/assets/geodata-1.js', 'geodata', 50_000),
      asset('/assets/index.css', 'stylesheet', 20_000),
    ];
    const checks = checkSizes('de, phone', assets);
    expect(checks.map((c) => [c.label, c.actual, c.pass])).toEqual([
      ['JS, first view (de, phone)', 150_000, true],
      ['geodata, first view (de, phone)', 50_000, true],
      ['CSS, first view (de, phone)', 20_000, true],
      ['font files, first view (de, phone)', 0, true],
    ]);
  });

  it('fails one byte over a budget and on any font file', () => {
    const checks = checkSizes('en, desktop', [
      asset('/a.js', 'script', 150_001),
      asset('/f.woff2', 'font', 10_000),
    ]);
    expect(checks.filter((c) => !c.pass).map((c) => c.label)).toEqual([
      'JS, first view (en, desktop)',
      'font files, first view (en, desktop)',
    ]);
  });

  it('does not count documents, images or geodata as JavaScript', () => {
    const sum = totals([
      asset('/', 'document', 9_000),
      asset('/og.png', 'image', 90_000),
      asset('/g.json', 'geodata', 40_000),
      asset('/a.js', 'script', 1_000),
    ]);
    expect(sum.script).toEqual({ count: 1, raw: 3_000, gzip: 1_000 });
    expect(sum.geodata.gzip).toBe(40_000);
  });
});

describe('median and medianRun', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('is NaN when a run lacks the value, so a missing metric cannot pass', () => {
    expect(median([1, NaN, 3])).toBeNaN();
    expect(checkLighthouse('de', run(99, NaN)).find((c) => c.label.startsWith('LCP'))?.pass).toBe(false);
  });

  it('takes the median of each score and metric on its own', () => {
    const m = medianRun([run(90, 1000), run(99, 2500), run(96, 1200, { cls: 0.3 })]);
    expect(m.scores.performance).toBe(96);
    expect(m.metrics.lcpMs).toBe(1200);
    expect(m.metrics.cls).toBe(0.01);
  });
});

describe('checkLighthouse', () => {
  it('needs each score at least its minimum and each metric at most its maximum', () => {
    const failing = (r: LighthouseRun) =>
      checkLighthouse('de', r)
        .filter((c) => !c.pass)
        .map((c) => c.label);
    expect(failing(run(95, 1800, { tbtMs: 100, cls: 0.02 }))).toEqual([]);
    expect(failing(run(94, 1801, { tbtMs: 101, cls: 0.021 }))).toEqual([
      'Lighthouse performance (de)',
      'LCP (de)',
      'TBT (de)',
      'CLS (de)',
    ]);
    const a11y = { ...run(100, 900), scores: { ...run(100, 900).scores, accessibility: 99 } };
    expect(failing(a11y)).toEqual(['Lighthouse accessibility (de)']);
  });

  it('reports the advisory TBT and performance score over budget without failing the run; the rest fails it', () => {
    const checks = checkLighthouse('de', run(94, 1801, { tbtMs: 101, cls: 0.021 }));
    const advisory = checks.filter((c) => !c.pass && c.advisory).map((c) => c.label);
    const failing = checks.filter((c) => !c.pass && !c.advisory).map((c) => c.label);
    expect(advisory).toEqual(['Lighthouse performance (de)', 'TBT (de)']);
    expect(failing).toEqual(['LCP (de)', 'CLS (de)']);
    expect(checkRow(checks.find((c) => c.label === 'TBT (de)')!).result).toBe('over (advisory)');
    expect(BUDGETS.advisory).toEqual(['Lighthouse performance', 'TBT']);
  });

  it('uses the budgets of the issue', () => {
    expect(BUDGETS.scores).toEqual({ performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(BUDGETS.metrics).toEqual({ lcpMs: 1800, tbtMs: 100, cls: 0.02 });
  });
});

describe('checkLongTasks', () => {
  it('fails on any long task while scrolling', () => {
    expect(checkLongTasks('de, phone', []).pass).toBe(true);
    expect(checkLongTasks('de, phone', [{ duration: 51 }]).pass).toBe(false);
  });
});

describe('formatTable', () => {
  it('prints one aligned Markdown table with units and results', () => {
    const table = formatTable([
      { item: '/assets/index.js', raw: formatValue(234_000, 'bytes'), gzip: formatValue(72_500, 'bytes') },
      checkRow(check('LCP (de)', 1234.4, 'max', 1800, 'ms')),
      checkRow(check('Lighthouse seo (de)', 92, 'min', 100, 'score')),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| item +\| +raw \| gzip -9 \| measured \| +budget \| result \|$/);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(table).toContain('234.0 kB');
    expect(table).toContain('1234 ms');
    expect(table).toMatch(/\| +≤ 1800 ms \| +pass \|/);
    expect(table).toMatch(/\| +≥ 100 \| +FAIL \|/);
  });
});
