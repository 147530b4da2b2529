/**
 * Point places, WGS84, from facts.md §3 (GeoNames and Wikipedia coordinates). Names per language are in the
 * language packs (`places` field).
 */
import type { PlaceId } from './types';

export type PlaceKind = 'city' | 'capital' | 'site' | 'foreignCapital';

export interface Place {
  lat: number;
  lng: number;
  kind: PlaceKind;
}

export const PLACES: Record<PlaceId, Place> = {
  zhanaozen: { lat: 43.3378, lng: 52.8553, kind: 'city' },
  aktau: { lat: 43.6481, lng: 51.1722, kind: 'city' },
  aktobe: { lat: 50.2797, lng: 57.2072, kind: 'city' },
  shymkent: { lat: 42.3, lng: 69.6, kind: 'city' },
  almaty: { lat: 43.2565, lng: 76.9285, kind: 'city' },
  republicSquare: { lat: 43.2383, lng: 76.9453, kind: 'site' },
  akimat: { lat: 43.2364, lng: 76.9456, kind: 'site' },
  residence: { lat: 43.2347, lng: 76.9478, kind: 'site' },
  airport: { lat: 43.3553, lng: 77.0447, kind: 'site' },
  nurSultan: { lat: 51.1801, lng: 71.446, kind: 'capital' },
  moscow: { lat: 55.7522, lng: 37.6156, kind: 'foreignCapital' },
  minsk: { lat: 53.9, lng: 27.5667, kind: 'foreignCapital' },
  yerevan: { lat: 40.1811, lng: 44.5136, kind: 'foreignCapital' },
  bishkek: { lat: 42.87, lng: 74.59, kind: 'foreignCapital' },
  dushanbe: { lat: 38.5358, lng: 68.7791, kind: 'foreignCapital' },
  // Not in facts.md §3; standard city-centre coordinates for the chapter on Western reactions.
  berlin: { lat: 52.52, lng: 13.405, kind: 'foreignCapital' },
  vienna: { lat: 48.2082, lng: 16.3738, kind: 'foreignCapital' },
  brussels: { lat: 50.8503, lng: 4.3517, kind: 'foreignCapital' },
};

/** The CSTO member capitals whose contingents flew to Almaty, in the order of the chart. */
export const CSTO_CAPITALS: PlaceId[] = ['moscow', 'minsk', 'yerevan', 'bishkek', 'dushanbe'];
