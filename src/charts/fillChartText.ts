/**
 * Fill the placeholders of chart text (see `src/content/chartText.ts`): the dates of a figure
 * (`{{asOf:id}}`, `{{sourceDate:id}}`, `{{asOfYear:id}}`), a chart's own values (`{value}`, `{date}` …) and
 * figure tokens (`{{id}}`). Unknown names throw, so a typo in a language module fails a test instead of
 * printing a wrong or empty label.
 */
import { FIGURES, type FigureId } from '../content/figures';
import type { LanguagePack } from '../content/pack';
import { fillFigures, formatDate, formatFigure } from '../content/format';

const DATE_TOKEN = /\{\{(asOf|sourceDate|asOfYear):([A-Za-z0-9]+)\}\}/g;
const VARIABLE = /(?<!\{)\{([a-z]+)\}(?!\})/g;

function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(FIGURES, id);
}

function figureDate(kind: string, id: string, pack: LanguagePack): string {
  if (!isFigureId(id)) throw new Error(`Unknown figure "${id}" in chart text`);
  const fig = FIGURES[id];
  const iso = kind === 'sourceDate' ? fig.sourceDate : fig.asOf;
  if (iso === null) throw new Error(`Figure "${id}" has no ${kind}`);
  return formatDate(iso, pack, kind === 'asOfYear' ? 'year' : 'long');
}

/** Chart text with every placeholder filled. `vars` holds the chart's own values (`{value}` → `vars.value`). */
export function fillChartText(text: string, pack: LanguagePack, vars: Record<string, string> = {}): string {
  const dated = text.replace(DATE_TOKEN, (_t, kind: string, id: string) => figureDate(kind, id, pack));
  const filled = dated.replace(VARIABLE, (_t, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`No value for "{${name}}" in chart text`);
    return value;
  });
  return fillFigures(filled, pack);
}

/**
 * A figure as a chart label, with the short qualifier ("mind. 18", "rund 2.500", "120 Tenge"). The spaces are
 * no-break spaces: a qualifier must never end one line and its number start the next.
 */
export function figureLabel(id: FigureId, pack: LanguagePack): string {
  return formatFigure(FIGURES[id], pack, true).replace(/ /g, '\u00a0');
}
