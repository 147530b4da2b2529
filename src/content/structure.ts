/**
 * The language-neutral spine of the story: chapter order, map camera, map layers and chart slot per chapter
 * (`../shared/story.md`). The words for each chapter are in the language packs.
 */
import { CSTO_CAPITALS } from './places';
import type { ChapterId, ChapterStructure } from './types';

/** Kazakhstan alone, with a margin. */
const KAZAKHSTAN: [[number, number], [number, number]] = [
  [40.3, 46.3],
  [55.6, 87.5],
];

/** The administrative limits of Almaty city (facts.md §3), trimmed to the built-up north and the airport. */
const ALMATY_CORE: [[number, number], [number, number]] = [
  [43.18, 76.84],
  [43.39, 77.09],
];

export const STRUCTURE: readonly ChapterStructure[] = [
  {
    id: 'intro',
    // Kazakhstan with a rim of Russia to the north and China to the east: both strong borders stay in view.
    view: {
      kind: 'bounds',
      bounds: [
        [38.5, 44],
        [56.5, 89],
      ],
    },
    layers: { places: ['almaty', 'nurSultan'] },
    graphic: null,
  },
  {
    id: 'trigger',
    view: {
      kind: 'bounds',
      bounds: [
        [41.2, 49.8],
        [46.4, 56.2],
      ],
    },
    layers: { highlight: ['KZ-MAN'], places: ['zhanaozen', 'aktau'] },
    graphic: 'trigger',
  },
  {
    id: 'protests',
    view: { kind: 'bounds', bounds: KAZAKHSTAN },
    layers: { emergency: true, places: ['zhanaozen', 'aktau', 'aktobe', 'shymkent', 'almaty', 'nurSultan'] },
    graphic: 'protests',
  },
  {
    id: 'almaty',
    view: { kind: 'bounds', bounds: ALMATY_CORE, maxZoom: 13 },
    layers: { almatyCity: true, places: ['republicSquare', 'akimat', 'residence', 'airport'] },
    graphic: null,
  },
  {
    id: 'nazarbayev',
    // From Minsk to the whole of Kazakhstan: the chapter is about the country's ruler.
    view: {
      kind: 'bounds',
      bounds: [
        [42, 24],
        [57, 88.5],
      ],
    },
    layers: { places: ['nurSultan', 'minsk'] },
    graphic: 'nazarbayev',
  },
  {
    id: 'crackdown',
    // Wider than the `almaty` chapter: the whole city and its airport, so the view reads as a place.
    view: {
      kind: 'bounds',
      bounds: [
        [43.02, 76.72],
        [43.42, 77.18],
      ],
      maxZoom: 11,
    },
    layers: { almatyCity: true, places: ['republicSquare', 'airport'] },
    graphic: 'crackdown',
  },
  {
    id: 'toll',
    view: { kind: 'bounds', bounds: KAZAKHSTAN },
    layers: { places: ['almaty', 'nurSultan', 'aktau', 'zhanaozen'] },
    graphic: 'toll',
  },
  {
    id: 'borders',
    view: {
      kind: 'bounds',
      bounds: [
        [38, 44],
        [57, 90],
      ],
    },
    layers: { borderLengths: true },
    graphic: 'borders',
  },
  {
    id: 'csto',
    // Every member capital and the whole of Kazakhstan, into which the troops flew.
    view: {
      kind: 'bounds',
      bounds: [
        [37, 25],
        [57, 88.5],
      ],
    },
    layers: { cstoRoutes: true, places: [...CSTO_CAPITALS, 'almaty'] },
    graphic: 'csto',
  },
  {
    id: 'reactions',
    view: {
      kind: 'bounds',
      bounds: [
        [36, 2],
        [58, 88],
      ],
    },
    // Phones: further west, so that Brussels' name has room left of its dot, and east only as far as China's
    // name needs, so that the map is as large as the width allows.
    narrowView: {
      kind: 'bounds',
      bounds: [
        [40, -9],
        [57, 84],
      ],
    },
    layers: { places: ['berlin', 'vienna', 'brussels', 'nurSultan'] },
    graphic: 'reactions',
  },
  {
    id: 'sources',
    view: { kind: 'bounds', bounds: KAZAKHSTAN },
    layers: {},
    graphic: 'sources',
  },
];

const BY_ID = new Map<ChapterId, ChapterStructure>(STRUCTURE.map((c) => [c.id, c]));

/** The structure of one chapter. Every id in {@link CHAPTER_IDS} has one (a test checks it). */
export function structureOf(id: ChapterId): ChapterStructure {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No structure for chapter ${id}`);
  return found;
}
