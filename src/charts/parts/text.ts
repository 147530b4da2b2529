/**
 * Text in chart layouts, without a DOM: how wide a label is, line wrapping, and the boxes that the layouts
 * and their tests use to keep labels apart. Layout runs in Node (tests) and during server rendering, where
 * nothing can be measured, so widths come from a table of the widest usual system font (`fontMetrics.ts`).
 */
import type { FigureId } from '../../content/figures';
import { ADVANCE_WIDTHS } from './fontMetrics';

/** Font sizes of chart text in px. `charts.css` sets the same sizes; a test keeps them equal. */
export const FONT_PX = {
  small: 12,
  label: 13,
  value: 14,
  big: 28,
} as const;

export type TextSize = keyof typeof FONT_PX;

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

/** Safety margin on the measured widths (kerning, hinting, a slightly different font version). */
const MARGIN = 1.03;
/** Width of a character missing from the table: as wide as the widest common letters. */
const UNKNOWN: readonly [number, number] = [800, 870];

const WIDTHS = new Map<string, readonly [number, number]>();
for (const [chars, regular, bold] of ADVANCE_WIDTHS) for (const ch of chars) WIDTHS.set(ch, [regular, bold]);

/** Estimated width in px of one line of text (see `fontMetrics.ts`). */
export function textWidth(text: string, size: TextSize, bold = false): number {
  let units = 0;
  for (const ch of text) units += (WIDTHS.get(ch) ?? UNKNOWN)[bold ? 1 : 0];
  return (units / 1000) * FONT_PX[size] * MARGIN;
}

/**
 * Break text into lines no wider than `maxWidth` at spaces. A single word wider than `maxWidth` stays whole on
 * its own line (labels never break inside a word); callers that must fit check {@link linesWidth}.
 */
export function wrapText(text: string, maxWidth: number, size: TextSize, bold = false): string[] {
  // Only ordinary spaces break: a no-break space keeps "2,2 Mio." or "20 000" together.
  const words = text.split(/[ \t\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Width of the widest line. */
export function linesWidth(lines: readonly string[], size: TextSize, bold = false): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, size, bold)));
}

/** Height in px of a block of `count` lines. */
export function linesHeight(count: number, size: TextSize): number {
  return count * FONT_PX[size] * LINE_HEIGHT;
}

/** How a label looks; the component maps it to a CSS class. */
export type TextTone = 'text' | 'muted' | 'claim' | 'emphasis';

/** A positioned label. `y` is the top of the first line box, not the baseline. */
export interface TextMark {
  key: string;
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: TextSize;
  bold?: boolean;
  tone?: TextTone;
  italic?: boolean;
  /** The figure whose number the label states (rendered as `data-figure`/`data-value`). */
  figure?: FigureId;
}

/** Build a label, wrapped to `maxWidth`. */
export function textMark(
  key: string,
  text: string,
  at: { x: number; y: number; anchor?: TextMark['anchor'] },
  style: {
    size: TextSize;
    bold?: boolean;
    tone?: TextTone;
    italic?: boolean;
    maxWidth?: number;
    figure?: FigureId;
  },
): TextMark {
  const lines =
    style.maxWidth === undefined ? [text] : wrapText(text, style.maxWidth, style.size, style.bold);
  return {
    key,
    lines,
    x: at.x,
    y: at.y,
    anchor: at.anchor ?? 'start',
    size: style.size,
    bold: style.bold,
    tone: style.tone,
    italic: style.italic,
    figure: style.figure,
  };
}

/** An axis-aligned box: x0 ≤ x1, y0 ≤ y1. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a label covers. */
export function textBox(mark: TextMark): Box {
  const width = linesWidth(mark.lines, mark.size, mark.bold);
  const x0 =
    mark.anchor === 'start' ? mark.x : mark.anchor === 'middle' ? mark.x - width / 2 : mark.x - width;
  return { x0, y0: mark.y, x1: x0 + width, y1: mark.y + linesHeight(mark.lines.length, mark.size) };
}

/** The bottom edge of a label. */
export function textBottom(mark: TextMark): number {
  return textBox(mark).y1;
}

/** Baseline of line `i` of a label: about 0.8 em below the top of its line box. */
export function baseline(mark: TextMark, i: number): number {
  const size = FONT_PX[mark.size];
  return mark.y + size * (LINE_HEIGHT - 1) * 0.5 + size * 0.8 + i * size * LINE_HEIGHT;
}

/** True where two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
