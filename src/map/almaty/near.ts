/**
 * When the Almaty detail is wanted. Pure, derived from `STRUCTURE`: the chapters that draw the city
 * (`layers.almatyCity`) and their neighbours in reading order, so the detail is there by the time the
 * reader arrives, and never loaded by a first view that is far from them.
 */
import { STRUCTURE } from '../../content/structure';
import type { ChapterId } from '../../content/types';

/** Chapters that draw the city detail. */
export const DETAIL_CHAPTERS: readonly ChapterId[] = STRUCTURE.filter((c) => c.layers.almatyCity).map(
  (c) => c.id,
);

/** How many chapters ahead (or behind) the detail starts loading. */
export const LOAD_DISTANCE = 1;

const INDEX = new Map<ChapterId, number>(STRUCTURE.map((c, i) => [c.id, i]));

/** Whether the reader is in or next to a chapter that draws the city detail. */
export function nearAlmatyDetail(id: ChapterId): boolean {
  const at = INDEX.get(id);
  if (at === undefined) return false;
  return DETAIL_CHAPTERS.some((c) => Math.abs((INDEX.get(c) ?? Infinity) - at) <= LOAD_DISTANCE);
}
