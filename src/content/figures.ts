/**
 * Every number the explainer reports, exactly once. Text (`{{id}}` in the language packs) and charts take
 * their numbers from here, so they can never disagree. Language-neutral: how a qualifier or unit is written
 * is up to each language pack.
 */
import type { SourceId } from './sources';
import type { IsoDate, Qualifier, Unit } from './types';

export interface Figure {
  /** `null` only for `notPublished`. */
  value: number | null;
  unit: Unit;
  qualifier: Qualifier;
  /** A claim of a party, not an established fact: charts draw it as a claim. */
  claim?: boolean;
  source: SourceId;
  /**
   * When the source said it; `null` where no date of the statement is established: a reference work (CIA World
   * Factbook) or an analysis whose publication date the fact sheet does not give.
   */
  sourceDate: IsoDate | null;
  /** The state of knowledge the figure describes ("Stand"). */
  asOf: IsoDate;
}

/** The report's date: figures are "Stand 8. Jänner 2022" unless they belong to the epilogue. */
export const REPORT_DATE: IsoDate = '2022-01-08';

export const FIGURES = {
  /** LPG price per litre in Mangystau before 1 Jan 2022; 60 is the most cited figure. */
  lpgBefore: {
    value: 60,
    unit: 'tengePerLitre',
    qualifier: 'exact',
    source: 'jamestown',
    sourceDate: null,
    asOf: '2021-12-31',
  },
  /** Some sources give about 50 tenge as the 2021 price. */
  lpgBeforeAlt: {
    value: 50,
    unit: 'tengePerLitre',
    qualifier: 'about',
    source: 'rferlLpg',
    sourceDate: null,
    asOf: '2021-12-31',
  },
  /** LPG price per litre after the cap ended on 1 Jan 2022. */
  lpgAfter: {
    value: 120,
    unit: 'tengePerLitre',
    qualifier: 'exact',
    source: 'jamestown',
    sourceDate: null,
    asOf: '2022-01-01',
  },
  /** Squares in Almaty with shootings in the night to 8 Jan, per Vlast.kz as cited by APA/dpa. */
  shootingSquares: {
    value: 2,
    unit: 'places',
    qualifier: 'atLeast',
    source: 'vlast',
    sourceDate: '2022-01-08',
    asOf: '2022-01-08',
  },
  /** Nazarbayev's age in January 2022 (born 6 July 1940). */
  nazarbayevAge: {
    value: 81,
    unit: 'years',
    qualifier: 'exact',
    source: 'apaDpa',
    sourceDate: '2022-01-08',
    asOf: '2022-01-08',
  },
  /** Tokayev's claim: up to 20,000 attackers in Almaty, no evidence published. */
  attackersClaim: {
    value: 20000,
    unit: 'people',
    qualifier: 'upTo',
    claim: true,
    source: 'tokayevAddress',
    sourceDate: '2022-01-07',
    asOf: '2022-01-07',
  },
  /** Killed: "26 Demonstranten" in the report; officially 26 "armed criminals" (Interior Ministry via Khabar 24). */
  killed: {
    value: 26,
    unit: 'people',
    qualifier: 'exact',
    source: 'mvdKhabar',
    sourceDate: '2022-01-07',
    asOf: '2022-01-08',
  },
  /** Police and National Guard killed: 18, as the Interior Ministry said on 7 Jan. */
  securityKilled: {
    value: 18,
    unit: 'people',
    qualifier: 'exact',
    source: 'mvdKhabar',
    sourceDate: '2022-01-07',
    asOf: '2022-01-08',
  },
  /** The same dead as the report puts them: "mindestens 18 Polizisten und Soldaten", citing official figures. */
  securityKilledReport: {
    value: 18,
    unit: 'people',
    qualifier: 'atLeast',
    source: 'apaDpa',
    sourceDate: '2022-01-08',
    asOf: '2022-01-08',
  },
  /** Detained nationwide, Interior Ministry via Khabar 24 on 7 Jan: "more than 3,000". */
  detained7Jan: {
    value: 3000,
    unit: 'people',
    qualifier: 'moreThan',
    source: 'mvdKhabar',
    sourceDate: '2022-01-07',
    asOf: '2022-01-07',
  },
  /** Detained nationwide, as the report puts it (not dated to a day in the report). */
  detained: {
    value: 4000,
    unit: 'people',
    qualifier: 'moreThan',
    source: 'apaDpa',
    sourceDate: '2022-01-08',
    asOf: '2022-01-08',
  },
  /** Detained nationwide, Interior Ministry figure of 8 Jan. */
  detainedMvd: {
    value: 4404,
    unit: 'people',
    qualifier: 'exact',
    source: 'mvd8Jan',
    sourceDate: '2022-01-08',
    asOf: '2022-01-08',
  },
  /** CSTO force as announced. */
  cstoTotal: {
    value: 2500,
    unit: 'soldiers',
    qualifier: 'about',
    source: 'cstoZas',
    sourceDate: '2022-01-06',
    asOf: '2022-01-08',
  },
  cstoArmenia: {
    value: 100,
    unit: 'soldiers',
    qualifier: 'exact',
    source: 'armeniaMod',
    sourceDate: '2022-01-07',
    asOf: '2022-01-08',
  },
  cstoKyrgyzstan: {
    value: 150,
    unit: 'soldiers',
    qualifier: 'exact',
    source: 'kyrgyzParliament',
    sourceDate: '2022-01-07',
    asOf: '2022-01-08',
  },
  /** Not sent but intended, as reported: "Tajikistan reportedly intends to send about 200". */
  cstoTajikistan: {
    value: 200,
    unit: 'soldiers',
    qualifier: 'about',
    source: 'tajikRia',
    sourceDate: '2022-01-06',
    asOf: '2022-01-08',
  },
  /** Interfax said on 10 Jan that no official figure had been given: that is the state as of 10 Jan. */
  cstoRussia: {
    value: null,
    unit: 'soldiers',
    qualifier: 'notPublished',
    source: 'interfaxCsto',
    sourceDate: '2022-01-10',
    asOf: '2022-01-10',
  },
  cstoBelarus: {
    value: null,
    unit: 'soldiers',
    qualifier: 'notPublished',
    source: 'belarusMod',
    sourceDate: '2022-01-06',
    asOf: '2022-01-08',
  },
  borderRussia: {
    value: 7644,
    unit: 'km',
    qualifier: 'exact',
    source: 'factbook',
    sourceDate: null,
    asOf: '2022-01-08',
  },
  borderChina: {
    value: 1765,
    unit: 'km',
    qualifier: 'exact',
    source: 'factbook',
    sourceDate: null,
    asOf: '2022-01-08',
  },
  borderKyrgyzstan: {
    value: 1212,
    unit: 'km',
    qualifier: 'exact',
    source: 'factbook',
    sourceDate: null,
    asOf: '2022-01-08',
  },
  borderUzbekistan: {
    value: 2330,
    unit: 'km',
    qualifier: 'exact',
    source: 'factbook',
    sourceDate: null,
    asOf: '2022-01-08',
  },
  borderTurkmenistan: {
    value: 413,
    unit: 'km',
    qualifier: 'exact',
    source: 'factbook',
    sourceDate: null,
    asOf: '2022-01-08',
  },
  borderTotal: {
    value: 13364,
    unit: 'km',
    qualifier: 'exact',
    source: 'factbook',
    sourceDate: null,
    asOf: '2022-01-08',
  },
  /** German arms-export licences for Kazakhstan in 2021 (dpa). */
  armsLicences: {
    value: 25,
    unit: 'licences',
    qualifier: 'exact',
    source: 'dpaArms',
    sourceDate: '2022-01-08',
    asOf: '2021-12-31',
  },
  /** Total value of those licences. */
  armsValue: {
    value: 2_200_000,
    unit: 'euro',
    qualifier: 'about',
    source: 'dpaArms',
    sourceDate: '2022-01-08',
    asOf: '2021-12-31',
  },
  /** Epilogue: deaths reported on 9 Jan (103 in Almaty), later retracted. */
  deaths9Jan: {
    value: 164,
    unit: 'people',
    qualifier: 'exact',
    source: 'healthMinistry',
    sourceDate: '2022-01-09',
    asOf: '2022-01-09',
  },
  /** Epilogue: 225 bodies incl. 19 security forces, Prosecutor General's Office. */
  deaths15Jan: {
    value: 225,
    unit: 'people',
    qualifier: 'exact',
    source: 'prosecutor15Jan',
    sourceDate: '2022-01-15',
    asOf: '2022-01-15',
  },
  /** Epilogue: security forces among the 225. */
  securityKilled15Jan: {
    value: 19,
    unit: 'people',
    qualifier: 'exact',
    source: 'prosecutor15Jan',
    sourceDate: '2022-01-15',
    asOf: '2022-01-15',
  },
  /** Epilogue: final official toll, incl. people who died in custody. */
  deathsFinal: {
    value: 238,
    unit: 'people',
    qualifier: 'exact',
    source: 'ombudsman',
    sourceDate: '2022-03-14',
    asOf: '2022-03-14',
  },
  /** Epilogue: 9,900 detained on 11 Jan, the last count the fact sheet gives (not known to be the peak). */
  detainedPeak: {
    value: 9900,
    unit: 'people',
    qualifier: 'exact',
    source: 'mvd11Jan',
    sourceDate: '2022-01-11',
    asOf: '2022-01-11',
  },
  /** Epilogue: official deployed CSTO size, 10 Jan. */
  cstoOfficial: {
    value: 2030,
    unit: 'soldiers',
    qualifier: 'exact',
    source: 'kremlinSummit',
    sourceDate: '2022-01-10',
    asOf: '2022-01-10',
  },
} as const satisfies Record<string, Figure>;

export type FigureId = keyof typeof FIGURES;

/** Look a figure up with the wide {@link Figure} type (the const object keeps literal types). */
export function figure(id: FigureId): Figure {
  return FIGURES[id];
}

export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];
