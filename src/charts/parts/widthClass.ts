/**
 * Width classes of the chart column. A chart's height depends only on its content and on the class of its
 * width, never on the exact width: every wrap and every "beside or below" decision is made at the class's lower
 * bound (its measure), only horizontal positions use the whole width. `charts.css` has one container query per
 * bound, so the browser knows a chart's height from the server's HTML before any script runs (see
 * `ChartStruts`), and the chart keeps that height when it re-lays out at its measured width.
 */

/** Lower bounds of the width classes in px, ascending. `charts.css` queries each one (a test keeps them equal). */
export const WIDTH_CLASSES = [240, 280, 290, 320, 360, 440, 520, 600] as const;

export type WidthClass = (typeof WIDTH_CLASSES)[number];

/** The class of a width: the largest lower bound not above it (the smallest class below the first bound). */
export function widthClass(width: number): WidthClass {
  let found: WidthClass = WIDTH_CLASSES[0];
  for (const bound of WIDTH_CLASSES) if (width >= bound) found = bound;
  return found;
}
