import type { ReactElement } from 'react';
import { figureChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { fillChartText } from '../fillChartText';
import { BarChartSvg, BarRect, LegendSwatches, useChartLayout } from '../parts/svg';
import { layoutSources } from './layout';

/** The official death toll statement by statement; the retracted one hollow and struck through. */
export function SourcesGraphic({ title, summary, ...input }: GraphicProps<'sources'>): ReactElement {
  const layout = useChartLayout(layoutSources, input);
  return (
    <BarChartSvg
      layout={layout}
      title={title}
      summary={summary}
      drawBars={false}
      under={(ids) => (
        <>
          <g className="chart-segments">
            {layout.segments.map((s) => (
              <BarRect key={s.figure} {...s} hatch={ids.hatch.claim} />
            ))}
          </g>
          <LegendSwatches
            entries={layout.legend}
            draw={(_swatch, b) => (
              <rect className="chart-bar--series2" x={b.x} y={b.y} width={b.size} height={b.size} />
            )}
          />
        </>
      )}
    />
  );
}

export const sources = figureChart<'sources'>(SourcesGraphic, layoutSources, (pack, text) =>
  (
    [
      ['killed', 'rowKilled'],
      ['securityKilled', 'rowSecurity'],
      ['deaths9Jan', 'rowRetracted'],
      ['deaths15Jan', 'rowDeaths'],
      ['securityKilled15Jan', 'rowSecurityPart'],
      ['deathsFinal', 'rowFinal'],
    ] as const
  ).map(([id, key]) => [id, fillChartText(text.labels[key], pack)] as const),
);
