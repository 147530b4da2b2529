/** Pieces shared by the two timelines. */
import type { ReactElement } from 'react';
import type { FigureId } from '../../content/figures';
import type { LanguagePack } from '../../content/pack';
import { formatDate } from '../../content/format';
import type { EventRow } from './eventRows';
import { SvgLine, figureData, r } from './svg';
import { dayOf, lastDayOf, type TimelineEvent } from '../../content/timelines';

/** The rows' marks: a rule above each new day, the day tracks, and the markers (dots for known times, bars). */
export function EventMarkers({
  rows,
  width,
}: {
  rows: readonly (EventRow & { figure?: FigureId })[];
  /** Width of the drawing: the rules between days run across it. */
  width: number;
}): ReactElement {
  return (
    <g className="chart-events chart-anim-fade">
      <g aria-hidden="true">
        {rows.map(({ key, y, newDay, track }) => (
          <g key={key}>
            {newDay && <SvgLine className="chart-gridline" x1={0} x2={width} y1={y - 3} y2={y - 3} />}
            {track && (
              <rect
                className="chart-track"
                x={r(track.x)}
                y={r(track.y)}
                width={r(track.width)}
                height={track.height}
                rx={2}
              />
            )}
          </g>
        ))}
      </g>
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
            rx={2}
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
