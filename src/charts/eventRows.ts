/**
 * Shared layout of the two timelines: one row per event, in time order, each with its own marker and label,
 * so events on the same day can never collide however narrow the column is. The marker sits at the event's
 * place on the time axis: a dot where the time is known, a bar over the interval where only the part of the
 * day or the day is known.
 */
import { FONT_PX, LINE_HEIGHT, linesHeight, linesWidth, textMark, type TextMark } from './text';

/** Where one event lies on the x axis, and its label. */
export interface EventRowInput {
  key: string;
  /** Start and end of the event's interval in px (equal for a point). */
  x0: number;
  x1: number;
  text: string;
}

export type EventMarker =
  | { kind: 'point'; cx: number; cy: number; r: number }
  | { kind: 'span'; x: number; y: number; width: number; height: number };

export interface EventRow {
  key: string;
  /** Top of the row. */
  y: number;
  marker: EventMarker;
  label: TextMark;
}

/** Intervals narrower than this are drawn as a dot. */
export const POINT_BELOW_PX = 4;
const DOT_R = 5;
const SPAN_H = 10;
/** Space between a marker and its label. */
const PAD = 6;
/** A label side narrower than this is not used; the label goes under the marker instead. */
const MIN_SIDE = 110;
/** A label that needs more lines beside its marker goes under it, over the full width. */
const MAX_SIDE_LINES = 2;
/** A label under its marker starts at the marker if it keeps this share of the width… */
const UNDER_MIN_SHARE = 0.7;
/** …or ends under a marker this far right. */
const UNDER_RIGHT_END = 0.85;
const ROW_GAP = 6;

function markerFor(input: EventRowInput, cy: number): EventMarker {
  if (input.x1 - input.x0 < POINT_BELOW_PX)
    return { kind: 'point', cx: (input.x0 + input.x1) / 2, cy, r: DOT_R };
  return { kind: 'span', x: input.x0, y: cy - SPAN_H / 2, width: input.x1 - input.x0, height: SPAN_H };
}

function markerExtent(marker: EventMarker): [number, number] {
  return marker.kind === 'point'
    ? [marker.cx - marker.r, marker.cx + marker.r]
    : [marker.x, marker.x + marker.width];
}

/**
 * A label under its marker: from the marker's left edge where that leaves most of the width, ending under the
 * marker's right edge where the marker is near the right end, else as plain left-aligned text.
 */
function underMarker(input: EventRowInput, left: number, right: number, y: number, width: number): TextMark {
  const style = { size: 'label' as const };
  if (width - left >= UNDER_MIN_SHARE * width) {
    const x = Math.max(0, left);
    return textMark(input.key, input.text, { x, y }, { ...style, maxWidth: width - x });
  }
  if (right >= UNDER_RIGHT_END * width) {
    return textMark(input.key, input.text, { x: right, y, anchor: 'end' }, { ...style, maxWidth: right });
  }
  return textMark(input.key, input.text, { x: 0, y }, { ...style, maxWidth: width });
}

/**
 * Rows from `top` downwards, within `[0, width]`. The label goes beside the marker where it fits in at most
 * two lines, preferring the right and one line; else under the marker over the full width.
 */
export function layoutEventRows(
  inputs: readonly EventRowInput[],
  options: { top: number; width: number },
): { rows: EventRow[]; bottom: number } {
  const { width } = options;
  const lineH = FONT_PX.label * LINE_HEIGHT;
  let y = options.top;
  const rows: EventRow[] = inputs.map((input) => {
    const cy = y + lineH / 2;
    const marker = markerFor(input, cy);
    const [markerLeft, markerRight] = markerExtent(marker);
    const roomRight = width - markerRight - PAD;
    const roomLeft = markerLeft - PAD;
    const style = { size: 'label' as const };
    const right = textMark(
      input.key,
      input.text,
      { x: markerRight + PAD, y },
      { ...style, maxWidth: roomRight },
    );
    const left = textMark(
      input.key,
      input.text,
      { x: markerLeft - PAD, y, anchor: 'end' },
      { ...style, maxWidth: roomLeft },
    );
    const fits = (m: TextMark, room: number) =>
      room >= MIN_SIDE && m.lines.length <= MAX_SIDE_LINES && linesWidth(m.lines, 'label') <= room;
    let label: TextMark;
    if (
      fits(right, roomRight) &&
      (right.lines.length === 1 || !fits(left, roomLeft) || left.lines.length > 1)
    ) {
      label = right;
    } else if (fits(left, roomLeft)) {
      label = left;
    } else {
      label = underMarker(input, markerLeft, markerRight, y + lineH, width);
    }
    const labelBottom = label.y + linesHeight(label.lines.length, 'label');
    y = Math.max(labelBottom, cy + SPAN_H / 2) + ROW_GAP;
    return { key: input.key, y: cy - lineH / 2, marker, label };
  });
  return { rows, bottom: y - ROW_GAP };
}
