/**
 * The chart words of each language, from the language pack.
 */
import type { ChartTexts, ChartUiText } from '../content/chartText';
import type { LanguagePack } from '../content/pack';

/** All chart words of one language. */
export interface ChartLanguage {
  charts: ChartTexts;
  ui: ChartUiText;
}

/** The chart words for the pack's language: each edition's pack carries its own, so a page loads one set. */
export function chartLanguage(pack: Pick<LanguagePack, 'charts' | 'chartUi'>): ChartLanguage {
  return { charts: pack.charts, ui: pack.chartUi };
}
