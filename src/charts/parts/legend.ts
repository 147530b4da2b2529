/** A legend that flows into as many lines as the width needs: a swatch and a label per item. */
import { FONT_PX, LINE_HEIGHT, textMark, textWidth, type TextMark } from './text';

export interface LegendItem<S extends string> {
  key: string;
  swatch: S;
  text: string;
}

export interface LegendEntry<S extends string> {
  key: string;
  swatch: S;
  /** Swatch box (the component draws the swatch's shape inside it). */
  x: number;
  y: number;
  size: number;
  label: TextMark;
}

const SWATCH = 12;
const GAP = 6;
const ITEM_GAP = 16;

/**
 * Lay the items out left to right from `top`, wrapping to a new line where the next item does not fit in
 * `measure` (the chart's width class, so the legend's height is the same at every width of the class).
 */
export function layoutLegend<S extends string>(
  items: readonly LegendItem<S>[],
  options: { top: number; measure: number },
): { entries: LegendEntry<S>[]; bottom: number } {
  const lineH = FONT_PX.small * LINE_HEIGHT + 4;
  let x = 0;
  let y = options.top;
  const entries = items.map((item) => {
    const itemWidth = SWATCH + GAP + textWidth(item.text, 'small');
    if (x > 0 && x + itemWidth > options.measure) {
      x = 0;
      y += lineH;
    }
    const entry: LegendEntry<S> = {
      key: item.key,
      swatch: item.swatch,
      x,
      y: y + (FONT_PX.small * LINE_HEIGHT - SWATCH) / 2,
      size: SWATCH,
      label: textMark(
        `legend-${item.key}`,
        item.text,
        { x: x + SWATCH + GAP, y },
        { size: 'small', tone: 'muted', maxWidth: options.measure - SWATCH - GAP },
      ),
    };
    x += itemWidth + ITEM_GAP;
    return entry;
  });
  const last = entries.at(-1);
  const bottom = last ? last.label.y + last.label.lines.length * FONT_PX.small * LINE_HEIGHT : options.top;
  return { entries, bottom };
}
