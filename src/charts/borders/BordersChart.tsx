import type { ReactElement } from 'react';
import { figureChart } from '../chartModule';
import type { GraphicProps } from '../chartTypes';
import { fillChartText } from '../fillChartText';
import { countryName } from '../parts/names';
import { BarChartSvg, useChartLayout } from '../parts/svg';
import { BORDER_NEIGHBOURS, layoutBorders } from './layout';

/** Land borders by neighbour, Russia and China emphasised. */
export function BordersGraphic({ title, summary, ...input }: GraphicProps<'borders'>): ReactElement {
  return <BarChartSvg layout={useChartLayout(layoutBorders, input)} title={title} summary={summary} />;
}

export const borders = figureChart<'borders'>(BordersGraphic, layoutBorders, (pack, text) => [
  ...BORDER_NEIGHBOURS.map((n) => [n.figure, countryName(pack, n.country)] as const),
  ['borderTotal', fillChartText(text.labels.totalRow, pack)],
]);
