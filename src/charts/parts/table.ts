/** The data tables behind the charts: rows of figures with qualifier, source and date, or dated events. */
import type { ChartUiText } from '../../content/chartText';
import { FIGURES, type FigureId } from '../../content/figures';
import type { LanguagePack } from '../../content/pack';
import { formatDate, formatValue } from '../../content/format';

export interface TableCell {
  text: string;
  /** The figure whose number the cell shows. */
  figure?: FigureId;
  /** A date: kept on one line. */
  date?: boolean;
}

export interface TableRow {
  key: string;
  /** The row header (first column). */
  header: string;
  cells: TableCell[];
}

export interface TableSpec {
  caption: string;
  /** Column headings, the row-header column first. */
  head: string[];
  rows: TableRow[];
  /** Source line shown under the table. */
  foot: string;
}

/** Column headings of a table of figures. */
export function figureHead(ui: ChartUiText): string[] {
  const c = ui.columns;
  return [c.item, c.value, c.qualifier, c.source, c.date];
}

/** How a figure is qualified, in words: "rund", "mindestens", "Behauptung, bis zu" … */
export function qualifierText(id: FigureId, pack: LanguagePack, ui: ChartUiText): string {
  const fig = FIGURES[id];
  const words = pack.qualifiers[fig.qualifier] || ui.exact;
  return 'claim' in fig && fig.claim ? `${pack.ui.claimLabel}, ${words}` : words;
}

/** The date of a figure: when the source said it, or "Stand …" for an undated reference work. */
export function figureDateText(id: FigureId, pack: LanguagePack): string {
  const fig = FIGURES[id];
  return fig.sourceDate ? formatDate(fig.sourceDate, pack) : `${pack.ui.asOf} ${formatDate(fig.asOf, pack)}`;
}

/** A table row for one figure. */
export function figureRow(id: FigureId, header: string, pack: LanguagePack, ui: ChartUiText): TableRow {
  const fig = FIGURES[id];
  return {
    key: id,
    header,
    cells: [
      { text: formatValue(fig, pack), figure: id },
      { text: qualifierText(id, pack, ui) },
      { text: pack.sources[fig.source] },
      { text: figureDateText(id, pack), date: true },
    ],
  };
}

/** A table of figures: one row per `[figure, row header]`. */
export function figureTable(
  caption: string,
  rows: readonly (readonly [FigureId, string])[],
  pack: LanguagePack,
  ui: ChartUiText,
  foot: string,
): TableSpec {
  return {
    caption,
    head: figureHead(ui),
    rows: rows.map(([id, header]) => figureRow(id, header, pack, ui)),
    foot,
  };
}
