/**
 * Kazakhstan's land borders by neighbour (CIA World Factbook), longest first, Russia and China emphasised
 * (colour and bold name, so the emphasis never rests on colour alone), with the total above.
 */
import { descending } from 'd3-array';
import { FIGURES, type FigureId } from '../../content/figures';
import { barRowTexts, barScale, layoutBarRows, type BarRow, type BarRowInput } from '../parts/barRows';
import type { LayoutBase, LayoutInput } from '../chartTypes';
import { figureLabel, fillChartText } from '../fillChartText';
import { countryName } from '../parts/names';
import { linesHeight, textMark, type TextMark } from '../parts/text';
import { widthClass } from '../parts/widthClass';

/** Neighbours with their figure and world-atlas country id (the pack's `countries` names them). */
export const BORDER_NEIGHBOURS: readonly { figure: FigureId; country: string; emphasis: boolean }[] = [
  { figure: 'borderRussia', country: '643', emphasis: true },
  { figure: 'borderChina', country: '156', emphasis: true },
  { figure: 'borderUzbekistan', country: '860', emphasis: false },
  { figure: 'borderKyrgyzstan', country: '417', emphasis: false },
  { figure: 'borderTurkmenistan', country: '795', emphasis: false },
];

export interface BordersLayout extends LayoutBase {
  rows: BarRow[];
  total: TextMark;
}

export function layoutBorders({ width, pack, text }: LayoutInput<'borders'>): BordersLayout {
  const measure = widthClass(width);
  const inputs = BORDER_NEIGHBOURS.map((n): BarRowInput => {
    const fig = FIGURES[n.figure];
    return {
      key: n.figure,
      figure: n.figure,
      heading: countryName(pack, n.country),
      headingTone: n.emphasis ? 'emphasis' : undefined,
      value: fig.value,
      valueLabel: figureLabel(n.figure, pack),
      style: n.emphasis ? 'series2' : 'muted',
    };
  }).sort((a, b) => descending(a.value ?? 0, b.value ?? 0));
  const total = textMark(
    'total',
    fillChartText(text.labels.total, pack, { value: figureLabel('borderTotal', pack) }),
    { x: 0, y: 0 },
    { size: 'label', maxWidth: measure, figure: 'borderTotal' },
  );
  const top = linesHeight(total.lines.length, 'label') + 10;
  const x = barScale(inputs, Math.max(...inputs.map((r) => r.value ?? 0)), width);
  const { rows, bottom } = layoutBarRows(inputs, { top, measure, x });
  return { width, height: Math.ceil(bottom + 2), rows, total, texts: [total, ...barRowTexts(rows)] };
}
