import type { ReactElement } from 'react';
import { figureChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { fillChartText } from '../fillChartText';
import { BarChartSvg, SvgLine, figureData, r, useChartLayout } from '../parts/svg';
import { CSTO_CONTINGENTS, contingentHeading, layoutCsto } from './layout';

/** Contingents by country; not-published rows stay empty; the announced total as an outline and a line. */
export function CstoGraphic({ title, summary, ...input }: GraphicProps<'csto'>): ReactElement {
  const layout = useChartLayout(layoutCsto, input);
  const total = layout.total;
  return (
    <BarChartSvg
      layout={layout}
      title={title}
      summary={summary}
      under={() => (
        <g {...figureData('cstoTotal')}>
          <rect
            className="chart-bar chart-bar--total chart-anim-grow"
            x={r(total.bar.x)}
            y={r(total.bar.y)}
            width={r(total.bar.width)}
            height={total.bar.height}
          />
          <SvgLine
            className="chart-reference"
            x1={total.x}
            x2={total.x}
            y1={total.bar.y + total.bar.height}
            y2={total.y1}
          />
        </g>
      )}
    />
  );
}

export const csto = figureChart<'csto'>(CstoGraphic, layoutCsto, (pack, text) => [
  ...CSTO_CONTINGENTS.map((c) => [c.figure, contingentHeading(c, pack, text)] as const),
  ['cstoTotal', fillChartText(text.labels.totalRow, pack)],
]);
