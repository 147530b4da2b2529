/**
 * How the official death toll changed (epilogue): one row per statement, in date order, each headed by its
 * date and who said it. A step list instead of a time axis: the statements of 7, 9 and 15 January would
 * crowd together on an honest axis running to March. The retracted figure is drawn hollow and struck
 * through; "at least" ends in an arrow; parts of a total ("of them 19 security forces") are segments.
 */
import { FIGURES, figure, type FigureId } from '../../content/figures';
import type { LanguagePack } from '../../content/pack';
import { formatDate } from '../../content/format';
import {
  barRowTexts,
  barScale,
  layoutBarRows,
  type BarRect,
  type BarRow,
  type BarRowInput,
  type BarStyle,
} from '../parts/barRows';
import type { LayoutBase, LayoutInput } from '../chartTypes';
import { figureLabel, fillChartText } from '../fillChartText';
import { layoutLegend, type LegendEntry } from '../parts/legend';
import { widthClass } from '../parts/widthClass';

export interface TollSegment extends BarRect {
  figure: FigureId;
  style: BarStyle;
}

export interface SourcesLayout extends LayoutBase {
  legend: LegendEntry<'series2'>[];
  rows: BarRow[];
  segments: TollSegment[];
}

function heading(id: FigureId, pack: LanguagePack): string {
  const fig = FIGURES[id];
  const date = fig.sourceDate ?? fig.asOf;
  return `${formatDate(date, pack)} · ${pack.sources[fig.source]}`;
}

function short(id: FigureId, pack: LanguagePack): string {
  return figureLabel(id, pack);
}

export function layoutSources({ width, pack, text }: LayoutInput<'sources'>): SourcesLayout {
  const measure = widthClass(width);
  const { killed, securityKilled, deaths9Jan, deaths15Jan, securityKilled15Jan, deathsFinal } = FIGURES;
  const inputs: BarRowInput[] = [
    {
      key: 'first',
      figure: 'killed',
      heading: heading('killed', pack),
      value: killed.value + securityKilled.value,
      valueLabel: `${short('killed', pack)} + ${short('securityKilled', pack)}`,
      style: 'series1',
      open: figure('securityKilled').qualifier === 'atLeast',
      note: fillChartText(text.labels.first, pack),
    },
    {
      key: 'retracted',
      figure: 'deaths9Jan',
      heading: heading('deaths9Jan', pack),
      value: deaths9Jan.value,
      valueLabel: short('deaths9Jan', pack),
      style: 'retracted',
      note: fillChartText(text.labels.retracted, pack),
      noteTone: 'emphasis',
    },
    {
      key: 'prosecutor',
      figure: 'deaths15Jan',
      heading: heading('deaths15Jan', pack),
      value: deaths15Jan.value,
      valueLabel: short('deaths15Jan', pack),
      style: 'series1',
      note: fillChartText(text.labels.prosecutor, pack),
    },
    {
      key: 'final',
      figure: 'deathsFinal',
      heading: heading('deathsFinal', pack),
      value: deathsFinal.value,
      valueLabel: short('deathsFinal', pack),
      style: 'series1',
      note: fillChartText(text.labels.final, pack),
    },
  ];
  // The security forces' share is drawn in the second colour, named in the legend and in every note.
  const legend = layoutLegend<'series2'>(
    [{ key: 'security', swatch: 'series2', text: fillChartText(text.labels.legendSecurity, pack) }],
    { top: 0, measure },
  );
  const x = barScale(inputs, Math.max(...inputs.map((r) => r.value ?? 0)), width);
  const { rows, bottom } = layoutBarRows(inputs, { top: legend.bottom + 10, measure, x });
  const segments = rows.flatMap((row): TollSegment[] => {
    const bar = row.bar;
    if (!bar) return [];
    if (row.key === 'first') {
      const split = x(killed.value);
      return [
        { ...bar, width: split, figure: 'killed', style: 'series1' },
        { ...bar, x: split, width: bar.width - split, figure: 'securityKilled', style: 'series2' },
      ];
    }
    if (row.key === 'prosecutor') {
      const part = x(securityKilled15Jan.value);
      return [
        { ...bar, figure: row.figure, style: row.style },
        { ...bar, x: bar.width - part, width: part, figure: 'securityKilled15Jan', style: 'series2' },
      ];
    }
    return [{ ...bar, figure: row.figure, style: row.style }];
  });
  return {
    width,
    height: Math.ceil(bottom + 2),
    legend: legend.entries,
    rows,
    segments,
    texts: [...legend.entries.map((e) => e.label), ...barRowTexts(rows)],
  };
}
