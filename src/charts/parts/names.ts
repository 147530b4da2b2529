/** Names from the language pack that charts need. */
import type { LanguagePack } from '../../content/pack';

/** A country's name by its world-atlas id ("643" → "Russland"). Missing names throw: charts never go blank. */
export function countryName(pack: Pick<LanguagePack, 'countries'>, id: string): string {
  const name = pack.countries[id];
  if (!name) throw new Error(`No name for country ${id}`);
  return name;
}
