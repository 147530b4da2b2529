/**
 * The editions of the explainer: one page per language. The build prerenders every edition whose language
 * pack exists (`src/content/<lang>/index.ts`), so a language is added with its pack and one line in
 * {@link EDITIONS}; nothing else in the build or the client entry names a language.
 */
import type { LanguagePack } from '../content/pack';
import type { Lang } from '../content/types';

/** One edition: a language and where its page lives. */
export interface Edition {
  lang: Lang;
  /** The page's folder below the site root: `''` for the root, otherwise ending in `/` (`'en/'`). */
  dir: string;
  /** Open Graph locale, `language_TERRITORY`. */
  ogLocale: string;
}

/** Every edition the project knows, the original first (it is also the `x-default` for search engines). */
export const EDITIONS: readonly Edition[] = [
  { lang: 'de', dir: '', ogLocale: 'de_AT' },
  { lang: 'en', dir: 'en/', ogLocale: 'en_GB' },
];

type PackModule = Record<string, unknown>;

// Lazy: the client bundles each pack as its own chunk and loads only the one its page needs.
const PACK_MODULES = import.meta.glob<PackModule>('../content/*/index.ts');

function packPath(lang: string): string {
  return `../content/${lang}/index.ts`;
}

/** The editions among `editions` whose language pack exists in `modules` (paths as `import.meta.glob` gives them). */
export function availableEditions(
  editions: readonly Edition[],
  modules: Readonly<Record<string, unknown>>,
): Edition[] {
  return editions.filter((edition) => packPath(edition.lang) in modules);
}

/** The editions this build has a pack for, in the order of {@link EDITIONS}. */
export const AVAILABLE_EDITIONS: readonly Edition[] = availableEditions(EDITIONS, PACK_MODULES);

/**
 * The edition of a page, from its `<html lang>`; an unknown or missing language gives the first edition
 * (the development server's unprerendered page has the original's language).
 */
export function editionFor(lang: string | null | undefined, editions = AVAILABLE_EDITIONS): Edition {
  const first = editions[0];
  if (!first) throw new Error('No language pack found in src/content/<lang>/index.ts');
  return editions.find((edition) => edition.lang === lang) ?? first;
}

function isPackOf(lang: Lang) {
  return (value: unknown): value is LanguagePack =>
    typeof value === 'object' && value !== null && (value as Partial<LanguagePack>).lang === lang;
}

/** The pack a pack module exports (named after its language or default), or an error naming the module. */
export function packFromModule(lang: Lang, mod: PackModule): LanguagePack {
  const pack = [mod[lang], mod.default, ...Object.values(mod)].find(isPackOf(lang));
  if (!pack) throw new Error(`${packPath(lang)} exports no LanguagePack with lang "${lang}"`);
  return pack;
}

/** Loads the language pack of an edition. */
export async function loadPack(lang: Lang): Promise<LanguagePack> {
  const load = PACK_MODULES[packPath(lang)];
  if (!load) throw new Error(`No language pack at ${packPath(lang)}`);
  return packFromModule(lang, await load());
}
