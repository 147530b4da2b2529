/**
 * Shared layout of the two timelines: a compact vertical list, one row per event in time order. Every row has
 * the same two columns, so no label ever jumps from side to side: the date (written once per day, over the
 * marker) and the marker, then the label, always left-aligned in its column and wrapped there. Where the event's time of
 * day matters (the protest week) the marker sits on a small track of the whole day: a dot where the time is
 * known, a bar over the part of the day (or the whole day) where only that is known, so no event looks more
 * exactly dated than its sources allow. Without a track the marker is a plain dot.
 *
 * Wrapping happens at `measure` (the width class, `widthClass.ts`), so the list is as tall at every width of a
 * class.
 */
import { FONT_PX, LINE_HEIGHT, linesHeight, textMark, textWidth, type TextMark } from './text';

const DATE_H = FONT_PX.small * LINE_HEIGHT;
/** Event labels are set small: fourteen events of the protest week fit a phone's screen beside their dates. */
const LABEL_SIZE = 'small';

/** One event of the list. */
export interface EventRowInput {
  key: string;
  /** The date shown in the date column; an event with the date of the row above leaves the column empty. */
  date?: string;
  /**
   * Where in its day the event lies, as fractions of the day from its start (0) to its end (1), equal for a
   * known time; an interval over midnight ends after 1. Absent: no day track, a plain dot.
   */
  at?: readonly [number, number];
  text: string;
}

export type EventMarker =
  | { kind: 'point'; cx: number; cy: number; r: number }
  | { kind: 'span'; x: number; y: number; width: number; height: number };

export interface EventRow {
  key: string;
  /** Top of the row. */
  y: number;
  /** The date in the date column, on the first row of a day only. */
  date: TextMark | null;
  /** The day's track behind the marker (0 to 24 h), where the list has tracks. */
  track: { x: number; y: number; width: number; height: number } | null;
  marker: EventMarker;
  label: TextMark;
  /** True on the first row of a new date after the first: the component draws a rule above it. */
  newDay: boolean;
}

/** Intervals narrower than this are drawn as a dot. */
export const POINT_BELOW_PX = 4;
/** Width of a day's track. */
export const TRACK_W = 30;
const TRACK_H = 8;
const DOT_R = 4;
/** Space between the columns. */
const PAD = 8;
const ROW_GAP = 2;
/** Extra space above a new day. */
const DAY_GAP = 3;

/** The list from `top` downwards; the labels wrap at `measure`, never wider than the drawing. */
export function layoutEventRows(
  inputs: readonly EventRowInput[],
  options: { top: number; measure: number },
): { rows: EventRow[]; bottom: number; labelX: number } {
  const { measure } = options;
  const lineH = FONT_PX[LABEL_SIZE] * LINE_HEIGHT;
  const dateW = Math.max(0, ...inputs.map((i) => (i.date ? textWidth(i.date, 'small', true) : 0)));
  const tracks = inputs.some((i) => i.at);
  // The date sits over the day's track, in one column: the labels keep the rest of the measure.
  const columnW = tracks ? Math.max(dateW, TRACK_W) : dateW > 0 ? dateW : DOT_R * 2;
  const labelX = columnW + PAD;
  let y = options.top;
  let lastDate: string | undefined;
  const rows = inputs.map((input, index): EventRow => {
    const newDay = index > 0 && input.date !== undefined && input.date !== lastDate;
    if (newDay) y += DAY_GAP;
    const date =
      input.date && input.date !== lastDate
        ? textMark(
            `${input.key}-date`,
            input.date,
            { x: 0, y: y + (lineH - DATE_H) / 2 },
            { size: 'small', bold: true },
          )
        : null;
    lastDate = input.date ?? lastDate;
    // Under its date on a day's first row, else beside the label's first line.
    const cy = y + lineH / 2 + (date && tracks ? lineH : 0);
    const track = tracks ? { x: 0, y: cy - TRACK_H / 2, width: TRACK_W, height: TRACK_H } : null;
    let marker: EventMarker;
    if (!input.at) {
      marker = { kind: 'point', cx: DOT_R, cy, r: DOT_R };
    } else {
      const [f0, f1] = input.at;
      const x0 = f0 * TRACK_W;
      const x1 = f1 * TRACK_W;
      marker =
        x1 - x0 < POINT_BELOW_PX
          ? { kind: 'point', cx: (x0 + x1) / 2, cy, r: DOT_R }
          : { kind: 'span', x: x0, y: cy - TRACK_H / 2, width: x1 - x0, height: TRACK_H };
    }
    const label = textMark(
      input.key,
      input.text,
      { x: labelX, y },
      { size: LABEL_SIZE, maxWidth: measure - labelX },
    );
    const rowBottom = Math.max(y + linesHeight(label.lines.length, LABEL_SIZE), cy + lineH / 2);
    const top = y;
    y = rowBottom + ROW_GAP;
    return { key: input.key, y: top, date, track, marker, label, newDay };
  });
  return { rows, bottom: y - ROW_GAP, labelX };
}
