/**
 * Shared layout of the horizontal bar charts: per row a heading line, the bar from zero and the value label
 * right of the bar's end, optionally a note under the bar. Labels above bars read well in a 280 px column and
 * leave the full width to the bars. The scale always starts at zero.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { FigureId } from '../../content/figures';
import { FONT_PX, LINE_HEIGHT, linesHeight, textMark, textWidth, type TextMark, type TextTone } from './text';

/** How a bar is drawn; the component maps it to a CSS class. */
export type BarStyle = 'series1' | 'series2' | 'muted' | 'claim' | 'retracted';

export interface BarRowInput {
  key: string;
  figure: FigureId;
  heading: string;
  headingTone?: TextTone;
  /** `null`: not published; the row gets no bar, only its value label. */
  value: number | null;
  valueLabel: string;
  style: BarStyle;
  note?: string;
  noteTone?: TextTone;
  /** "At least": the bar ends in an arrow pointing on, the value label sits after it. */
  open?: boolean;
}

export interface BarRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarRow {
  key: string;
  figure: FigureId;
  value: number | null;
  style: BarStyle;
  heading: TextMark;
  /** `null` for a figure that was not published. */
  bar: BarRect | null;
  valueLabel: TextMark;
  note: TextMark | null;
  /** The arrow of an open-ended ("at least") bar, from the bar's end. */
  openArrow: { x0: number; x1: number; y: number } | null;
  /** Top and bottom of the row. */
  y0: number;
  y1: number;
}

export const BAR_HEIGHT = 18;
const PAD = 6;
/** Length of the arrow that marks an open-ended bar. */
export const OPEN_ARROW = 14;
const ROW_GAP = 12;
const HEADING_GAP = 3;

/** The scale of a bar chart: zero to `max`, leaving room right of the bars for the widest value label. */
export function barScale(
  inputs: readonly Pick<BarRowInput, 'valueLabel' | 'open'>[],
  max: number,
  width: number,
): ScaleLinear<number, number> {
  const room =
    Math.max(...inputs.map((r) => textWidth(r.valueLabel, 'value', true) + (r.open ? OPEN_ARROW : 0))) + PAD;
  return scaleLinear()
    .domain([0, max])
    .range([0, width - room]);
}

/**
 * Rows from `top` downwards on the scale `x`. Headings and notes wrap at `measure` (the chart's width class,
 * `widthClass.ts`), not at the exact width, so the rows' height is the same at every width of a class.
 */
export function layoutBarRows(
  inputs: readonly BarRowInput[],
  options: { top: number; measure: number; x: ScaleLinear<number, number> },
): { rows: BarRow[]; bottom: number } {
  const { measure, x } = options;
  let y = options.top;
  const rows = inputs.map((input): BarRow => {
    const y0 = y;
    const heading = textMark(
      `${input.key}-heading`,
      input.heading,
      { x: 0, y },
      { size: 'label', tone: input.headingTone, bold: input.headingTone === 'emphasis', maxWidth: measure },
    );
    y += linesHeight(heading.lines.length, 'label') + HEADING_GAP;
    const barY = y;
    const bar = input.value === null ? null : { x: 0, y: barY, width: x(input.value), height: BAR_HEIGHT };
    const valueY = barY + (BAR_HEIGHT - FONT_PX.value * LINE_HEIGHT) / 2;
    const openArrow =
      bar && input.open ? { x0: bar.width, x1: bar.width + OPEN_ARROW, y: barY + BAR_HEIGHT / 2 } : null;
    const valueLabel = textMark(
      `${input.key}-value`,
      input.valueLabel,
      { x: bar ? (openArrow?.x1 ?? bar.width) + PAD : 0, y: valueY },
      bar
        ? { size: 'value', bold: true, figure: input.figure }
        : { size: 'value', tone: 'muted', italic: true, figure: input.figure },
    );
    y += BAR_HEIGHT;
    let note: TextMark | null = null;
    if (input.note) {
      note = textMark(
        `${input.key}-note`,
        input.note,
        { x: 0, y: y + 3 },
        { size: 'small', tone: input.noteTone ?? 'muted', maxWidth: measure },
      );
      y = note.y + linesHeight(note.lines.length, 'small');
    }
    const row: BarRow = {
      key: input.key,
      figure: input.figure,
      value: input.value,
      style: input.style,
      heading,
      bar,
      valueLabel,
      note,
      openArrow,
      y0,
      y1: y,
    };
    y += ROW_GAP;
    return row;
  });
  return { rows, bottom: y - ROW_GAP };
}

/** Every label of the rows. */
export function barRowTexts(rows: readonly BarRow[]): TextMark[] {
  return rows.flatMap((r) => [r.heading, r.valueLabel, ...(r.note ? [r.note] : [])]);
}
