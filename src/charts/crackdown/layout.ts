/**
 * Tokayev's claim of up to 20,000 attackers set against the announced CSTO force, on one scale from zero.
 * The claim is drawn as a claim: an unfilled, hatched bar with a dashed outline and the note, in the claim
 * colour, that no evidence was published; the CSTO bar is solid.
 */
import { FIGURES } from '../../content/figures';
import { barRowTexts, barScale, layoutBarRows, type BarRow, type BarRowInput } from '../parts/barRows';
import type { LayoutBase, LayoutInput } from '../chartTypes';
import { figureLabel, fillChartText } from '../fillChartText';
import { widthClass } from '../parts/widthClass';

export interface CrackdownLayout extends LayoutBase {
  rows: BarRow[];
}

export function layoutCrackdown({ width, pack, text }: LayoutInput<'crackdown'>): CrackdownLayout {
  const { attackersClaim: claim, cstoTotal: csto } = FIGURES;
  const inputs: BarRowInput[] = [
    {
      key: 'claim',
      figure: 'attackersClaim',
      heading: fillChartText(text.labels.claimRow, pack),
      value: claim.value,
      valueLabel: figureLabel('attackersClaim', pack),
      style: 'claim',
      note: fillChartText(text.labels.claimNote, pack),
      noteTone: 'claim',
    },
    {
      key: 'csto',
      figure: 'cstoTotal',
      heading: fillChartText(text.labels.cstoRow, pack),
      value: csto.value,
      valueLabel: figureLabel('cstoTotal', pack),
      style: 'series1',
    },
  ];
  const x = barScale(inputs, Math.max(claim.value, csto.value), width);
  const { rows, bottom } = layoutBarRows(inputs, { top: 0, measure: widthClass(width), x });
  return { width, height: Math.ceil(bottom + 2), rows, texts: barRowTexts(rows) };
}
