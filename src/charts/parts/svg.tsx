/** SVG pieces shared by the charts: the accessible `<svg>`, labels, patterns and rows of bars. */
import { useId, useMemo, type ReactElement, type ReactNode } from 'react';
import { FIGURES, type FigureId } from '../../content/figures';
import { BAR_HEIGHT, type BarRow, type BarStyle } from './barRows';
import type { LegendEntry } from './legend';
import type { ChartId } from '../../content/types';
import type { LayoutInput } from '../chartTypes';
import { baseline, type TextMark } from './text';

/** Round to 0.1 px: enough for the screen, and keeps the markup short. */
export function r(n: number): number {
  return Math.round(n * 10) / 10;
}

/** `data-figure`/`data-value` attributes: tests compare them with `figures.ts`. */
export function figureData(id: FigureId | undefined): Record<string, string> {
  if (!id) return {};
  return { 'data-figure': id, 'data-value': String(FIGURES[id].value ?? '') };
}

/** Props of {@link ChartSvg}. */
export interface ChartSvgProps {
  width: number;
  height: number;
  title: string;
  /** Text alternative stating every number. */
  summary: string;
  /** Draws the marks, given the ids of the shared patterns and arrow head. */
  children: (ids: SvgIds) => ReactNode;
}

/** Colours a hatch pattern comes in (a pattern's colour cannot change per use). */
export type HatchTone = 'claim' | 'series1' | 'series2';
const HATCH_TONES: readonly HatchTone[] = ['claim', 'series1', 'series2'];

/** Ids of the shared definitions in one chart's `<svg>`. */
export interface SvgIds {
  hatch: Record<HatchTone, string>;
  arrow: string;
}

/**
 * The drawing: `role="img"` named by its `<title>` and described by its `<desc>` (the summary with every number), with the hatch pattern and
 * arrow head the marks refer to (ids unique per chart, so several charts can share a page).
 */
export function ChartSvg({ width, height, title, summary, children }: ChartSvgProps): ReactElement {
  const id = useId();
  const ids: SvgIds = {
    hatch: { claim: `${id}hatch-claim`, series1: `${id}hatch-series1`, series2: `${id}hatch-series2` },
    arrow: `${id}arrow`,
  };
  return (
    <svg
      className="chart-svg"
      role="img"
      aria-labelledby={`${id}title`}
      aria-describedby={`${id}desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      // Drawn at another width than the column's (the server's drawing before the chart code has measured):
      // shrink to fit the box that charts.css gives the width class, never stretch.
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}title`}>{title}</title>
      <desc id={`${id}desc`}>{summary}</desc>
      <defs aria-hidden="true">
        {HATCH_TONES.map((tone) => (
          <pattern
            key={tone}
            id={ids.hatch[tone]}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line className={`chart-hatch chart-hatch--${tone}`} x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        ))}
        <marker
          id={ids.arrow}
          viewBox="0 0 10 10"
          refX="8"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path className="chart-arrowhead" d="M0,1 L9,5 L0,9 z" />
        </marker>
      </defs>
      {children(ids)}
    </svg>
  );
}

/** A label, one `<tspan>` per line. */
export function SvgText({ mark }: { mark: TextMark }): ReactElement {
  const classes = ['chart-text', `chart-text--${mark.size}`];
  if (mark.bold) classes.push('chart-text--bold');
  if (mark.italic) classes.push('chart-text--italic');
  if (mark.tone && mark.tone !== 'text') classes.push(`chart-text--${mark.tone}`);
  return (
    <text
      className={classes.join(' ')}
      textAnchor={mark.anchor === 'start' ? undefined : mark.anchor}
      {...figureData(mark.figure)}
    >
      {mark.lines.map((line, i) => (
        <tspan key={i} x={r(mark.x)} y={r(baseline(mark, i))}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Every label of a layout. */
export function SvgTexts({ marks }: { marks: readonly TextMark[] }): ReactElement {
  return (
    <g className="chart-labels chart-anim-fade">
      {marks.map((m) => (
        <SvgText key={m.key} mark={m} />
      ))}
    </g>
  );
}

/** CSS class of a bar style. */
export function barClass(style: BarStyle): string {
  return `chart-bar chart-bar--${style}`;
}

/** A bar (or a segment of one) as a rect; claims and retracted figures get their hatch or strike. */
export function BarRect({
  x,
  y,
  width,
  height = BAR_HEIGHT,
  style,
  figure,
  hatch,
}: {
  x: number;
  y: number;
  width: number;
  height?: number;
  style: BarStyle;
  figure?: FigureId;
  hatch: string;
}): ReactElement {
  const rect = (
    <rect
      className={`${barClass(style)} chart-anim-grow`}
      x={r(x)}
      y={r(y)}
      width={r(Math.max(0, width))}
      height={height}
      fill={style === 'claim' ? `url(#${hatch})` : undefined}
      {...figureData(figure)}
    />
  );
  if (style !== 'retracted') return rect;
  return (
    <g>
      {rect}
      <SvgLine
        className="chart-strike"
        x1={x}
        y1={y + height / 2}
        x2={x + width}
        y2={y + height / 2}
        aria-hidden="true"
      />
    </g>
  );
}

/** Rows of bars as laid out by `layoutBarRows`; `drawBars: false` where a chart draws its own segments. */
export function BarRows({
  rows,
  ids,
  drawBars = true,
}: {
  rows: readonly BarRow[];
  ids: SvgIds;
  drawBars?: boolean;
}): ReactElement {
  return (
    <g className="chart-bars">
      {rows.map((row) => (
        <g key={row.key}>
          {drawBars && row.bar && (
            <BarRect {...row.bar} style={row.style} figure={row.figure} hatch={ids.hatch.claim} />
          )}
          {row.openArrow && <OpenArrow {...row.openArrow} marker={ids.arrow} />}
        </g>
      ))}
    </g>
  );
}

/** Legend swatches; `draw` draws one swatch into its box. The labels are drawn with the other texts. */
export function LegendSwatches<S extends string>({
  entries,
  draw,
}: {
  entries: readonly LegendEntry<S>[];
  draw: (swatch: S, box: { x: number; y: number; size: number }) => ReactNode;
}): ReactElement {
  return (
    <g className="chart-legend" aria-hidden="true">
      {entries.map((e) => (
        <g key={e.key}>{draw(e.swatch, { x: r(e.x), y: r(e.y), size: e.size })}</g>
      ))}
    </g>
  );
}

/** A line with rounded coordinates. */
export function SvgLine({
  x1,
  y1,
  x2,
  y2,
  className,
  arrow,
  ...rest
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  className: string;
  /** Id of the arrow-head marker for the line's end. */
  arrow?: string;
  'aria-hidden'?: 'true';
} & Record<`data-${string}`, string | number>): ReactElement {
  return (
    <line
      className={className}
      x1={r(x1)}
      y1={r(y1)}
      x2={r(x2)}
      y2={r(y2)}
      markerEnd={arrow ? `url(#${arrow})` : undefined}
      {...rest}
    />
  );
}

/** A chart's layout for the current width and language, recomputed only when one of them changes. */
export function useChartLayout<K extends ChartId, L>(
  layout: (input: LayoutInput<K>) => L,
  { width, pack, text }: LayoutInput<K>,
): L {
  return useMemo(() => layout({ width, pack, text }), [layout, width, pack, text]);
}

/** Props of {@link BarChartSvg}. */
export interface BarChartSvgProps {
  layout: { width: number; height: number; rows: readonly BarRow[]; texts: readonly TextMark[] };
  title: string;
  summary: string;
  /** False where the chart draws its bars itself (stacked segments). */
  drawBars?: boolean;
  /** Marks under the bars (reference lines, segments). */
  under?: (ids: SvgIds) => ReactNode;
  /** Marks over the bars (ticks). */
  over?: (ids: SvgIds) => ReactNode;
}

/** A bar chart laid out by `layoutBarRows`: bars, arrows and labels, plus a chart's own marks. */
export function BarChartSvg({
  layout,
  title,
  summary,
  drawBars = true,
  under,
  over,
}: BarChartSvgProps): ReactElement {
  return (
    <ChartSvg width={layout.width} height={layout.height} title={title} summary={summary}>
      {(ids) => (
        <>
          {under?.(ids)}
          <BarRows rows={layout.rows} ids={ids} drawBars={drawBars} />
          {over?.(ids)}
          <SvgTexts marks={layout.texts} />
        </>
      )}
    </ChartSvg>
  );
}

/**
 * The dashed arrow that says "and more" ("at least", "more than", an office that went on): from (x0, y) to
 * (x1, y), or down to y1 where given.
 */
export function OpenArrow({
  x0,
  x1,
  y,
  y1 = y,
  marker,
}: {
  x0: number;
  x1: number;
  y: number;
  y1?: number;
  marker: string;
}): ReactElement {
  return (
    <SvgLine className="chart-open-arrow" x1={x0} x2={x1} y1={y} y2={y1} arrow={marker} aria-hidden="true" />
  );
}
