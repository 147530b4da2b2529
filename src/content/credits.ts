/**
 * Who made the map's data, language-neutral: what each data set is (words per language in the packs'
 * `footer.credits`), whose it is, and under which licence. The same as `data/raw/README.md` and
 * `data/raw/almaty/README.md` state; `tests/unit/credits.test.ts` checks that every attribution those files
 * ask for is here.
 */

/** Who is credited: OpenStreetMap's contributors, Natural Earth, NASA's SRTM. */
export type CreditHolder = 'osm' | 'naturalEarth' | 'srtm';

/** The data sets on the map. */
export type CreditId = 'regions' | 'countries' | 'almatyDetail' | 'relief';

export interface Credit {
  id: CreditId;
  holder: CreditHolder;
  /** The holder's page on attribution (OSM's copyright page) or on the data. */
  url: string;
  /** `odbl`: Open Database License 1.0; `publicDomain`: no licence needed, credited as a courtesy. */
  licence: 'odbl' | 'publicDomain';
}

/** The ODbL's text, as `data/raw/README.md` links it. */
export const ODBL_URL = 'https://opendatacommons.org/licenses/odbl/1-0/';

/** The name of the elevation data; the same in every language, as in the map's attribution line. */
export const SRTM_NAME = 'SRTM (NASA)';

export const MAP_CREDITS: readonly Credit[] = [
  {
    id: 'regions',
    holder: 'osm',
    url: 'https://www.openstreetmap.org/copyright',
    licence: 'odbl',
  },
  {
    id: 'countries',
    holder: 'naturalEarth',
    url: 'https://www.naturalearthdata.com/',
    licence: 'publicDomain',
  },
  {
    id: 'almatyDetail',
    holder: 'osm',
    url: 'https://www.openstreetmap.org/copyright',
    licence: 'odbl',
  },
  {
    id: 'relief',
    holder: 'srtm',
    url: 'https://www.earthdata.nasa.gov/data/instruments/srtm',
    licence: 'publicDomain',
  },
];
