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

/**
 * Almaty city from the centre to the airport (facts.md §3): Republic Square, the akimat and the residence
 * in the south, the airport in the north-east, the foothills at the bottom edge.
 */
const ALMATY_CENTRE_TO_AIRPORT: [[number, number], [number, number]] = [
  [43.2, 76.87],
  [43.37, 77.07],
];

/**
 * The close-up around Republic Square, the akimat and the presidential residence (facts.md §3): 1.6 km
 * across, so the three places, 220 m and 260 m apart, stand apart in an inset 150 px wide (20 px), with the
 * Malaya Almatinka river at its eastern edge for orientation.
 */
const ALMATY_SQUARE_CLOSE_UP: [[number, number], [number, number]] = [
  [43.2318, 76.9425],
  [43.2418, 76.9625],
];

/**
 * Checks the chapters against {@link ChapterStructure} and keeps their ids and chart slots as literal types:
 * `ChapterId` and `ChartId` (types.ts) derive from them, so a chapter or chart added here needs no list
 * elsewhere.
 */
function chapters<const Id extends string, const Chart extends string>(
  list: readonly ChapterStructure<Id, Chart>[],
): readonly ChapterStructure<Id, Chart>[] {
  return list;
}

/** The chapters in reading order: ids (the section ids and deep links, `#trigger`), cameras, layers, charts. */
export const STRUCTURE = chapters([
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
    // The city from the centre to the airport; the three sites of the centre, a few px apart at this zoom,
    // stand apart in a close-up inset.
    view: { kind: 'bounds', bounds: ALMATY_CENTRE_TO_AIRPORT, maxZoom: 13 },
    layers: {
      almatyCity: true,
      places: ['republicSquare', 'akimat', 'residence', 'airport'],
      closeUp: { bounds: ALMATY_SQUARE_CLOSE_UP, places: ['republicSquare', 'akimat', 'residence'] },
    },
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
    // Wider than the `almaty` chapter: the whole city, its airport and the mountains to the south.
    view: {
      kind: 'bounds',
      bounds: [
        [43.02, 76.74],
        [43.41, 77.17],
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
]);

/** Chapter ids, in reading order. */
export const CHAPTER_IDS: readonly ChapterId[] = STRUCTURE.map((chapter) => chapter.id);

/** The chapter at the top of the story. */
export const FIRST_CHAPTER: ChapterId = firstOf(CHAPTER_IDS);

function firstOf<T>(list: readonly T[]): T {
  const first = list[0];
  if (first === undefined) throw new Error('The story has no chapter');
  return first;
}

const BY_ID = new Map<ChapterId, ChapterStructure>(STRUCTURE.map((c) => [c.id, c]));

/** The structure of one chapter. Every id in {@link CHAPTER_IDS} has one (a test checks it). */
export function structureOf(id: ChapterId): ChapterStructure {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No structure for chapter ${id}`);
  return found;
}
