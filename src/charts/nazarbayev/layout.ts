/**
 * Power in Kazakhstan, 1989 to January 2022: Nazarbayev's offices and Tokayev's presidency as bars on one
 * time axis (a lane per person), then the dated steps as a list (`eventRows.ts`). The bars tell the offices apart by pattern as
 * well as by shape of the legend swatch, not by colour alone.
 */
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { PowerSpanKey } from '../../content/chartText';
import type { LanguagePack } from '../../content/pack';
import { formatDate } from '../../content/format';
import type { LayoutBase, LayoutInput, TextOf } from '../chartTypes';
import { layoutEventRows, type EventRow } from '../parts/eventRows';
import { fillChartText } from '../fillChartText';
import { layoutLegend, type LegendEntry } from '../parts/legend';
import { linesWidth, textBottom, textMark, textWidth, type TextMark } from '../parts/text';
import {
  POWER_EVENTS,
  POWER_SPANS,
  POWER_YEARS,
  dayOf,
  localTime,
  type PowerLane,
} from '../../content/timelines';
import { widthClass } from '../parts/widthClass';

/** How an office is drawn. */
export type SpanStyle = 'outline' | 'solid' | 'hatched';

export const SPAN_STYLE: Record<PowerSpanKey, SpanStyle> = {
  partyLeader: 'outline',
  president: 'solid',
  councilChair: 'hatched',
  tokayevPresident: 'solid',
};

export interface SpanBar {
  key: PowerSpanKey;
  lane: PowerLane;
  style: SpanStyle;
  x: number;
  y: number;
  width: number;
  height: number;
  /** An arrow after the bar: the office went on beyond the report's date. */
  arrow: { x0: number; x1: number; y: number } | null;
}

export interface YearTick {
  x: number;
  label: TextMark;
}

export interface NazarbayevLayout extends LayoutBase {
  legend: LegendEntry<SpanStyle>[];
  lanes: { lane: PowerLane; label: TextMark }[];
  spans: SpanBar[];
  ticks: YearTick[];
  /** Vertical extent of the year grid lines. */
  gridY0: number;
  gridY1: number;
  rows: EventRow[];
}

const BAR_H = 14;
const ARROW = 10;

/** The label of every dated step, in order; `dated` puts the date in front, as the chart shows it. */
export function powerEventLabels(pack: LanguagePack, text: TextOf<'nazarbayev'>, dated = true): string[] {
  return POWER_EVENTS.map((e) => {
    const event = fillChartText(text.labels[`event.${e.key}`], pack);
    if (!dated) return event;
    return fillChartText(text.labels.dated, pack, { date: formatDate(dayOf(e.from), pack), event });
  });
}

export function layoutNazarbayev({ width, pack, text }: LayoutInput<'nazarbayev'>): NazarbayevLayout {
  const measure = widthClass(width);
  const right = width - ARROW - 2;
  // Start a dot's radius in, so the first event's dot is not cut off at the left edge.
  const x = scaleUtc()
    .domain([localTime(POWER_YEARS.from), localTime(POWER_YEARS.to)])
    .range([6, right]);
  const legendKeys: PowerSpanKey[] = ['partyLeader', 'president', 'councilChair'];
  const legend = layoutLegend<SpanStyle>(
    legendKeys.map((key) => ({
      key,
      swatch: SPAN_STYLE[key],
      text: fillChartText(text.labels[`span.${key}`], pack),
    })),
    { top: 0, measure },
  );
  let y = legend.bottom + 12;
  const gridY0 = y;
  const lanes: NazarbayevLayout['lanes'] = [];
  const spans: SpanBar[] = [];
  for (const lane of ['nazarbayev', 'tokayev'] as const) {
    const own = POWER_SPANS.filter((s) => s.lane === lane);
    const start = Math.min(...own.map((s) => x(localTime(s.from))));
    const name = fillChartText(text.labels[lane === 'nazarbayev' ? 'laneNazarbayev' : 'laneTokayev'], pack);
    const nameWidth = textWidth(name, 'label', true);
    const label = textMark(
      `lane-${lane}`,
      name,
      { x: Math.max(0, Math.min(start, width - nameWidth)), y },
      {
        size: 'label',
        bold: true,
      },
    );
    lanes.push({ lane, label });
    y = textBottom(label) + 2;
    for (const s of own) {
      const x0 = x(localTime(s.from));
      const x1 = x(localTime(s.to));
      spans.push({
        key: s.key,
        lane,
        style: SPAN_STYLE[s.key],
        x: x0,
        y,
        width: x1 - x0,
        height: BAR_H,
        arrow: s.ongoing ? { x0: x1, x1: x1 + ARROW, y: y + BAR_H / 2 } : null,
      });
    }
    y += BAR_H + 8;
  }
  // Year ticks: every 10 years in a phone column, every 5 where there is room.
  const step = width >= 480 ? 5 : 10;
  const tickY = y;
  const ticks = x.ticks(utcYear.every(step) ?? utcYear).map((date): YearTick => {
    const at = x(date);
    const name = formatDate(date.toISOString().slice(0, 10), pack, 'year');
    const w = linesWidth([name], 'small');
    const left = Math.max(0, Math.min(at - w / 2, width - w));
    return {
      x: at,
      label: textMark(`year-${name}`, name, { x: left, y: tickY }, { size: 'small', tone: 'muted' }),
    };
  });
  y = Math.max(tickY, ...ticks.map((t) => textBottom(t.label))) + 10;
  const labels = powerEventLabels(pack, text);
  const { rows, bottom } = layoutEventRows(
    POWER_EVENTS.map((e, i) => ({ key: e.key, text: labels[i] ?? '' })),
    { top: y, measure },
  );
  return {
    width,
    height: Math.ceil(bottom + 4),
    legend: legend.entries,
    lanes,
    spans,
    ticks,
    gridY0,
    gridY1: tickY - 2,
    rows,
    texts: [
      ...legend.entries.map((e) => e.label),
      ...lanes.map((l) => l.label),
      ...ticks.map((t) => t.label),
      ...rows.map((r) => r.label),
    ],
  };
}
