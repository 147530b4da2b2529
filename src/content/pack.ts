/**
 * The shape of a language pack: every word the reader sees, in one language. Components take their words
 * only from here (no German or English string lives in a component).
 */
import type { ChartTexts, ChartUiText } from './chartText';
import type { CreditId } from './credits';
import type { EmergencyPhase } from './emergency';
import type { SourceId } from './sources';
import type { ChapterId, ChapterText, Lang, PlaceId, Qualifier, RegionIso, Unit } from './types';

/** Map labels for countries (keys: ISO 3166-1 numeric ids as used by world-atlas). */
export type CountryLabels = Record<string, string>;

export interface UiStrings {
  skipToStory: string;
  storyLabel: string;
  mapLabel: string;
  mapDescriptionLabel: string;
  mapError: string;
  graphicError: string;
  asOf: string;
  source: string;
  sources: string;
  quoteTranslated: string;
  quoteOpen: string;
  quoteClose: string;
  figuresSources: string;
  tocLabel: string;
  nextChapter: string;
  previousChapter: string;
  chapterNavLabel: string;
  nowReading: string;
  themeLabel: string;
  themeAuto: string;
  themeLight: string;
  themeDark: string;
  motionOff: string;
  languageLabel: string;
  claimLabel: string;
  notPublished: string;
  byline: string;
  published: string;
  emergencyLegendTitle: string;
  borderLabel: string;
  tilesAttributionNote: string;
  // --- share and embed (src/share/ShareButton.tsx, src/embed/) ---
  share: string;
  shareCopied: string;
  shareShared: string;
  shareFailed: string;
  openFullStory: string;
  opensInNewTab: string;
  embedTitle: string;
  embedIntro: string;
  embedForm: string;
  embedFormFixed: string;
  embedFormAuto: string;
  embedChapter: string;
  embedTheme: string;
  embedThemeSystem: string;
  embedThemeLight: string;
  embedThemeDark: string;
  embedCode: string;
  embedCopy: string;
  embedCopied: string;
  embedCopyFailed: string;
  // --- end share and embed ---
  [key: string]: string;
}

export interface UnitFormat {
  /** `{n}` stands for the formatted number, e.g. "{n} Tenge". */
  template: string;
  /** Compact notation for large amounts: "short" gives "2,2 Mio.", "long" gives "2.2 million". */
  compact?: 'short' | 'long';
  /** Write small whole numbers as words in running text ("mindestens zwei Plätze"), as house style asks. */
  spellOut?: boolean;
}

/** How `Intl` is asked, or corrected, where a language's conventions differ from its defaults. */
export interface Grammar {
  /**
   * `'min2'` leaves four-digit numbers ungrouped ("4000", but "20 000"), as Russian and Kazakh typography do;
   * without it every number of four digits or more is grouped ("4.000").
   */
  grouping?: 'min2';
  /**
   * Date patterns filled from `Intl`'s parts (`{day}`, `{month}`, `{year}`), for a style where the locale data
   * of ICU is wrong: Kazakh long dates are "2022 жылғы 8 қаңтар", ICU gives "2022 ж. 8 қаңтар".
   */
  dates?: Partial<Record<DateStyle, string>>;
  /**
   * Qualifiers that follow the number (Kazakh "4000-нан астам"): `{v}` is the value, `{v:abl}` / `{v:dat}`
   * the value with the case ending {@link caseEnding} gives. Qualifiers without a template precede the value.
   */
  qualifierTemplates?: Partial<Record<Qualifier, string>>;
  /** The case ending for a value as written ("4000" → "-нан" in the ablative), for `{v:case}`. */
  caseEnding?: (written: string, grammaticalCase: string) => string;
}

/** The date styles of `formatDate`. */
export type DateStyle = 'long' | 'dayMonth' | 'short' | 'year';

export interface LanguagePack {
  lang: Lang;
  /** BCP 47 locale for numbers: German groups as the report does ("20.000"), so "de-DE", not "de-AT". */
  numberLocale: string;
  /** BCP 47 locale for dates: "de-AT" gives the Austrian month names ("8. Jänner 2022"). */
  dateLocale: string;
  /** Settings of number and date formatting where the locale's defaults are not the language's usage. */
  grammar?: Grammar;
  meta: { title: string; description: string; siteName: string };
  ui: UiStrings;
  /** Full qualifier words for running text: "mindestens", "mehr als", "bis zu", "rund"; `exact` is "". */
  qualifiers: Record<Qualifier, string>;
  /** Short qualifiers for chart labels: "mind.", "mehr als", "bis zu", "rund". */
  qualifiersShort: Record<Qualifier, string>;
  units: Record<Unit, UnitFormat>;
  /** Number words from zero to twelve, for units with `spellOut`. */
  numberWords: readonly string[];
  /** How a source is named in a source line: "Innenministerium über den Staatssender Khabar 24". */
  sources: Record<SourceId, string>;
  places: Record<PlaceId, string>;
  regions: Record<RegionIso, string>;
  countries: CountryLabels;
  emergencyPhases: Record<EmergencyPhase, string>;
  chapters: Record<ChapterId, ChapterText>;
  /** Words of the nine charts. */
  charts: ChartTexts;
  /** Words shared by all charts (table toggle, downloads, legends). */
  chartUi: ChartUiText;
  /** Words of the page's footer (src/chrome/SiteFooter.tsx). */
  footer: FooterText;
}

/**
 * The footer: sources, data downloads, credits for the map's data, the dates. `{date}` stands for a date
 * formatted by the pack's `Intl` settings; the link texts (the last chapter's title, CSV, JSON, the sources'
 * names) come from elsewhere in the pack.
 */
export interface FooterText {
  /** Where each chapter names its sources; followed by a link to the last chapter. */
  sourcesText: string;
  /** The disclosure with every source and its link. */
  sourcesList: string;
  dataTitle: string;
  /** What the downloads hold; followed by the CSV and JSON links. */
  dataText: string;
  creditsTitle: string;
  /** What each data set on the map is (`src/content/credits.ts`). */
  credits: Record<CreditId, string>;
  /** For data without licence: Natural Earth, SRTM. */
  publicDomain: string;
  datesTitle: string;
  /** "Published on {date}." */
  published: string;
  /** "Figures as of {date}; …": the state of the figures and where later ones are. */
  asOf: string;
}
