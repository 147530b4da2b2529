/**
 * The week of 1–8 January 2022 on an honest time axis (one band per day), one row per event. Where only the
 * part of the day or the day is known the marker is a bar over that interval, so no event looks more exactly
 * dated than its sources allow. Day labels are in the reader's language.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay } from 'd3-time';
import type { FigureId } from '../../content/figures';
import type { LanguagePack } from '../../content/pack';
import type { IsoDate } from '../../content/types';
import { formatDate } from '../../lib/format';
import type { LayoutBase, LayoutInput, TextOf } from '../chartTypes';
import { layoutEventRows, type EventRow } from '../eventRows';
import { fillChartText } from '../fillChartText';
import { layoutLegend, type LegendEntry } from '../legend';
import { textBottom, textMark, textWidth, type TextMark } from '../text';
import { PROTEST_EVENTS, PROTEST_WEEK, localTime } from '../timelineData';

export interface DayBand {
  day: IsoDate;
  x0: number;
  x1: number;
  /** Every other day is shaded, so the days can be told apart down the rows. */
  shaded: boolean;
  label: TextMark;
}

export interface ProtestsLayout extends LayoutBase {
  legend: LegendEntry<'point' | 'span'>[];
  days: DayBand[];
  /** Vertical extent of the day bands. */
  bandY0: number;
  bandY1: number;
  rows: (EventRow & { figure?: FigureId })[];
}

/** The label of every event, in order. */
export function protestEventLabels(pack: LanguagePack, text: TextOf<'protests'>): string[] {
  return PROTEST_EVENTS.map((e) => fillChartText(text.labels[`event.${e.key}`], pack));
}

/** Day labels, split at the first space ("1." over "Jän.") where one line is wider than a day. */
function dayLabels(days: Date[], bandWidth: number, pack: LanguagePack): string[][] {
  const labels = days.map((d) => formatDate(d.toISOString().slice(0, 10), pack, 'short'));
  const fits = labels.every((l) => textWidth(l, 'small') <= bandWidth - 4);
  return labels.map((l) => {
    const cut = l.indexOf(' ');
    return fits || cut < 0 ? [l] : [l.slice(0, cut), l.slice(cut + 1)];
  });
}

export function layoutProtests({ width, pack, text }: LayoutInput<'protests'>): ProtestsLayout {
  const x = scaleUtc()
    .domain([localTime(PROTEST_WEEK.from), localTime(PROTEST_WEEK.to)])
    .range([0, width]);
  const legend = layoutLegend<'point' | 'span'>(
    [
      { key: 'point', swatch: 'point', text: fillChartText(text.labels.legendPoint, pack) },
      { key: 'span', swatch: 'span', text: fillChartText(text.labels.legendSpan, pack) },
    ],
    { top: 0, width },
  );
  const bandY0 = legend.bottom + 10;
  const dayStarts = utcDay.range(localTime(PROTEST_WEEK.from), localTime(PROTEST_WEEK.to));
  const bandWidth = width / dayStarts.length;
  const labels = dayLabels(dayStarts, bandWidth, pack);
  const days = dayStarts.map((start, i): DayBand => {
    const x0 = x(start);
    const x1 = x(utcDay.offset(start, 1));
    const day = start.toISOString().slice(0, 10);
    return {
      day,
      x0,
      x1,
      shaded: i % 2 === 1,
      label: {
        ...textMark(
          `day-${day}`,
          '',
          { x: (x0 + x1) / 2, y: bandY0 + 4, anchor: 'middle' },
          { size: 'small' },
        ),
        lines: labels[i] ?? [],
      },
    };
  });
  const axisBottom = Math.max(...days.map((d) => textBottom(d.label)));
  const events = protestEventLabels(pack, text);
  const { rows, bottom } = layoutEventRows(
    PROTEST_EVENTS.map((e, i) => ({
      key: e.key,
      x0: x(localTime(e.from)),
      x1: x(localTime(e.to)),
      text: events[i] ?? '',
    })),
    { top: axisBottom + 10, width },
  );
  const withFigures = rows.map((row, i) => {
    const figure = PROTEST_EVENTS[i]?.figure;
    return figure ? { ...row, figure, label: { ...row.label, figure } } : row;
  });
  const bandY1 = bottom + 6;
  return {
    width,
    height: Math.ceil(bandY1 + 1),
    legend: legend.entries,
    days,
    bandY0,
    bandY1,
    rows: withFigures,
    texts: [
      ...legend.entries.map((e) => e.label),
      ...days.map((d) => d.label),
      ...withFigures.map((r) => r.label),
    ],
  };
}
