/** Where the data downloads are, relative to the page (the original at the root, other editions one folder down). */
import { rootFrom } from '../content/editions';
import type { Lang } from '../content/types';

/** The path from an edition's page to the site root: "" for the original, "../" for `en/`, `ru/`, … */
export function defaultDataBase(lang: Lang): string {
  return rootFrom(lang);
}

/** The file name of a data download, the same as the build writes (`scripts/figuresData.ts`). */
export function dataFileName(lang: Lang, ext: 'csv' | 'json'): string {
  return `data/figures.${lang}.${ext}`;
}

/** Relative link to a data download. `base` is "" or ends with "/". */
export function dataHref(base: string, lang: Lang, ext: 'csv' | 'json'): string {
  return `${base}${dataFileName(lang, ext)}`;
}
