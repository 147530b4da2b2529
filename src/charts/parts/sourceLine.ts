/** The source line under a chart: one source with its date, or several in one line. */
import { FIGURES, type FigureId } from '../../content/figures';
import type { LanguagePack } from '../../content/pack';
import { formatDate, formatSourceLine } from '../../content/format';

/**
 * "Quelle: Innenministerium, 8. Jänner 2022 · Stand 8. Jänner 2022" for figures of one source; for several,
 * "Quellen: A, 7. Jänner 2022; B, 8. Jänner 2022", with "Stand …" where all figures share it.
 */
export function figuresSourceLine(ids: readonly FigureId[], pack: LanguagePack): string {
  const figs = ids.map((id) => FIGURES[id]);
  const first = figs[0];
  if (!first) throw new Error('A source line needs at least one figure');
  const sources = new Map<string, string>();
  for (const fig of figs) {
    const said = fig.sourceDate ? `, ${formatDate(fig.sourceDate, pack)}` : '';
    sources.set(`${fig.source}|${fig.sourceDate ?? ''}`, `${pack.sources[fig.source]}${said}`);
  }
  if (sources.size === 1) return formatSourceLine(first, pack);
  const asOf = new Set(figs.map((f) => f.asOf));
  const stand = asOf.size === 1 ? ` · ${pack.ui.asOf} ${formatDate(first.asOf, pack)}` : '';
  return `${pack.ui.sources}: ${[...sources.values()].join('; ')}${stand}`;
}

/** A source line from a list of sources written out in the language module. */
export function namedSourcesLine(names: string, pack: LanguagePack): string {
  return `${pack.ui.sources}: ${names}`;
}
