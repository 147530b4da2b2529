import type { ReactElement } from 'react';
import { figureChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { fillChartText } from '../fillChartText';
import { BarChartSvg, useChartLayout } from '../parts/svg';
import { layoutCrackdown } from './layout';

/** Tokayev's claim (hatched, dashed, unfilled) against the CSTO force (solid). */
export function CrackdownGraphic({ title, summary, ...input }: GraphicProps<'crackdown'>): ReactElement {
  return <BarChartSvg layout={useChartLayout(layoutCrackdown, input)} title={title} summary={summary} />;
}

export const crackdown = figureChart<'crackdown'>(CrackdownGraphic, layoutCrackdown, (pack, text) => [
  ['attackersClaim', fillChartText(text.labels.claimRow, pack)],
  ['cstoTotal', fillChartText(text.labels.cstoRow, pack)],
]);
