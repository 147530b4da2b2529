/**
 * German arms exports to Kazakhstan in 2021 (dpa): one square per licence and the total value as a big
 * number. The report gives no breakdown by licence, so all squares are alike: no invented split.
 */
import { FIGURES } from '../../content/figures';
import { formatDate, formatValue } from '../../content/format';
import type { LayoutBase, LayoutInput } from '../chartTypes';
import { figureLabel, fillChartText } from '../fillChartText';
import { layoutLegend, type LegendEntry } from '../parts/legend';
import { linesWidth, textBottom, textMark, type TextMark } from '../parts/text';
import { widthClass } from '../parts/widthClass';

const COLUMNS = 5;
const SIZE = 16;
const PITCH = 20;
const GAP = 20;

export interface ReactionsLayout extends LayoutBase {
  licences: { value: number; squares: { x: number; y: number; size: number }[] };
  legend: LegendEntry<'square'>[];
}

export function layoutReactions({ width, pack, text }: LayoutInput<'reactions'>): ReactionsLayout {
  const { armsLicences: licences, armsValue: value } = FIGURES;
  // Every wrap and the choice beside/below at the width class: the height is the same across the class.
  const measure = widthClass(width);
  const heading = textMark(
    'licences',
    fillChartText(text.labels.licences, pack, {
      value: figureLabel('armsLicences', pack),
      year: formatDate(licences.asOf, pack, 'year'),
    }),
    { x: 0, y: 0 },
    { size: 'label', bold: true, maxWidth: measure, figure: 'armsLicences' },
  );
  const gridTop = textBottom(heading) + 8;
  const squares = Array.from({ length: licences.value }, (_, i) => ({
    x: (i % COLUMNS) * PITCH,
    y: gridTop + Math.floor(i / COLUMNS) * PITCH,
    size: SIZE,
  }));
  const gridW = COLUMNS * PITCH - (PITCH - SIZE);
  const gridBottom = gridTop + Math.ceil(licences.value / COLUMNS) * PITCH - (PITCH - SIZE);

  const qualifier = pack.qualifiersShort[value.qualifier];
  const big = textMark(
    'value',
    // A number never ends a line without its magnitude word ("2,2" / "Millionen Euro").
    formatValue(value, pack).replace(/(\d) (?=\p{L})/u, '$1\u00a0'),
    { x: 0, y: 0 },
    // "2,2 Millionen Euro" (German house style writes the word out) may need two lines on a phone.
    { size: 'big', bold: true, figure: 'armsValue', maxWidth: measure },
  );
  const bigWidth = linesWidth(big.lines, 'big', true);
  const side = measure - gridW - GAP >= bigWidth;
  const x = side ? gridW + GAP : 0;
  let y = side ? gridTop : gridBottom + 12;
  const blocks: TextMark[] = [];
  if (qualifier) {
    const q = textMark('qualifier', qualifier, { x, y }, { size: 'label' });
    blocks.push(q);
    y = textBottom(q);
  }
  const bigMark = { ...big, x, y };
  blocks.push(bigMark);
  const caption = textMark(
    'valueCaption',
    fillChartText(text.labels.value, pack),
    { x, y: textBottom(bigMark) },
    {
      size: 'small',
      tone: 'muted',
      maxWidth: measure - x,
    },
  );
  blocks.push(caption);

  const legend = layoutLegend<'square'>(
    [{ key: 'licence', swatch: 'square', text: fillChartText(text.labels.key, pack) }],
    {
      top: Math.max(gridBottom, textBottom(caption)) + 14,
      measure,
    },
  );
  return {
    width,
    height: Math.ceil(legend.bottom + 2),
    licences: { value: licences.value, squares },
    legend: legend.entries,
    texts: [heading, ...blocks, ...legend.entries.map((e) => e.label)],
  };
}
