/**
 * The chart words of each language. The language pack does not carry them (yet), so the charts look them up
 * by `pack.lang`; an edition without chart texts fails loudly inside the graphic's error boundary.
 */
import type { ChartTexts, ChartUiText } from '../content/chartText';
import { chartUi as deUi, charts as deCharts } from '../content/de/charts';
import type { LanguagePack } from '../content/pack';
import type { Lang } from '../content/types';

/** All chart words of one language. */
export interface ChartLanguage {
  charts: ChartTexts;
  ui: ChartUiText;
}

const BY_LANG: Partial<Record<Lang, ChartLanguage>> = {
  de: { charts: deCharts, ui: deUi },
};

/** The chart words for the pack's language. */
export function chartLanguage(pack: Pick<LanguagePack, 'lang'>): ChartLanguage {
  const found = BY_LANG[pack.lang];
  if (!found) throw new Error(`No chart texts for language "${pack.lang}"`);
  return found;
}
