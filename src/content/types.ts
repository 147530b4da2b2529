/**
 * Types of the story content. Language-neutral structure (ids, map views, layers, figures, places)
 * lives in `structure.ts`, `figures.ts`, `sources.ts` and `places.ts`; every word a reader sees lives in
 * one folder per edition (`de/`, `en/`, `ru/`, `kk/`; registered in `editions.ts`), typed by {@link LanguagePack}.
 */

import type { STRUCTURE } from './structure';

/** The languages of the explainer, derived from the registry of editions (German is the original). */
export type { Lang } from './editions';

/** A chapter's id: the section id and the deep link (`#trigger`), from the chapters in `structure.ts`. */
export type ChapterId = (typeof STRUCTURE)[number]['id'];

/** The chart slot of a chapter (`null`: the chapter has no graphic), from the chapters in `structure.ts`. */
export type ChartId = NonNullable<(typeof STRUCTURE)[number]['graphic']>;

/** How a reported number is qualified. `notPublished` has no value at all. */
export type Qualifier = 'exact' | 'atLeast' | 'moreThan' | 'upTo' | 'about' | 'notPublished';

/** What a figure counts. Each language says how a unit is written. */
export type Unit = 'tengePerLitre' | 'km' | 'euro' | 'people' | 'soldiers' | 'licences' | 'years' | 'places';

/** ISO date `YYYY-MM-DD` (local date in Kazakhstan for events). */
export type IsoDate = string;

/** ISO 3166-2 codes of Kazakhstan's regions as they were in January 2022. */
export type RegionIso =
  | 'KZ-AKM'
  | 'KZ-AKT'
  | 'KZ-ALA'
  | 'KZ-ALM'
  | 'KZ-AST'
  | 'KZ-ATY'
  | 'KZ-KAR'
  | 'KZ-KUS'
  | 'KZ-KZY'
  | 'KZ-MAN'
  | 'KZ-PAV'
  | 'KZ-SEV'
  | 'KZ-VOS'
  | 'KZ-YUZ'
  | 'KZ-ZAP'
  | 'KZ-ZHA';

/** Camera of the map for one chapter. Bounds are `[[south, west], [north, east]]`. */
export type MapView =
  | { kind: 'bounds'; bounds: [[number, number], [number, number]]; maxZoom?: number }
  | { kind: 'center'; center: [number, number]; zoom: number };

/** What the map draws on top of the base map in one chapter. Every field is optional: absent = off. */
export interface MapLayers {
  /** Regions drawn highlighted. */
  highlight?: RegionIso[];
  /** Colour the regions by when the state of emergency began (chapter `protests`). */
  emergency?: boolean;
  /** Labelled point places. */
  places?: PlaceId[];
  /** Label the Kazakhstan–Russia and Kazakhstan–China borders with their lengths. */
  borderLengths?: boolean;
  /** CSTO member capitals with routes to Almaty. */
  cstoRoutes?: boolean;
  /** Draw the Almaty city boundary, with the city detail (relief, water, railways, airport) and a locator. */
  almatyCity?: boolean;
  /**
   * A close-up inset of an area whose places crowd at the chapter's zoom: the map marks the area with a frame,
   * the inset shows these places apart, numbered, with a key and a scale bar (their map labels are left out).
   */
  closeUp?: { bounds: [[number, number], [number, number]]; places: PlaceId[] };
}

/** Point places the map can label. */
export type PlaceId =
  | 'zhanaozen'
  | 'aktau'
  | 'aktobe'
  | 'shymkent'
  | 'almaty'
  | 'republicSquare'
  | 'akimat'
  | 'residence'
  | 'airport'
  | 'nurSultan'
  | 'moscow'
  | 'minsk'
  | 'yerevan'
  | 'bishkek'
  | 'dushanbe'
  | 'berlin'
  | 'vienna'
  | 'brussels';

/** Language-neutral shape of a chapter (the type parameters let `structure.ts` define the ids). */
export interface ChapterStructure<Id extends string = ChapterId, Chart extends string = ChartId> {
  id: Id;
  view: MapView;
  /** The camera on a narrow map panel (phones), where one view cannot serve both; absent: `view`. */
  narrowView?: MapView;
  layers: MapLayers;
  /** The chart slot; charts are rendered by `src/charts`. */
  graphic: Chart | null;
}

/** A quote of a named person. `text` is the quote itself, without quotation marks. */
export interface Quote {
  text: string;
  /** Who said it, with function: "Alexander Schallenberg, österreichischer Außenminister". */
  speaker: string;
  /** Where it was said or published: "auf Twitter", "dem Portal Watson". */
  where: string;
  /** When it was said. */
  when: IsoDate;
  /** True where the quote is a translation of what was said in another language. */
  translated?: boolean;
}

/**
 * A text block. Paragraph text may reference figures as `{{figureId}}` (qualifier, number and unit, for
 * example "mindestens 18") or `{{figureId:num}}` (the bare number without unit, only for figures with the
 * qualifier `exact`, e.g. "von {{lpgBefore:num}} auf {{lpgAfter}}"). Emphasis is not supported on purpose: the narrative is plain text.
 */
export type Block = { type: 'p'; text: string } | { type: 'quote'; quote: Quote };

/** Words of one chapter in one language. */
export interface ChapterText {
  /** Short line above the title, usually the date: "2. Jänner 2022". */
  kicker: string;
  title: string;
  blocks: Block[];
  /** Text description of what the map shows in this chapter, for screen readers and without JS. */
  mapDescription: string;
  /**
   * The description of the chapter's own page (`…/almaty/`): its `description`, `og:description` and
   * schema.org description, shown under shared links. Written for it, one or two whole sentences, at most
   * 200 characters once figures are filled in; figures only as `{{figureId}}` tokens. Every chapter but the
   * first has one: the first chapter's page is the edition's front page, described by `meta.description`
   * (tests/unit/chapterPages.test.ts checks both).
   */
  summary?: string;
}
