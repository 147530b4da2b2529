/**
 * The language-pack words the map needs beyond the typed `UiStrings` fields. `UiStrings` allows extra keys,
 * so TypeScript cannot prove they exist; `mapWord` fails loudly instead of printing an empty label, and a
 * unit test checks every language pack for every key.
 */
import type { LanguagePack } from '../content/pack';

export const MAP_WORDS = [
  'mapPlacesHeading',
  'borderWithRussia',
  'borderWithChina',
  'caspianSea',
  'attributionNaturalEarth',
  'attributionOsm',
  'legendCstoRoutes',
  'legendBorders',
  'closeUpTitle',
  'elevationLegend',
  'builtUpLegend',
  'mainRoadsLegend',
] as const;

export type MapWord = (typeof MAP_WORDS)[number];

/** A map word of the pack's `ui` field; throws when the pack lacks it. */
export function mapWord(pack: LanguagePack, key: MapWord): string {
  const word = pack.ui[key];
  if (!word) throw new Error(`Language pack "${pack.lang}" lacks ui.${key}`);
  return word;
}
