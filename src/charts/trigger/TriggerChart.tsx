import type { ReactElement } from 'react';
import { FIGURES } from '../../content/figures';
import { formatDate } from '../../content/format';
import { figureChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { fillChartText } from '../fillChartText';
import { BarChartSvg, SvgLine, useChartLayout } from '../parts/svg';
import { layoutTrigger } from './layout';

/** The LPG price before and after 1 January 2022, with the other source's "before" price as a tick. */
export function TriggerGraphic({ title, summary, ...input }: GraphicProps<'trigger'>): ReactElement {
  const layout = useChartLayout(layoutTrigger, input);
  const alt = layout.alternative;
  return (
    <BarChartSvg
      layout={layout}
      title={title}
      summary={summary}
      over={() => (
        <SvgLine
          className="chart-alt-tick chart-anim-fade"
          x1={alt.x}
          x2={alt.x}
          y1={alt.y0}
          y2={alt.y1}
          data-figure="lpgBeforeAlt"
          data-value={alt.value}
        />
      )}
    />
  );
}

export const trigger = figureChart<'trigger'>(TriggerGraphic, layoutTrigger, (pack, text) => {
  const before = fillChartText(text.labels.before, pack, { date: formatDate(FIGURES.lpgBefore.asOf, pack) });
  const after = fillChartText(text.labels.after, pack, { date: formatDate(FIGURES.lpgAfter.asOf, pack) });
  return [
    ['lpgBefore', before],
    ['lpgBeforeAlt', before],
    ['lpgAfter', after],
  ];
});
