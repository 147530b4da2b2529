/**
 * CSTO contingents by country on a scale up to the announced total, which is drawn as a reference line.
 * Russia and Belarus never published a headcount: their rows have no bar, only the words "not published";
 * a guessed bar would be an invented number.
 */
import { FIGURES, type FigureId } from '../../content/figures';
import type { LanguagePack } from '../../content/pack';
import { scaleLinear } from 'd3-scale';
import {
  BAR_HEIGHT,
  barRowTexts,
  layoutBarRows,
  type BarRect,
  type BarRow,
  type BarRowInput,
} from '../parts/barRows';
import type { LayoutBase, LayoutInput, TextOf } from '../chartTypes';
import { figureLabel, fillChartText } from '../fillChartText';
import { countryName } from '../parts/names';
import { textBottom, textMark, type TextMark } from '../parts/text';
import { widthClass } from '../parts/widthClass';

/**
 * Contingents in the order of the map's capitals (Moscow, Minsk, Yerevan, Bishkek, Dushanbe). `intended`: the
 * source reports only that the country intended to send this many (facts.md: reported, not formal).
 */
export const CSTO_CONTINGENTS: readonly { figure: FigureId; country: string; intended?: true }[] = [
  { figure: 'cstoRussia', country: '643' },
  { figure: 'cstoBelarus', country: '112' },
  { figure: 'cstoArmenia', country: '051' },
  { figure: 'cstoKyrgyzstan', country: '417' },
  { figure: 'cstoTajikistan', country: '762', intended: true },
];

/** The row header of a contingent: the country, marked as planned where only an intention was reported. */
export function contingentHeading(
  contingent: (typeof CSTO_CONTINGENTS)[number],
  pack: LanguagePack,
  text: TextOf<'csto'>,
): string {
  const country = countryName(pack, contingent.country);
  return contingent.intended ? fillChartText(text.labels.intended, pack, { country }) : country;
}

export interface CstoLayout extends LayoutBase {
  rows: BarRow[];
  /** The announced total: an outline bar above the rows, and a line from its end down over all rows. */
  total: { x: number; bar: BarRect; y1: number; value: number; label: TextMark };
}

export function layoutCsto({ width, pack, text }: LayoutInput<'csto'>): CstoLayout {
  const totalFig = FIGURES.cstoTotal;
  const inputs: BarRowInput[] = CSTO_CONTINGENTS.map((c) => {
    const fig = FIGURES[c.figure];
    return {
      key: c.figure,
      figure: c.figure,
      heading: contingentHeading(c, pack, text),
      value: fig.value,
      valueLabel: figureLabel(c.figure, pack),
      style: 'series1',
    };
  });
  // The bars are short next to the total, so the total takes the full width: an outline bar on top (dashed,
  // for "about") and a line down from its end through all rows.
  const right = width - 2;
  // Wrapping at the width class keeps the height of every width in the class (the 10 px keep off the line).
  const measure = widthClass(width) - 10;
  const x = scaleLinear().domain([0, totalFig.value]).range([0, right]);
  const label = textMark(
    'total',
    fillChartText(text.labels.total, pack, { value: figureLabel('cstoTotal', pack) }),
    { x: 0, y: 0 },
    { size: 'label', bold: true, maxWidth: measure, figure: 'cstoTotal' },
  );
  const barY = textBottom(label) + 3;
  const top = barY + BAR_HEIGHT + 12;
  const { rows, bottom } = layoutBarRows(inputs, { top, measure, x });
  return {
    width,
    height: Math.ceil(bottom + 4),
    rows,
    total: {
      x: x(totalFig.value),
      bar: { x: 0, y: barY, width: x(totalFig.value), height: BAR_HEIGHT },
      y1: bottom + 4,
      value: totalFig.value,
      label,
    },
    texts: [label, ...barRowTexts(rows)],
  };
}
