// @vitest-environment node
/**
 * A chart's height depends only on its content and the class of its width (src/charts/parts/widthClass.ts): the
 * server's HTML and charts.css give the plot that height before any script runs, and the chart keeps it when
 * it re-lays out at the measured width (issue 15: charts changed height as they hydrated).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartLanguage } from '../../src/charts/chartTexts';
import type { ChartModule } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { WIDTH_CLASSES, widthClass } from '../../src/charts/parts/widthClass';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import { kk } from '../../src/content/kk';
import { ru } from '../../src/content/ru';
import type { LanguagePack } from '../../src/content/pack';
import type { ChartId } from '../../src/content/types';

const CHART_IDS = Object.keys(CHARTS) as ChartId[];

/** The height of chart `chart` laid out at `width` in `pack`'s language. */
function heightAt<K extends ChartId>(chart: K, width: number, pack: LanguagePack): number {
  const def: ChartModule<K> = CHARTS[chart];
  const layout = def.layout({ width, pack, text: chartLanguage(pack).charts[chart] });
  expect(layout.width).toBe(width);
  return layout.height;
}

describe('widthClass', () => {
  it('gives the largest lower bound not above the width, and the first class below it', () => {
    expect(widthClass(100)).toBe(240);
    expect(widthClass(240)).toBe(240);
    expect(widthClass(289.9)).toBe(280);
    expect(widthClass(294)).toBe(290);
    expect(widthClass(324)).toBe(320);
    expect(widthClass(486)).toBe(440);
    expect(widthClass(598)).toBe(520);
    expect(widthClass(720)).toBe(600);
  });

  it('has a container query in charts.css for every bound, showing that class’s strut', () => {
    const css = readFileSync(new URL('../../src/charts/charts.css', import.meta.url), 'utf8');
    const queried = [...css.matchAll(/@container chart-plot \(min-width: (\d+)px\)/g)].map((m) =>
      Number(m[1]),
    );
    expect([WIDTH_CLASSES[0], ...queried]).toEqual([...WIDTH_CLASSES]);
    for (const from of WIDTH_CLASSES) expect(css).toContain(`.chart-strut[data-from='${from}']`);
  });
});

describe('chart heights', () => {
  const widths = Array.from({ length: (720 - 240) / 4 + 1 }, (_, i) => 240 + i * 4);
  it.each(CHART_IDS)(
    '%s is as tall at every width of a class as at its lower bound, in every edition',
    (chart) => {
      for (const pack of [de, en, ru, kk]) {
        const heights = new Map(WIDTH_CLASSES.map((c) => [c, heightAt(chart, c, pack)]));
        for (const width of [...widths, 293, 294, 323, 324, 485, 486, 597, 598]) {
          expect(heightAt(chart, width, pack), `${pack.lang} ${chart} at ${width}`).toBe(
            heights.get(widthClass(width)),
          );
        }
      }
    },
  );
});
