// @vitest-environment node
/**
 * The drawings as SVG files (tests/unit/__snapshots__/charts/*.svg, one element per line for readable diffs),
 * rendered on the server as the page's server rendering will, with coordinates rounded to 0.1 px.
 */
import type { ReactElement } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import { chartLanguage } from '../../src/charts/chartTexts';
import type { ChartModule } from '../../src/charts/chartTypes';
import { CHARTS } from '../../src/charts/registry';
import { ENTERING_CLASS } from '../../src/charts/useEntryAnimation';
import { de } from '../../src/content/de';
import type { ChartId } from '../../src/content/types';
import { fillChartText } from '../../src/charts/fillChartText';

const CHART_IDS = Object.keys(CHARTS) as ChartId[];

/** One element per line, numbers rounded to one decimal, React's generated ids made stable. */
function serialize(markup: string): string {
  return `${markup
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/_[rR]_[0-9a-zA-Z]+_/g, 'id')
    .replace(/></g, '>\n<')}\n`;
}

function drawing<K extends ChartId>(chart: K, width: number): ReactElement {
  const text = chartLanguage(de).charts[chart];
  const def: ChartModule<K> = CHARTS[chart];
  const { Graphic } = def;
  return (
    <Graphic
      width={width}
      pack={de}
      text={text}
      title={fillChartText(text.title, de)}
      summary={def.summary(de, text)}
    />
  );
}

describe('chart drawings', () => {
  it.each(CHART_IDS.flatMap((chart) => [320, 600].map((width) => [chart, width] as const)))(
    '%s at %i px matches its stored SVG',
    async (chart, width) => {
      const svg = renderToStaticMarkup(drawing(chart, width));
      await expect(serialize(svg)).toMatchFileSnapshot(`./__snapshots__/charts/${chart}-${width}.svg`);
    },
  );
});

describe('server rendering', () => {
  it.each(CHART_IDS)('renders %s without a DOM, at the default width and in its final state', (chart) => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(<ChapterGraphic chart={chart} pack={de} active reducedMotion={false} />);
    expect(html).toContain('<figure');
    expect(html).toContain('width="360"');
    expect(html).not.toContain(ENTERING_CLASS);
    expect(html).toContain('aria-expanded="false"');
  });
});
