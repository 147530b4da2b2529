/**
 * The data downloads: every figure of the explainer as CSV and JSON, one pair per edition of the registry
 * (`data/figures.de.csv`, `data/figures.de.json`). Built from `figures.ts`, `sources.ts` and the language pack,
 * so the files can never disagree with the page. Pure: the Vite plugin in `vite.config.ts` loads this module
 * through Vite (so the config itself stays free of the app's TypeScript) and writes the files.
 */
import { FIGURES, FIGURE_IDS, type FigureId } from '../src/content/figures';
import type { LanguagePack } from '../src/content/pack';
import { loadAllPacks } from '../src/page/editions';
import { SOURCES } from '../src/content/sources';
import { dataFileName } from '../src/charts/dataLinks';

/** One figure in the downloads. `value` is `null` where it was not published (empty in the CSV). */
export interface FigureRecord {
  id: FigureId;
  value: number | null;
  unit: string;
  qualifier: string;
  /** The qualifier in the pack's language ("mindestens", "rund"; empty for none). */
  qualifier_text: string;
  claim: boolean;
  /** The source's name in the pack's language. */
  source: string;
  source_url: string;
  source_date: string | null;
  as_of: string;
}

/** Column order of the CSV (and key order of the JSON records). */
export const FIGURE_FIELDS = [
  'id',
  'value',
  'unit',
  'qualifier',
  'qualifier_text',
  'claim',
  'source',
  'source_url',
  'source_date',
  'as_of',
] as const satisfies readonly (keyof FigureRecord)[];

/** Every figure, in the order of `figures.ts`. */
export function figureRecords(pack: LanguagePack): FigureRecord[] {
  return FIGURE_IDS.map((id) => {
    const fig = FIGURES[id];
    return {
      id,
      value: fig.value,
      unit: fig.unit,
      qualifier: fig.qualifier,
      qualifier_text: pack.qualifiers[fig.qualifier],
      claim: 'claim' in fig && fig.claim === true,
      source: pack.sources[fig.source],
      source_url: SOURCES[fig.source].url,
      source_date: fig.sourceDate,
      as_of: fig.asOf,
    };
  });
}

/** A CSV field, quoted as RFC 4180 requires (commas, quotes, line breaks; quotes doubled). */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function figuresCsv(pack: LanguagePack): string {
  const lines = [
    FIGURE_FIELDS.join(','),
    ...figureRecords(pack).map((record) => FIGURE_FIELDS.map((f) => csvField(record[f])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** JSON: an array of records, pretty-printed (people open it in a browser). */
export function figuresJson(pack: LanguagePack): string {
  return `${JSON.stringify(figureRecords(pack), null, 2)}\n`;
}

/** The files of one language, by path relative to the site root: the paths the charts link to. */
export function figuresDataFiles(pack: LanguagePack): Record<string, string> {
  return {
    [dataFileName(pack.lang, 'csv')]: figuresCsv(pack),
    [dataFileName(pack.lang, 'json')]: figuresJson(pack),
  };
}

/** The files of every edition of the registry (`src/content/editions.ts`), by path relative to the site root. */
export async function allFiguresDataFiles(): Promise<Record<string, string>> {
  const packs = await loadAllPacks();
  return Object.assign({}, ...packs.map(figuresDataFiles)) as Record<string, string>;
}
