/**
 * LPG price before and after 1 January 2022: two bars on one scale from zero, and a dashed tick on the
 * "before" bar where another source puts the old price ("rund 50").
 */
import { FIGURES } from '../../content/figures';
import { formatDate } from '../../content/format';
import { barRowTexts, barScale, layoutBarRows, type BarRow, type BarRowInput } from '../parts/barRows';
import type { LayoutBase, LayoutInput } from '../chartTypes';
import { figureLabel, fillChartText } from '../fillChartText';
import { linesWidth, type TextMark } from '../parts/text';
import { widthClass } from '../parts/widthClass';

export interface TriggerLayout extends LayoutBase {
  rows: BarRow[];
  /** The other "before" price: a dashed tick across the first bar, pointing down to its note. */
  alternative: { x: number; y0: number; y1: number; value: number };
}

export function layoutTrigger({ width, pack, text }: LayoutInput<'trigger'>): TriggerLayout {
  const { lpgBefore: before, lpgAfter: after, lpgBeforeAlt: alt } = FIGURES;
  const inputs: BarRowInput[] = [
    {
      key: 'before',
      figure: 'lpgBefore',
      heading: fillChartText(text.labels.before, pack, { date: formatDate(before.asOf, pack) }),
      value: before.value,
      valueLabel: figureLabel('lpgBefore', pack),
      style: 'series1',
      note: fillChartText(text.labels.alternative, pack, { value: figureLabel('lpgBeforeAlt', pack) }),
    },
    {
      key: 'after',
      figure: 'lpgAfter',
      heading: fillChartText(text.labels.after, pack, { date: formatDate(after.asOf, pack) }),
      value: after.value,
      valueLabel: figureLabel('lpgAfter', pack),
      style: 'series2',
    },
  ];
  const x = barScale(inputs, Math.max(before.value, after.value, alt.value), width);
  const { rows, bottom } = layoutBarRows(inputs, { top: 0, measure: widthClass(width), x });
  const first = rows[0];
  if (!first?.bar || !first.note) throw new Error('trigger: the first row must have a bar and a note');
  const altX = x(alt.value);
  // The note starts at the tick where it fits, so tick and note read together.
  const noteWidth = linesWidth(first.note.lines, first.note.size);
  const note: TextMark = { ...first.note, x: Math.max(0, Math.min(altX - 4, width - noteWidth)) };
  first.note = note;
  return {
    width,
    height: Math.ceil(bottom + 2),
    rows,
    alternative: { x: altX, y0: first.bar.y - 3, y1: note.y, value: alt.value },
    texts: barRowTexts(rows),
  };
}
