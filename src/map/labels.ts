/**
 * Which labels the map shows in a chapter, where, and with which words. Pure (no Leaflet, no DOM): derived
 * from the chapter's layers and the language pack only. Anchors are hand-placed where the label reads best
 * at the zooms the story uses, not at geometric centroids (Russia's centroid lies far outside every view).
 */
import { FIGURES } from '../content/figures';
import { EMERGENCY_PHASES, type EmergencyPhase } from '../content/emergency';
import type { LanguagePack } from '../content/pack';
import { PLACES, type PlaceKind } from '../content/places';
import type { MapLayers, MapView, PlaceId, RegionIso } from '../content/types';
import type { LabelSide } from './placement';
import { formatFigure } from '../content/format';
import type { MapState } from './view';
import { mapWord } from './words';

/** One text label on the map, in priority order within a chapter (see {@link labelsFor}). */
export interface MapLabel {
  /** Stable and unique within a chapter: `place:almaty`, `country:643`. */
  key: string;
  kind: 'place' | 'country' | 'water' | 'border' | 'city' | 'region';
  /** The first anchor: a place's dot, an area's preferred label point, a point on a border line. */
  lat: number;
  lng: number;
  /** Further anchors to try, in order, when no side of the first one is free. */
  alternatives?: readonly (readonly [number, number])[];
  /** One entry per line of text. */
  lines: string[];
  /** Places only: the dot's style. */
  placeKind?: PlaceKind;
  /** The sides of the anchor the text may sit on, best first. */
  sides: readonly LabelSide[];
  /** Never dropped for want of room: the chapter's text names it, or the map explains itself by it. */
  required: boolean;
  /** Dropped at low zoom (below {@link MINOR_LABEL_MIN_ZOOM}), where its country is too small for the name. */
  minor?: boolean;
}

export type { LabelSide };

/**
 * Below this zoom the small countries of Central Asia are too small for their names: their labels are
 * dropped. Phones show the wide chapters at zoom 3, desktops at 3.25–4.
 */
export const MINOR_LABEL_MIN_ZOOM = 3.75;

/** Every side a place label may take, around its dot. */
const AROUND: readonly LabelSide[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

/** Sides for an area's name: on its anchor, or a line above or below it. */
const ON_AREA: readonly LabelSide[] = ['center', 'center-above', 'center-below'];

/**
 * The side a place's label tries first, where the map reads best (the coast, a neighbour); the other sides
 * follow when it collides.
 */
export const PLACE_FIRST_SIDE: Record<PlaceId, LabelSide> = {
  zhanaozen: 'right',
  aktau: 'left',
  aktobe: 'right',
  shymkent: 'left',
  almaty: 'right',
  republicSquare: 'left',
  akimat: 'left',
  residence: 'right',
  // Below: to its left, at phone widths, is the Almaty close-up inset.
  airport: 'below',
  nurSultan: 'right',
  moscow: 'right',
  minsk: 'left',
  yerevan: 'left',
  bishkek: 'below',
  dushanbe: 'below',
  berlin: 'right',
  vienna: 'right',
  brussels: 'left',
};

function placeSides(id: PlaceId): LabelSide[] {
  const first = PLACE_FIRST_SIDE[id];
  return [first, ...AROUND.filter((s) => s !== first)];
}

interface CountryAnchor {
  lat: number;
  lng: number;
  /** Further label points inside the country, tried when the first is taken. */
  alternatives?: [number, number][];
  /** Left out when one of these places is labelled: the capital's label names the country well enough. */
  hideWith?: PlaceId[];
  /** Small country: its label is minor (dropped at low zoom). */
  minor?: boolean;
}

/**
 * Country label anchors (keys: world-atlas ids, as in `LanguagePack.countries`). Armenia, Azerbaijan and
 * Georgia have none on purpose: at the zooms that show the Caucasus their names would cover each other.
 */
export const COUNTRY_ANCHORS: Record<string, CountryAnchor> = {
  '398': {
    lat: 48.6,
    lng: 68.2,
    alternatives: [
      [47.6, 66.0],
      [49.4, 64.5],
      [47.0, 63.5],
      [46.4, 66.5],
      [48.5, 61.5],
      [49.8, 67.5],
      [46.6, 70.5],
      [48.0, 73.5],
    ],
  },
  '643': {
    lat: 56.4,
    lng: 60.5,
    alternatives: [
      [57.2, 75.0],
      [55.0, 47.0],
      [57.5, 50.0],
      [53.5, 44.0],
    ],
  },
  '156': {
    lat: 40.6,
    lng: 86.5,
    alternatives: [
      [39.2, 83.0],
      [44.0, 88.5],
      [41.8, 91.0],
    ],
  },
  '860': { lat: 41.3, lng: 63.4, minor: true },
  '417': { lat: 41.5, lng: 75.2, hideWith: ['bishkek'], minor: true },
  '795': { lat: 39.3, lng: 59.2, minor: true },
  '762': { lat: 38.8, lng: 71.8, hideWith: ['dushanbe'], minor: true },
  '496': { lat: 47.8, lng: 97.0 },
  '004': { lat: 34.2, lng: 65.8, minor: true },
  '364': { lat: 33.2, lng: 54.6 },
  '792': { lat: 39.0, lng: 35.0, alternatives: [[38.6, 32.0]] },
  '804': { lat: 49.2, lng: 31.6, alternatives: [[48.6, 34.5]] },
  '112': { lat: 53.1, lng: 28.0, hideWith: ['minsk'] },
  '276': { lat: 50.8, lng: 10.2, hideWith: ['berlin'] },
  '040': { lat: 47.4, lng: 14.2, hideWith: ['vienna'] },
};

/** The neighbours whose borders the story is about: named wherever they are in view. */
const NEIGHBOURS = ['643', '156'];

/** The Caspian Sea's label points, all on open water: the south basin, off Mangystau, the north basin. */
export const SEA_ANCHORS: [number, number][] = [
  [39.9, 51.2],
  [42.3, 50.3],
  [45.2, 49.9],
  [41.2, 50.9],
];

/**
 * The border-length labels: anchored on points of each border line, the text beside the line on the
 * neighbour's side (outside Kazakhstan), so the gap to the line stays the same at every zoom. Russia: north of
 * the northern bends; China: east of the Dzungarian border, or south-east of its southern end on narrow
 * panels. The points are vertices of the built border lines (a unit test checks they lie on them).
 */
export const BORDER_ANCHORS = {
  russia: {
    points: [
      [55.3, 70.74],
      [54.96, 68.07],
      [54.14, 76.65],
      [54.4, 64.93],
      [51.49, 52.82],
    ],
    sides: ['above', 'above-right', 'above-left'],
  },
  china: {
    points: [
      [45.22, 82.6],
      [47.06, 85.48],
      [44.68, 80.4],
      [43.04, 80.39],
      [42.19, 80.21],
    ],
    sides: ['right', 'below-right', 'below'],
  },
} as const satisfies Record<string, { points: [number, number][]; sides: LabelSide[] }>;

/** Almaty city's name, inside its boundary, between the centre and the airport (clear of the insets). */
export const CITY_ANCHOR = { lat: 43.29, lng: 76.985 };

/** Label points of the regions a chapter highlights: inland, clear of the chapter's places. */
export const REGION_ANCHORS: Partial<Record<RegionIso, [number, number][]>> = {
  'KZ-MAN': [
    [44.9, 54.3],
    [42.2, 54.6],
    [45.6, 53.0],
  ],
};

/** The places a chapter labels, in the chapter's order. */
export function placesFor(layers: MapLayers): PlaceId[] {
  return layers.places ?? [];
}

/** Names of the places a chapter labels, for the screen-reader list. */
export function placeNamesFor(layers: MapLayers, pack: LanguagePack): { id: PlaceId; name: string }[] {
  return placesFor(layers).map((id) => ({ id, name: pack.places[id] }));
}

/** Whether a point lies in a view's bounds (views given by a center show everything). */
function inView(view: MapView, lat: number, lng: number): boolean {
  if (view.kind !== 'bounds') return true;
  const [[south, west], [north, east]] = view.bounds;
  return lat >= south && lat <= north && lng >= west && lng <= east;
}

/** The country labels of a chapter: anchors in the view, not named by another label. */
function countryLabels({ view, layers }: MapState, pack: LanguagePack): MapLabel[] {
  const places = placesFor(layers);
  const namedByBorder = layers.borderLengths ? NEIGHBOURS : [];
  const labels: MapLabel[] = [];
  for (const [id, anchor] of Object.entries(COUNTRY_ANCHORS)) {
    const name = pack.countries[id];
    if (!name || !inView(view, anchor.lat, anchor.lng)) continue;
    if (anchor.hideWith?.some((p) => places.includes(p)) || namedByBorder.includes(id)) continue;
    labels.push({
      key: `country:${id}`,
      kind: 'country',
      lat: anchor.lat,
      lng: anchor.lng,
      ...(anchor.alternatives ? { alternatives: anchor.alternatives } : {}),
      lines: [name],
      sides: ON_AREA,
      // Russia and China are named wherever they are in view: the story is about their borders. Kazakhstan's
      // own name comes right after them but gives way to the places the text names on a crowded phone map.
      required: NEIGHBOURS.includes(id),
      ...(anchor.minor ? { minor: true } : {}),
    });
  }
  // Kazakhstan and its two big neighbours first: the rest fill the room that is left.
  const rank = (l: MapLabel) => (l.required ? 0 : l.key === `country:${KAZAKHSTAN}` ? 1 : 2);
  return labels.sort((a, b) => rank(a) - rank(b));
}

const KAZAKHSTAN = '398';

function anchored(
  points: readonly (readonly [number, number])[],
): Pick<MapLabel, 'lat' | 'lng' | 'alternatives'> {
  const [first, ...rest] = points;
  return { lat: first![0], lng: first![1], ...(rest.length ? { alternatives: rest } : {}) };
}

/**
 * Every label of a chapter, in priority order: the places the text names, the border lengths, the highlighted
 * region and the city, then Kazakhstan and its neighbours, the sea, and the other countries. Placement
 * (placement.ts) takes them in this order, so a label further down gives way.
 */
export function labelsFor(state: MapState, pack: LanguagePack): MapLabel[] {
  const { layers } = state;
  const labels: MapLabel[] = [];

  // Places of a close-up inset are labelled there (src/map/almaty/CloseUpInset.tsx), not on the map.
  const inInset = new Set(layers.closeUp?.places);
  for (const id of placesFor(layers)) {
    if (inInset.has(id)) continue;
    const place = PLACES[id];
    labels.push({
      key: `place:${id}`,
      kind: 'place',
      lat: place.lat,
      lng: place.lng,
      lines: [pack.places[id]],
      placeKind: place.kind,
      sides: placeSides(id),
      required: true,
    });
  }

  if (layers.borderLengths) {
    labels.push(
      {
        key: 'border:643',
        kind: 'border',
        ...anchored(BORDER_ANCHORS.russia.points),
        lines: [mapWord(pack, 'borderWithRussia'), formatFigure(FIGURES.borderRussia, pack)],
        sides: BORDER_ANCHORS.russia.sides,
        required: true,
      },
      {
        key: 'border:156',
        kind: 'border',
        ...anchored(BORDER_ANCHORS.china.points),
        lines: [mapWord(pack, 'borderWithChina'), formatFigure(FIGURES.borderChina, pack)],
        sides: BORDER_ANCHORS.china.sides,
        required: true,
      },
    );
  }

  for (const iso of layers.highlight ?? []) {
    const points = REGION_ANCHORS[iso];
    if (!points) continue;
    labels.push({
      key: `region:${iso}`,
      kind: 'region',
      ...anchored(points),
      lines: [pack.regions[iso]],
      sides: ON_AREA,
      required: true,
    });
  }

  if (layers.almatyCity) {
    labels.push({
      key: 'city:KZ-ALA',
      kind: 'city',
      ...CITY_ANCHOR,
      lines: [pack.regions['KZ-ALA']],
      sides: ['right', 'left', 'center'],
      required: true,
    });
  }

  const countries = countryLabels(state, pack);
  const firstOptional = countries.findIndex((l) => !l.required && l.key !== `country:${KAZAKHSTAN}`);
  const split = firstOptional === -1 ? countries.length : firstOptional;
  labels.push(...countries.slice(0, split));
  labels.push({
    key: 'water:caspian',
    kind: 'water',
    ...anchored(SEA_ANCHORS),
    lines: [mapWord(pack, 'caspianSea')],
    sides: ['center'],
    // The trigger chapter's shape is explained by the sea it borders.
    required: Boolean(layers.highlight?.includes('KZ-MAN')),
  });
  labels.push(...countries.slice(split));
  return labels;
}

/** How a legend row draws its key: a filled swatch (emergency phases) or a line (routes, borders). */
export type LegendKey =
  { kind: 'fill'; phase: EmergencyPhase } | { kind: 'line'; style: 'route' | 'border-emphasis' };

/** One row of a map legend. */
export interface LegendItem {
  id: string;
  key: LegendKey;
  text: string;
}

/** One block of a map legend: an optional title and its rows. */
export interface LegendGroup {
  id: string;
  title: string | null;
  items: LegendItem[];
}

/**
 * The legend of a chapter, built from the layers it shows: the state-of-emergency colours, the CSTO routes,
 * the emphasised borders. Empty where the map encodes nothing beyond its labels.
 */
export function legendFor(layers: MapLayers, pack: LanguagePack): LegendGroup[] {
  const groups: LegendGroup[] = [];
  if (layers.emergency) {
    groups.push({
      id: 'emergency',
      title: pack.ui.emergencyLegendTitle,
      items: EMERGENCY_PHASES.map((phase) => ({
        id: `phase-${phase}`,
        key: { kind: 'fill', phase },
        text: pack.emergencyPhases[phase],
      })),
    });
  }
  if (layers.cstoRoutes) {
    groups.push({
      id: 'routes',
      title: null,
      items: [
        { id: 'route', key: { kind: 'line', style: 'route' }, text: mapWord(pack, 'legendCstoRoutes') },
      ],
    });
  }
  if (layers.borderLengths) {
    groups.push({
      id: 'borders',
      title: null,
      items: [
        {
          id: 'border-emphasis',
          key: { kind: 'line', style: 'border-emphasis' },
          text: mapWord(pack, 'legendBorders'),
        },
      ],
    });
  }
  return groups;
}
