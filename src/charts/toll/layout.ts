/**
 * The toll as of 8 January as unit charts: one dot per person killed, one square per 50 people detained
 * (the units differ so much that one scale would hide the dead). "At least 18" ends in a hollow, dashed dot
 * with an arrow; "more than 4,000" is a bracket over the first 4,000 that runs on as an arrow. The Interior
 * Ministry's 4,404 is drawn exactly: 88 squares and a sliver.
 */
import { FIGURES, figure, type FigureId } from '../../content/figures';
import { formatNumber } from '../../content/format';
import type { LayoutBase, LayoutInput } from '../chartTypes';
import { figureLabel, fillChartText } from '../fillChartText';
import { layoutLegend, type LegendEntry } from '../parts/legend';
import { linesHeight, linesWidth, textBottom, textMark, wrapText, type TextMark } from '../parts/text';
import { widthClass } from '../parts/widthClass';

/** People per square of the detention grid. */
export const PEOPLE_PER_SQUARE = 50;
/** Units per row: rows of ten are easy to count. */
export const UNITS_PER_ROW = 10;
const PITCH = 14;
const DOT_R = 5.5;
const SQUARE = 12;
const GRID_W = UNITS_PER_ROW * PITCH;
/** Narrowest room right of the grid for the detention labels; less and they go under the grid. */
const MIN_SIDE = 110;

export interface DotGroup {
  figure: FigureId;
  value: number;
  dots: { cx: number; cy: number }[];
  r: number;
  /** For "at least": a hollow dot after the last, with an arrow pointing on. */
  open: { cx: number; cy: number; arrowX0: number; arrowX1: number } | null;
}

export interface SquareGrid {
  figure: FigureId;
  value: number;
  /** The last square is as wide as its share of {@link PEOPLE_PER_SQUARE}. */
  squares: { x: number; y: number; width: number; size: number }[];
  /** The line after the first `threshold` people, and the bracket over them that runs on as an arrow. */
  threshold: { figure: FigureId; y: number; x0: number; x1: number };
  bracket: { x: number; y0: number; y1: number; arrowY: number };
}

export interface TollLayout extends LayoutBase {
  killed: DotGroup;
  securityKilled: DotGroup;
  detained: SquareGrid;
  legend: LegendEntry<'dot' | 'square'>[];
}

function cell(index: number, top: number): { cx: number; cy: number } {
  return {
    cx: (index % UNITS_PER_ROW) * PITCH + PITCH / 2,
    cy: top + Math.floor(index / UNITS_PER_ROW) * PITCH + PITCH / 2,
  };
}

function rowsOf(count: number): number {
  return Math.ceil(count / UNITS_PER_ROW);
}

function dotGroup(
  figure: FigureId,
  value: number,
  open: boolean,
  top: number,
): { group: DotGroup; bottom: number } {
  const dots = Array.from({ length: value }, (_, i) => cell(i, top));
  const openCell = open ? cell(value, top) : null;
  return {
    group: {
      figure,
      value,
      dots,
      r: DOT_R,
      open: openCell
        ? { ...openCell, arrowX0: openCell.cx + DOT_R + 2, arrowX1: openCell.cx + DOT_R + 11 }
        : null,
    },
    bottom: top + rowsOf(value + (open ? 1 : 0)) * PITCH,
  };
}

/** What every part of the toll chart lays itself out with. */
interface TollContext {
  pack: LayoutInput<'toll'>['pack'];
  text: LayoutInput<'toll'>['text'];
  /** Every wrap and the choice beside/below at the width class: the height is the same across the class. */
  measure: number;
}

/** The dead: civilians and security forces, each a heading over its dots, from `top`. */
function layoutDead(
  { pack, text, measure }: TollContext,
  top: number,
): { killed: DotGroup; securityKilled: DotGroup; texts: TextMark[]; bottom: number } {
  const texts: TextMark[] = [];
  let y = top;
  const killedHead = textMark(
    'killed',
    fillChartText(text.labels.killed, pack, { value: figureLabel('killed', pack) }),
    { x: 0, y },
    { size: 'label', bold: true, maxWidth: measure, figure: 'killed' },
  );
  texts.push(killedHead);
  y = textBottom(killedHead);
  for (const key of ['killedReport', 'killedOfficial'] as const) {
    const mark = textMark(
      key,
      fillChartText(text.labels[key], pack),
      { x: 0, y },
      { size: 'small', tone: 'muted', maxWidth: measure },
    );
    texts.push(mark);
    y = textBottom(mark);
  }
  const killed = dotGroup('killed', FIGURES.killed.value, false, y + 4);
  y = killed.bottom + 10;
  const securityHead = textMark(
    'securityKilled',
    fillChartText(text.labels.securityKilled, pack, { value: figureLabel('securityKilled', pack) }),
    { x: 0, y },
    { size: 'label', bold: true, maxWidth: measure, figure: 'securityKilled' },
  );
  texts.push(securityHead);
  const securityKilled = dotGroup(
    'securityKilled',
    FIGURES.securityKilled.value,
    figure('securityKilled').qualifier === 'atLeast',
    textBottom(securityHead) + 4,
  );
  return { killed: killed.group, securityKilled: securityKilled.group, texts, bottom: securityKilled.bottom };
}

/**
 * The two detention labels: right of the grid where both fit there without a word sticking out, else under
 * the grid. The report's label sits by the threshold it names, the ministry's by the grid's last row.
 */
function detentionLabels(
  { pack, text, measure }: TollContext,
  grid: { top: number; bottom: number; thresholdY: number },
): { report: TextMark; official: TextMark } {
  const reportText = fillChartText(text.labels.detainedReport, pack, {
    value: figureLabel('detained', pack),
  });
  const officialText = fillChartText(text.labels.detainedOfficial, pack, {
    value: figureLabel('detainedMvd', pack),
  });
  const sideWidth = measure - (GRID_W + 16);
  const side =
    sideWidth >= MIN_SIDE &&
    linesWidth(wrapText(reportText, sideWidth, 'label'), 'label') <= sideWidth &&
    linesWidth(wrapText(officialText, sideWidth, 'label', true), 'label', true) <= sideWidth;
  const labelX = side ? GRID_W + 16 : 0;
  const labelWidth = measure - labelX;
  if (!side) {
    const report = textMark(
      'detainedReport',
      reportText,
      { x: 0, y: grid.bottom + 10 },
      { size: 'label', maxWidth: labelWidth, figure: 'detained' },
    );
    const official = textMark(
      'detainedOfficial',
      officialText,
      { x: 0, y: textBottom(report) + 2 },
      { size: 'label', bold: true, maxWidth: labelWidth, figure: 'detainedMvd' },
    );
    return { report, official };
  }
  const draft = textMark(
    'detainedReport',
    reportText,
    { x: labelX, y: 0 },
    { size: 'label', maxWidth: labelWidth },
  );
  const h = linesHeight(draft.lines.length, 'label');
  const report = {
    ...draft,
    y: Math.max(grid.top, (grid.top + grid.thresholdY) / 2 - h / 2),
    figure: 'detained' as const,
  };
  const lastRowTop = grid.bottom - PITCH;
  const official = textMark(
    'detainedOfficial',
    officialText,
    { x: labelX, y: Math.max(lastRowTop - 2, textBottom(report) + 4) },
    { size: 'label', bold: true, maxWidth: labelWidth, figure: 'detainedMvd' },
  );
  return { report, official };
}

/** The detained: a heading, squares of {@link PEOPLE_PER_SQUARE} with the threshold and bracket, two labels. */
function layoutDetained(
  context: TollContext,
  top: number,
): { grid: SquareGrid; texts: TextMark[]; bottom: number } {
  const { detained, detainedMvd } = FIGURES;
  const head = textMark(
    'detained',
    fillChartText(context.text.labels.detained, context.pack),
    { x: 0, y: top },
    { size: 'label', bold: true, maxWidth: context.measure },
  );
  const gridTop = textBottom(head) + 4;
  const units = detainedMvd.value / PEOPLE_PER_SQUARE;
  const squares = Array.from({ length: Math.ceil(units) }, (_, i) => {
    const { cx, cy } = cell(i, gridTop);
    const share = Math.min(1, units - i);
    return { x: cx - SQUARE / 2, y: cy - SQUARE / 2, width: SQUARE * share, size: SQUARE };
  });
  const gridBottom = gridTop + rowsOf(Math.ceil(units)) * PITCH;
  const thresholdY = gridTop + (detained.value / PEOPLE_PER_SQUARE / UNITS_PER_ROW) * PITCH;
  const bracketX = GRID_W + 6;
  const { report, official } = detentionLabels(context, { top: gridTop, bottom: gridBottom, thresholdY });
  return {
    grid: {
      figure: 'detainedMvd',
      value: detainedMvd.value,
      squares,
      threshold: { figure: 'detained', y: thresholdY, x0: 0, x1: bracketX },
      bracket: { x: bracketX, y0: gridTop + 1, y1: thresholdY, arrowY: thresholdY + 12 },
    },
    texts: [head, report, official],
    bottom: Math.max(gridBottom + 16, textBottom(official)),
  };
}

export function layoutToll({ width, pack, text }: LayoutInput<'toll'>): TollLayout {
  const context: TollContext = { pack, text, measure: widthClass(width) };
  const dead = layoutDead(context, 0);
  const detained = layoutDetained(context, dead.bottom + 14);
  const legend = layoutLegend<'dot' | 'square'>(
    [
      { key: 'person', swatch: 'dot', text: fillChartText(text.labels.keyPerson, pack) },
      {
        key: 'group',
        swatch: 'square',
        text: fillChartText(text.labels.keyGroup, pack, { n: formatNumber(PEOPLE_PER_SQUARE, pack) }),
      },
    ],
    { top: detained.bottom + 14, measure: context.measure },
  );
  return {
    width,
    height: Math.ceil(legend.bottom + 2),
    killed: dead.killed,
    securityKilled: dead.securityKilled,
    detained: detained.grid,
    legend: legend.entries,
    texts: [...dead.texts, ...detained.texts, ...legend.entries.map((e) => e.label)],
  };
}
