/**
 * The week of 1–8 January 2022 as a compact list, one row per event in time order: the day (written once),
 * a track of that day with the event's marker where its time is known, and the label (`eventRows.ts`). Where
 * only the part of the day or the day is known the marker is a bar over that part of the track, so no event
 * looks more exactly dated than its sources allow. Dates are in the reader's language.
 */
import type { FigureId } from '../../content/figures';
import type { LanguagePack } from '../../content/pack';
import { formatDate } from '../../content/format';
import type { LayoutBase, LayoutInput, TextOf } from '../chartTypes';
import { layoutEventRows, type EventRow } from '../parts/eventRows';
import { fillChartText } from '../fillChartText';
import { layoutLegend, type LegendEntry } from '../parts/legend';
import { PROTEST_EVENTS, dayOf, localTime } from '../../content/timelines';
import { widthClass } from '../parts/widthClass';

export interface ProtestsLayout extends LayoutBase {
  legend: LegendEntry<'point' | 'span'>[];
  rows: (EventRow & { figure?: FigureId })[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The label of every event, in order. */
export function protestEventLabels(pack: LanguagePack, text: TextOf<'protests'>): string[] {
  return PROTEST_EVENTS.map((e) => fillChartText(text.labels[`event.${e.key}`], pack));
}

/** Where an event lies in its first day, as fractions of that day (an interval over midnight ends after 1). */
export function dayFractions(event: { from: string; to: string }): [number, number] {
  const start = localTime(dayOf(event.from)).getTime();
  return [
    (localTime(event.from).getTime() - start) / DAY_MS,
    (localTime(event.to).getTime() - start) / DAY_MS,
  ];
}

export function layoutProtests({ width, pack, text }: LayoutInput<'protests'>): ProtestsLayout {
  const measure = widthClass(width);
  const legend = layoutLegend<'point' | 'span'>(
    [
      { key: 'point', swatch: 'point', text: fillChartText(text.labels.legendPoint, pack) },
      { key: 'span', swatch: 'span', text: fillChartText(text.labels.legendSpan, pack) },
    ],
    { top: 0, measure },
  );
  const events = protestEventLabels(pack, text);
  const { rows, bottom } = layoutEventRows(
    PROTEST_EVENTS.map((e, i) => ({
      key: e.key,
      date: formatDate(dayOf(e.from), pack, 'short'),
      at: dayFractions(e),
      text: events[i] ?? '',
    })),
    { top: legend.bottom + 6, measure },
  );
  const withFigures = rows.map((row, i) => {
    const figure = PROTEST_EVENTS[i]?.figure;
    return figure ? { ...row, figure, label: { ...row.label, figure } } : row;
  });
  return {
    width,
    height: Math.ceil(bottom + 4),
    legend: legend.entries,
    rows: withFigures,
    texts: [
      ...legend.entries.map((e) => e.label),
      ...withFigures.flatMap((r) => (r.date ? [r.date, r.label] : [r.label])),
    ],
  };
}
