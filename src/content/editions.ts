/**
 * The registry of editions: the single list every part of the project derives its languages from — the
 * `Lang` type, the pages the build prerenders and their folders, the language switch, share and embed links,
 * `hreflang` and `og:locale`, the data downloads, the preview images and the tests. An edition is its words
 * folder (`src/content/<lang>/`) plus one line here; an edition without a folder, or a folder without a line,
 * fails the build and the tests (README: "Adding an edition").
 */

/** One line of the registry. */
export interface EditionEntry {
  /** BCP 47 language tag: `<html lang>`, `hreflang`, the words folder `src/content/<lang>/`. */
  lang: string;
  /** The page's folder below the site root: `''` for the original, otherwise `'<lang>/'`. */
  dir: string;
  /** Open Graph locale, `language_TERRITORY`. */
  ogLocale: string;
  /** The language's name in itself, as the language switch shows it to every reader. */
  name: string;
}

/** Every edition, the original first (it is also the `x-default` for search engines). */
export const EDITIONS = [
  { lang: 'de', dir: '', ogLocale: 'de_AT', name: 'Deutsch' },
  { lang: 'en', dir: 'en/', ogLocale: 'en_GB', name: 'English' },
  { lang: 'ru', dir: 'ru/', ogLocale: 'ru_RU', name: 'Русский' },
  { lang: 'kk', dir: 'kk/', ogLocale: 'kk_KZ', name: 'Қазақша' },
] as const satisfies readonly EditionEntry[];

/** The languages of the explainer, from the registry. */
export type Lang = (typeof EDITIONS)[number]['lang'];

/** One edition of the registry. */
export type Edition = EditionEntry & { lang: Lang };

/** The original edition, from which every other is translated. */
export const ORIGINAL: Edition = EDITIONS[0];

/** The registry's languages in order. */
export const LANGS: readonly Lang[] = EDITIONS.map((e) => e.lang);

/** The edition of a language. */
export function editionOf(lang: Lang): Edition {
  const edition = EDITIONS.find((e) => e.lang === lang);
  if (!edition) throw new Error(`No edition "${lang}" in src/content/editions.ts`);
  return edition;
}

/** How many folders below the site root an edition's page lives (`''` → 0, `'en/'` → 1). */
export function depthOf(edition: Pick<Edition, 'dir'>): number {
  return edition.dir.split('/').filter(Boolean).length;
}

/** The relative path from one edition's page to the site root: `''` from the original, `'../'` from `en/`. */
export function rootFrom(lang: Lang): string {
  return '../'.repeat(depthOf(editionOf(lang)));
}

/** The relative link from one edition's page to another's: `'en/'`, `'../'`, `'../ru/'`, `'./'`. */
export function pathBetween(from: Lang, to: Lang): string {
  if (from === to) return './';
  return `${rootFrom(from)}${editionOf(to).dir}` || './';
}
