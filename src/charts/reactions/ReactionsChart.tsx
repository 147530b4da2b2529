import type { ReactElement } from 'react';
import { figureChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { fillChartText } from '../fillChartText';
import { ChartSvg, LegendSwatches, SvgTexts, figureData, r, useChartLayout } from '../parts/svg';
import { layoutReactions } from './layout';

/** 25 licences as 25 squares, and the total value as a big number. */
export function ReactionsGraphic({ title, summary, ...input }: GraphicProps<'reactions'>): ReactElement {
  const layout = useChartLayout(layoutReactions, input);
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} summary={summary}>
      {() => (
        <>
          <g className="chart-units chart-units--series1 chart-anim-fade" {...figureData('armsLicences')}>
            {layout.licences.squares.map((s, i) => (
              <rect key={i} className="chart-unit" x={r(s.x)} y={r(s.y)} width={s.size} height={s.size} />
            ))}
          </g>
          <LegendSwatches
            entries={layout.legend}
            draw={(_swatch, b) => (
              <rect className="chart-units--series1" x={b.x} y={b.y} width={b.size} height={b.size} />
            )}
          />
          <SvgTexts marks={layout.texts} />
        </>
      )}
    </ChartSvg>
  );
}

export const reactions = figureChart<'reactions'>(ReactionsGraphic, layoutReactions, (pack, text) => [
  ['armsLicences', fillChartText(text.labels.rowLicences, pack)],
  ['armsValue', fillChartText(text.labels.value, pack)],
]);
