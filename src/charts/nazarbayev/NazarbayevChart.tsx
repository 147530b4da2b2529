import type { ReactElement } from 'react';
import { timelineChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import {
  ChartSvg,
  LegendSwatches,
  OpenArrow,
  SvgLine,
  SvgTexts,
  r,
  useChartLayout,
  type SvgIds,
} from '../parts/svg';
import { POWER_EVENTS } from '../../content/timelines';
import { EventMarkers, eventDateText } from '../parts/timelineParts';
import { layoutNazarbayev, powerEventLabels, type SpanStyle } from './layout';

function spanProps(
  style: SpanStyle,
  tone: 'series1' | 'series2',
  ids: SvgIds,
): { className: string; fill?: string } {
  return {
    className: `chart-span chart-span--${style} chart-span--${tone}`,
    fill: style === 'hatched' ? `url(#${ids.hatch[tone]})` : undefined,
  };
}

/** Offices from 1989 to January 2022: a lane per person, then the dated steps. */
export function NazarbayevGraphic({ title, summary, ...input }: GraphicProps<'nazarbayev'>): ReactElement {
  const layout = useChartLayout(layoutNazarbayev, input);
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} summary={summary}>
      {(ids) => (
        <>
          <g className="chart-grid" aria-hidden="true">
            {layout.ticks.map((t) => (
              <SvgLine
                key={t.label.key}
                className="chart-gridline"
                x1={t.x}
                x2={t.x}
                y1={layout.gridY0}
                y2={layout.gridY1}
              />
            ))}
          </g>
          <LegendSwatches
            entries={layout.legend}
            draw={(style, b) => (
              <rect {...spanProps(style, 'series1', ids)} x={b.x} y={b.y} width={b.size} height={b.size} />
            )}
          />
          <g className="chart-spans">
            {layout.spans.map((s) => (
              <g key={s.key}>
                <rect
                  {...spanProps(s.style, s.lane === 'nazarbayev' ? 'series1' : 'series2', ids)}
                  x={r(s.x)}
                  y={r(s.y)}
                  width={r(s.width)}
                  height={s.height}
                  data-span={s.key}
                />
                {s.arrow && <OpenArrow {...s.arrow} marker={ids.arrow} />}
              </g>
            ))}
          </g>
          <EventMarkers rows={layout.rows} width={layout.width} />
          <SvgTexts marks={layout.texts} />
        </>
      )}
    </ChartSvg>
  );
}

export const nazarbayev = timelineChart<'nazarbayev'>({
  Graphic: NazarbayevGraphic,
  layout: layoutNazarbayev,
  sentences: (pack, text) => powerEventLabels(pack, text).map((l) => `${l}.`),
  rows: (pack, text) => {
    const labels = powerEventLabels(pack, text, false);
    return POWER_EVENTS.map((e, i) => ({
      key: e.key,
      header: eventDateText(e, pack),
      cells: [{ text: labels[i] ?? '' }],
    }));
  },
});
