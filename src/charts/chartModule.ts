/** Builders of chart modules: the parts every chart of figures, or every timeline, has in common. */
import type { FigureId } from '../content/figures';
import type { LanguagePack } from '../content/pack';
import type { ChartId } from '../content/types';
import type { ChartModule, LayoutBase, LayoutInput, TextOf } from './chartTypes';
import { fillChartText } from './fillChartText';
import { figuresSourceLine, namedSourcesLine } from './parts/sourceLine';
import { figureTable, type TableRow } from './parts/table';

/** Table rows of a chart of figures: each figure with its row header, in table order. */
export type FigureRows<K extends ChartId> = (
  pack: LanguagePack,
  text: TextOf<K>,
) => readonly (readonly [FigureId, string])[];

/**
 * A chart of figures: its summary is the language module's text, its table lists `rows`, its source line
 * names the sources of the same figures.
 */
export function figureChart<K extends ChartId>(
  Graphic: ChartModule<K>['Graphic'],
  layout: (input: LayoutInput<K>) => LayoutBase,
  rows: FigureRows<K>,
): ChartModule<K> {
  const sourceLine = (pack: LanguagePack, text: TextOf<K>) =>
    figuresSourceLine(
      rows(pack, text).map(([id]) => id),
      pack,
    );
  return {
    Graphic,
    layout,
    summary: (pack, text) => fillChartText(text.summary, pack),
    table: (pack, text, ui) => figureTable(text.title, rows(pack, text), pack, ui, sourceLine(pack, text)),
    sourceLine,
  };
}

/** What a timeline module needs to know besides its drawing. */
export interface TimelineSpec<K extends 'protests' | 'nazarbayev'> {
  Graphic: ChartModule<K>['Graphic'];
  layout: (input: LayoutInput<K>) => LayoutBase;
  /** One sentence per event for the summary, in order. */
  sentences: (pack: LanguagePack, text: TextOf<K>) => string[];
  /** One table row per event (date as row header, event text as cell). */
  rows: (pack: LanguagePack, text: TextOf<K>) => TableRow[];
}

/** A timeline: summary = intro + one sentence per event; table = date and event; sources from the text. */
export function timelineChart<K extends 'protests' | 'nazarbayev'>(spec: TimelineSpec<K>): ChartModule<K> {
  // Both timelines have a `sources` label; TypeScript cannot see that through the generic key type.
  const sourceLine = (pack: LanguagePack, text: TextOf<K>) =>
    namedSourcesLine(fillChartText((text.labels as Record<'sources', string>).sources, pack), pack);
  return {
    Graphic: spec.Graphic,
    layout: spec.layout,
    summary: (pack, text) => [fillChartText(text.summary, pack), ...spec.sentences(pack, text)].join(' '),
    table: (pack, text, ui) => ({
      caption: text.title,
      head: [ui.columns.date, ui.columns.event],
      rows: spec.rows(pack, text),
      foot: sourceLine(pack, text),
    }),
    sourceLine,
  };
}
