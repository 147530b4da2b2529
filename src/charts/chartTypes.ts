/** Types shared by the chart modules: what a layout takes and returns, what a chart module provides. */
import type { ReactElement } from 'react';
import type { ChartLabelKeys, ChartText, ChartUiText } from '../content/chartText';
import type { LanguagePack } from '../content/pack';
import type { ChartId } from '../content/types';
import type { TableSpec } from './parts/table';
import type { TextMark } from './parts/text';

/** The words of chart `K`. */
export type TextOf<K extends ChartId> = ChartText<ChartLabelKeys[K]>;

/** What every layout takes: the width to fill and the words (and locale) of one language. */
export interface LayoutInput<K extends ChartId> {
  width: number;
  pack: LanguagePack;
  text: TextOf<K>;
}

/** What every layout returns, besides its marks: the drawing's size and all its labels (for collision tests). */
export interface LayoutBase {
  width: number;
  height: number;
  texts: TextMark[];
}

/** Props of a chart's SVG component. */
export interface GraphicProps<K extends ChartId> extends LayoutInput<K> {
  title: string;
  /** Text alternative stating every number. */
  summary: string;
}

/** One chart: its drawing, its summary, its table and its source line. */
export interface ChartModule<K extends ChartId> {
  Graphic: (props: GraphicProps<K>) => ReactElement;
  /** The layout the drawing uses: its height at each width class sizes the chart before any script runs. */
  layout: (input: LayoutInput<K>) => LayoutBase;
  /** The text alternative of the drawing, with every number. */
  summary: (pack: LanguagePack, text: TextOf<K>) => string;
  /** The same figures as a table. */
  table: (pack: LanguagePack, text: TextOf<K>, ui: ChartUiText) => TableSpec;
  sourceLine: (pack: LanguagePack, text: TextOf<K>) => string;
}
