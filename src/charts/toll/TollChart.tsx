import type { ReactElement } from 'react';
import { figureChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { fillChartText } from '../fillChartText';
import {
  ChartSvg,
  LegendSwatches,
  OpenArrow,
  SvgLine,
  SvgTexts,
  figureData,
  r,
  useChartLayout,
} from '../parts/svg';
import { layoutToll, type DotGroup } from './layout';

function Dots({ group, tone, arrow }: { group: DotGroup; tone: string; arrow: string }): ReactElement {
  const open = group.open;
  return (
    <g className={`chart-units chart-units--${tone} chart-anim-fade`} {...figureData(group.figure)}>
      {group.dots.map((d, i) => (
        <circle key={i} className="chart-unit" cx={r(d.cx)} cy={r(d.cy)} r={group.r} />
      ))}
      {open && (
        <g aria-hidden="true">
          <circle className="chart-unit chart-unit--open" cx={r(open.cx)} cy={r(open.cy)} r={group.r} />
          <OpenArrow x0={open.arrowX0} x1={open.arrowX1} y={open.cy} marker={arrow} />
        </g>
      )}
    </g>
  );
}

/** The toll as of 8 January: dots for the dead, squares of 50 for the detained. */
export function TollGraphic({ title, summary, ...input }: GraphicProps<'toll'>): ReactElement {
  const layout = useChartLayout(layoutToll, input);
  const { squares, threshold, bracket, figure } = layout.detained;
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} summary={summary}>
      {(ids) => (
        <>
          <Dots group={layout.killed} tone="series1" arrow={ids.arrow} />
          <Dots group={layout.securityKilled} tone="series2" arrow={ids.arrow} />
          <g className="chart-units chart-units--muted chart-anim-fade" {...figureData(figure)}>
            {squares.map((s, i) => (
              <rect key={i} className="chart-unit" x={r(s.x)} y={r(s.y)} width={r(s.width)} height={s.size} />
            ))}
          </g>
          <g aria-hidden="true">
            <SvgLine
              className="chart-threshold"
              x1={threshold.x0}
              x2={threshold.x1}
              y1={threshold.y}
              y2={threshold.y}
            />
            <SvgLine
              className="chart-bracket"
              x1={bracket.x}
              x2={bracket.x}
              y1={bracket.y0}
              y2={bracket.y1}
            />
            <OpenArrow x0={bracket.x} x1={bracket.x} y={bracket.y1} y1={bracket.arrowY} marker={ids.arrow} />
          </g>
          <LegendSwatches
            entries={layout.legend}
            draw={(swatch, b) =>
              swatch === 'dot' ? (
                <circle
                  className="chart-units--series1"
                  cx={b.x + b.size / 2}
                  cy={b.y + b.size / 2}
                  r={b.size / 2 - 0.5}
                />
              ) : (
                <rect className="chart-units--muted" x={b.x} y={b.y} width={b.size} height={b.size} />
              )
            }
          />
          <SvgTexts marks={layout.texts} />
        </>
      )}
    </ChartSvg>
  );
}

export const toll = figureChart<'toll'>(TollGraphic, layoutToll, (pack, text) => [
  ['killed', fillChartText(text.labels.rowKilled, pack)],
  ['securityKilled', fillChartText(text.labels.rowSecurity, pack)],
  ['detained', fillChartText(text.labels.detained, pack)],
  ['detainedMvd', fillChartText(text.labels.detained, pack)],
]);
