import type { ReactElement } from 'react';
import { formatDate } from '../../content/format';
import { timelineChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { ChartSvg, LegendSwatches, SvgTexts, useChartLayout } from '../parts/svg';
import { PROTEST_EVENTS, dayOf } from '../../content/timelines';
import { EventMarkers, eventDateText } from '../parts/timelineParts';
import { layoutProtests, protestEventLabels } from './layout';

/** The week of 1–8 January, one row per event: day, the event's place in its day, label. */
export function ProtestsGraphic({ title, summary, ...input }: GraphicProps<'protests'>): ReactElement {
  const layout = useChartLayout(layoutProtests, input);
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} summary={summary}>
      {() => (
        <>
          <LegendSwatches
            entries={layout.legend}
            draw={(swatch, b) =>
              swatch === 'point' ? (
                <circle className="chart-event" cx={b.x + b.size / 2} cy={b.y + b.size / 2} r={5} />
              ) : (
                <rect
                  className="chart-event"
                  x={b.x - 2}
                  y={b.y + b.size / 2 - 5}
                  width={b.size + 4}
                  height={10}
                  rx={3}
                />
              )
            }
          />
          <EventMarkers rows={layout.rows} width={layout.width} />
          <SvgTexts marks={layout.texts} />
        </>
      )}
    </ChartSvg>
  );
}

export const protests = timelineChart<'protests'>({
  Graphic: ProtestsGraphic,
  layout: layoutProtests,
  sentences: (pack, text) => {
    const labels = protestEventLabels(pack, text);
    return PROTEST_EVENTS.map(
      (e, i) => `${formatDate(dayOf(e.from), pack, 'dayMonth')}, ${labels[i] ?? ''}.`,
    );
  },
  rows: (pack, text) => {
    const labels = protestEventLabels(pack, text);
    return PROTEST_EVENTS.map((e, i) => ({
      key: e.key,
      header: eventDateText(e, pack),
      cells: [{ text: labels[i] ?? '', figure: e.figure }],
    }));
  },
});
