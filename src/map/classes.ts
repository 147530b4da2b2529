/**
 * CSS classes of the map's paths. Colours live in map.css as `var(--…)`, so dark mode and the tile variant
 * need no JavaScript; this module only decides which class a shape carries in which chapter. Pure.
 */
import { EMERGENCY_BY_REGION, EMERGENCY_PHASES } from '../content/emergency';
import type { MapLayers, RegionIso } from '../content/types';

const KAZAKHSTAN = '398';

/** Class of a Natural Earth country: Kazakhstan is drawn as Kazakh land under the OSM regions. */
export function countryClass(id: string | number | undefined): string {
  return String(id) === KAZAKHSTAN ? 'map-country map-country--kz' : 'map-country';
}

/** Every state class a region can carry; the ones not returned by {@link regionStateClasses} are removed. */
export const REGION_STATE_CLASSES = ['is-highlighted', ...EMERGENCY_PHASES.map((p) => `is-phase-${p}`)];

/** The state classes of one region in a chapter: highlighted, and/or its state-of-emergency phase. */
export function regionStateClasses(iso: RegionIso, layers: MapLayers): string[] {
  const classes: string[] = [];
  if (layers.highlight?.includes(iso)) classes.push('is-highlighted');
  if (layers.emergency) classes.push(`is-phase-${EMERGENCY_BY_REGION[iso]}`);
  return classes;
}
