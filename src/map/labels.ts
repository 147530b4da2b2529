/**
 * Which labels the map shows in a chapter, where, and with which words. Pure (no Leaflet, no DOM): derived
 * from the chapter's layers and the language pack only. Anchors are hand-placed where the label reads best
 * at the zooms the story uses, not at geometric centroids (Russia's centroid lies far outside every view).
 */
import { FIGURES } from '../content/figures';
import { EMERGENCY_PHASES, type EmergencyPhase } from '../content/emergency';
import type { LanguagePack } from '../content/pack';
import { PLACES, type PlaceKind } from '../content/places';
import type { MapLayers, MapView, PlaceId } from '../content/types';
import { formatFigure } from '../lib/format';
import type { MapState } from './view';
import { mapWord } from './words';

/** Where a place label's text sits relative to its dot. */
export type LabelSide = 'right' | 'left' | 'above' | 'below';

/** One text label on the map. */
export interface MapLabel {
  /** Stable and unique within a chapter: `place:almaty`, `country:643`. */
  key: string;
  kind: 'place' | 'country' | 'water' | 'border' | 'city';
  lat: number;
  lng: number;
  /** One entry per line of text. */
  lines: string[];
  /** Places only: the dot's style. */
  placeKind?: PlaceKind;
  /** Places and border lengths: the side of the anchor the text sits on. */
  side?: LabelSide;
  /** Places only: shift of the text in px (down is positive), to keep close neighbours apart. */
  dy?: number;
  /** Hidden at low zoom (below {@link MINOR_LABEL_MIN_ZOOM}), where it would cover its neighbours. */
  minor?: boolean;
}

/**
 * Below this zoom the small countries of Central Asia and the Caspian Sea are too small for their names:
 * their labels are hidden (by CSS, from a class the map sets on every zoom). Phones show the wide chapters
 * at zoom 3, desktops at 3.25–4.
 */
export const MINOR_LABEL_MIN_ZOOM = 3.75;

interface PlaceLabelStyle {
  side: LabelSide;
  dy?: number;
}

/**
 * Text placement per place. The three Almaty sites lie within 500 m of each other, a few px apart at zoom
 * 11–12, so their texts fan out to both sides.
 */
export const PLACE_LABEL_STYLE: Record<PlaceId, PlaceLabelStyle> = {
  zhanaozen: { side: 'right' },
  aktau: { side: 'left' },
  aktobe: { side: 'right' },
  shymkent: { side: 'left' },
  almaty: { side: 'right' },
  republicSquare: { side: 'left', dy: -9 },
  akimat: { side: 'left', dy: 9 },
  residence: { side: 'right', dy: 6 },
  // Below: to its left, at phone widths, is the Almaty close-up inset.
  airport: { side: 'below' },
  nurSultan: { side: 'right' },
  moscow: { side: 'right' },
  minsk: { side: 'left' },
  yerevan: { side: 'left' },
  bishkek: { side: 'below' },
  dushanbe: { side: 'below' },
  berlin: { side: 'right' },
  vienna: { side: 'right' },
  brussels: { side: 'left' },
};

interface CountryAnchor {
  lat: number;
  lng: number;
  /** Left out when one of these places is labelled: the capital's label names the country well enough. */
  hideWith?: PlaceId[];
  /** Small country: its label is minor (hidden at low zoom). */
  minor?: boolean;
}

/**
 * Country label anchors (keys: world-atlas ids, as in `LanguagePack.countries`). Armenia, Azerbaijan and
 * Georgia have none on purpose: at the zooms that show the Caucasus their names would cover each other.
 */
export const COUNTRY_ANCHORS: Record<string, CountryAnchor> = {
  '398': { lat: 48.6, lng: 68.2 },
  '643': { lat: 56.4, lng: 60.5 },
  '156': { lat: 40.6, lng: 86.5 },
  '860': { lat: 41.3, lng: 63.4, minor: true },
  '417': { lat: 41.5, lng: 75.2, hideWith: ['bishkek'], minor: true },
  '795': { lat: 39.3, lng: 59.2, minor: true },
  '762': { lat: 38.8, lng: 71.8, hideWith: ['dushanbe'], minor: true },
  '496': { lat: 47.8, lng: 97.0 },
  '004': { lat: 34.2, lng: 65.8, minor: true },
  '364': { lat: 33.2, lng: 54.6 },
  '792': { lat: 39.0, lng: 35.0 },
  '804': { lat: 49.2, lng: 31.6 },
  '112': { lat: 53.1, lng: 28.0, hideWith: ['minsk'] },
  '276': { lat: 50.8, lng: 10.2, hideWith: ['berlin'] },
  '040': { lat: 47.4, lng: 14.2, hideWith: ['vienna'] },
};

/** The Caspian Sea's label. */
export const SEA_ANCHOR = { lat: 39.9, lng: 51.2 };

/**
 * The border-length labels: anchored on a point of each border line, the text beside it, off the
 * line, so the gap to the line stays the same at every zoom. Russia: above the northernmost bend (North
 * Kazakhstan), in Russia. China: west of the Dzungarian border, in Kazakhstan: east of it the text would run
 * out of a phone-sized panel.
 */
export const BORDER_ANCHORS = {
  russia: { lat: 55.2, lng: 69.98, side: 'above' },
  china: { lat: 46.01, lng: 82.51, side: 'left' },
} as const;

/** Almaty city's name, inside its boundary, between the centre and the airport (clear of the insets). */
export const CITY_ANCHOR = { lat: 43.29, lng: 76.985 };

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

/** The country labels of a chapter: anchors in the view, not crowded out, not named by another label. */
function countryLabels({ view, layers }: MapState, pack: LanguagePack): MapLabel[] {
  const places = placesFor(layers);
  const namedByBorder = layers.borderLengths ? ['643', '156'] : [];
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
      lines: [name],
      ...(anchor.minor ? { minor: true } : {}),
    });
  }
  return labels;
}

/** Every label of a chapter: countries, sea, places, border lengths, the city name. */
export function labelsFor(state: MapState, pack: LanguagePack): MapLabel[] {
  const { layers } = state;
  const places = placesFor(layers);
  const labels = countryLabels(state, pack);

  labels.push({
    key: 'water:caspian',
    kind: 'water',
    ...SEA_ANCHOR,
    lines: [mapWord(pack, 'caspianSea')],
    minor: true,
  });

  if (layers.borderLengths) {
    labels.push(
      {
        key: 'border:643',
        kind: 'border',
        ...BORDER_ANCHORS.russia,
        lines: [mapWord(pack, 'borderWithRussia'), formatFigure(FIGURES.borderRussia, pack)],
      },
      {
        key: 'border:156',
        kind: 'border',
        ...BORDER_ANCHORS.china,
        lines: [mapWord(pack, 'borderWithChina'), formatFigure(FIGURES.borderChina, pack)],
      },
    );
  }

  if (layers.almatyCity) {
    labels.push({ key: 'city:KZ-ALA', kind: 'city', ...CITY_ANCHOR, lines: [pack.regions['KZ-ALA']] });
  }

  // Places of a close-up inset are labelled there (src/map/almaty/CloseUpInset.tsx), not on the map.
  const inInset = new Set(layers.closeUp?.places);
  for (const id of places) {
    if (inInset.has(id)) continue;
    const place = PLACES[id];
    labels.push({
      key: `place:${id}`,
      kind: 'place',
      lat: place.lat,
      lng: place.lng,
      lines: [pack.places[id]],
      placeKind: place.kind,
      ...PLACE_LABEL_STYLE[id],
    });
  }
  return labels;
}

/** One row of the state-of-emergency legend. */
export interface LegendItem {
  phase: EmergencyPhase;
  text: string;
}

/** The legend of the emergency colouring, or null when the chapter does not colour regions by phase. */
export function legendFor(
  layers: MapLayers,
  pack: LanguagePack,
): { title: string; items: LegendItem[] } | null {
  if (!layers.emergency) return null;
  return {
    title: pack.ui.emergencyLegendTitle,
    items: EMERGENCY_PHASES.map((phase) => ({ phase, text: pack.emergencyPhases[phase] })),
  };
}
