/// <reference types="vite/client" />
/**
 * The editions of the explainer and their language packs. The registry itself is `src/content/editions.ts`;
 * this module finds each edition's pack (`src/content/<lang>/index.ts`) and insists that registry and folders
 * agree: an edition without a pack, or a pack without an edition, is an error, never a page left out.
 */
import type { LanguagePack } from '../content/pack';
import { EDITIONS, type Edition, type Lang } from '../content/editions';

export { EDITIONS, type Edition };

type PackModule = Record<string, unknown>;

// Lazy: the client bundles each pack as its own chunk and loads only the one its page needs.
const PACK_MODULES = import.meta.glob<PackModule>('../content/*/index.ts');

function packPath(lang: string): string {
  return `../content/${lang}/index.ts`;
}

/**
 * The editions, after checking that each has a pack in `modules` (paths as `import.meta.glob` gives them)
 * and that every pack folder is registered. Throws with what is missing.
 */
export function checkedEditions(
  editions: readonly Edition[],
  modules: Readonly<Record<string, unknown>>,
): readonly Edition[] {
  const missing = editions.filter((edition) => !(packPath(edition.lang) in modules));
  if (missing.length > 0)
    throw new Error(
      `No language pack for ${missing.map((e) => `src/content/${e.lang}/index.ts`).join(', ')}`,
    );
  const registered = new Set(editions.map((e) => packPath(e.lang)));
  const unregistered = Object.keys(modules).filter((path) => !registered.has(path));
  if (unregistered.length > 0)
    throw new Error(
      `Language packs without an edition in src/content/editions.ts: ${unregistered.join(', ')}`,
    );
  return editions;
}

/** Every edition, each with its pack, in the order of the registry. */
export const AVAILABLE_EDITIONS: readonly Edition[] = checkedEditions(EDITIONS, PACK_MODULES);

/**
 * The edition of a page, from its `<html lang>`; an unknown or missing language gives the original (the
 * development server's unprerendered page has the original's language).
 */
export function editionFor(lang: string | null | undefined, editions = AVAILABLE_EDITIONS): Edition {
  const first = editions[0];
  if (!first) throw new Error('The registry of editions is empty');
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

/** Every edition's pack, in the order of the registry. */
export function loadAllPacks(): Promise<LanguagePack[]> {
  return Promise.all(AVAILABLE_EDITIONS.map((edition) => loadPack(edition.lang)));
}
