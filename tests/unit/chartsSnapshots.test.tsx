// @vitest-environment node
/**
 * The drawings of both editions as SVG files (tests/unit/__snapshots__/charts/<lang>/*.svg, one element per
 * line for readable diffs), rendered on the server as the page's server rendering will. Coordinates and sizes
 * are rounded to 0.1 px; text is compared exactly (see `svgSnapshot.ts`).
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import { chartLanguage } from '../../src/charts/chartTexts';
import type { ChartModule } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { ENTERING_CLASS } from '../../src/charts/parts/useEntryAnimation';
import { DEFAULT_CHART_WIDTH } from '../../src/charts/parts/useParentSize';
import { WIDTH_CLASSES } from '../../src/charts/parts/widthClass';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import type { LanguagePack } from '../../src/content/pack';
import type { ChartId } from '../../src/content/types';
import { fillChartText } from '../../src/charts/fillChartText';
import { serializeSvg } from './svgSnapshot';

const CHART_IDS = Object.keys(CHARTS) as ChartId[];
const PACKS = { de, en } as const;

function drawing<K extends ChartId>(chart: K, width: number, pack: LanguagePack): ReactElement {
  const text = chartLanguage(pack).charts[chart];
  const def: ChartModule<K> = CHARTS[chart];
  const { Graphic } = def;
  return (
    <Graphic
      width={width}
      pack={pack}
      text={text}
      title={fillChartText(text.title, pack)}
      summary={def.summary(pack, text)}
    />
  );
}

describe('snapshot serializer', () => {
  it('rounds coordinates and sizes in attributes to 0.1 px', () => {
    expect(serializeSvg('<rect x="12.3456" y="-0.04" width="99.96" height="18"></rect>')).toBe(
      '<rect x="12.3" y="0" width="100" height="18">\n</rect>\n',
    );
    expect(serializeSvg('<path d="M0.123,4.567 L9.99,5"></path>')).toBe(
      '<path d="M0.1,4.6 L10,5">\n</path>\n',
    );
  });

  it('keeps text and other attributes exactly, so a wrong label value cannot pass', () => {
    const svg =
      '<text x="1.25" data-value="4404"><tspan x="1.25" y="2.5">4.404 · 20.000 · 12.30 Uhr · 2,2</tspan></text>';
    expect(serializeSvg(svg)).toBe(
      '<text x="1.3" data-value="4404">\n<tspan x="1.3" y="2.5">4.404 · 20.000 · 12.30 Uhr · 2,2</tspan>\n</text>\n',
    );
    expect(serializeSvg('<desc>rund 2.500 Soldaten</desc>')).not.toBe(
      serializeSvg('<desc>rund 2.5 Soldaten</desc>'),
    );
  });
});

describe('chart drawings', () => {
  it.each(
    (Object.keys(PACKS) as (keyof typeof PACKS)[]).flatMap((lang) =>
      CHART_IDS.flatMap((chart) => [320, 600].map((width) => [lang, chart, width] as const)),
    ),
  )('%s: %s at %i px matches its stored SVG', async (lang, chart, width) => {
    const svg = renderToStaticMarkup(drawing(chart, width, PACKS[lang]));
    await expect(serializeSvg(svg)).toMatchFileSnapshot(
      `./__snapshots__/charts/${lang}/${chart}-${width}.svg`,
    );
  });
});

/** The German chart's height at `width`. */
function heightAt<K extends ChartId>(chart: K, width: number): number {
  const def: ChartModule<K> = CHARTS[chart];
  return def.layout({ width, pack: de, text: chartLanguage(de).charts[chart] }).height;
}

describe('server rendering', () => {
  it.each(CHART_IDS)('renders %s without a DOM, at the default width and in its final state', (chart) => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ChapterGraphic chart={chart} pack={de} active reducedMotion={false} />);
    expect(html).toContain('<figure');
    expect(html).toContain(`width="${DEFAULT_CHART_WIDTH}"`);
    // One strut per width class, as tall as the chart laid out for that class (charts.css shows one).
    for (const from of WIDTH_CLASSES) {
      expect(html).toContain(`data-from="${from}" width="1" height="${heightAt(chart, from)}"`);
    }
    expect(html).not.toContain(ENTERING_CLASS);
    expect(html).toContain('aria-expanded="false"');
  });
});
