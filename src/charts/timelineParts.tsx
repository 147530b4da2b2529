/** Pieces shared by the two timelines. */
import type { ReactElement } from 'react';
import type { FigureId } from '../content/figures';
import type { LanguagePack } from '../content/pack';
import { formatDate } from '../lib/format';
import type { EventRow } from './eventRows';
import { figureData, r } from './svg';
import { dayOf, lastDayOf, type TimelineEvent } from './timelineData';

/** The markers of event rows: dots for known times, bars for intervals. */
export function EventMarkers({
  rows,
}: {
  rows: readonly (EventRow & { figure?: FigureId })[];
}): ReactElement {
  return (
    <g className="chart-events chart-anim-fade">
      {rows.map(({ key, marker, figure }) =>
        marker.kind === 'point' ? (
          <circle
            key={key}
            className="chart-event"
            cx={r(marker.cx)}
            cy={r(marker.cy)}
            r={marker.r}
            {...figureData(figure)}
          />
        ) : (
          <rect
            key={key}
            className="chart-event"
            x={r(marker.x)}
            y={r(marker.y)}
            width={r(marker.width)}
            height={marker.height}
            rx={3}
            {...figureData(figure)}
          />
        ),
      )}
    </g>
  );
}

/** The date of an event for the table: one day, or the two days an interval over midnight touches. */
export function eventDateText(event: TimelineEvent<string>, pack: LanguagePack): string {
  const first = dayOf(event.from);
  const last = lastDayOf(event);
  return first === last
    ? formatDate(first, pack)
    : `${formatDate(first, pack, 'dayMonth')} – ${formatDate(last, pack)}`;
}
