/**
 * The words of the charts, per language. Structure (which figures, which dates) lives in `src/charts`; every
 * word a reader sees in or around a chart lives in one module per edition (`de/charts.ts`, `en/charts.ts`, …)
 * typed by {@link ChartTexts} and {@link ChartUiText}.
 *
 * Text may use figure tokens as everywhere else (`{{figureId}}`: qualifier, number and unit, see
 * `src/content/format.ts`) and two more kinds of placeholder, filled by the chart that owns the text:
 * `{{asOf:figureId}}` / `{{sourceDate:figureId}}` for the figure's dates, and `{value}`, `{date}`, `{year}`
 * or `{n}` where a label's comment says so.
 */
import type { ChartId } from './types';

/** Events of the week 1–8 January 2022 (chart `protests`), in the order they happened. */
export type ProtestEventKey =
  | 'priceRise'
  | 'zhanaozen'
  | 'rallies'
  | 'republicSquare'
  | 'emergencyFirst'
  | 'resignation'
  | 'securityCouncil'
  | 'emergencyAlmatyRegion'
  | 'emergencyNurSultan'
  | 'emergencyNationwide'
  | 'cstoRequest'
  | 'cstoArrival'
  | 'shootToKill'
  | 'detentions';

/** Dated steps in Nazarbayev's and Tokayev's careers (chart `nazarbayev`). */
export type PowerEventKey =
  'partyLeader' | 'president' | 'independence' | 'resignation' | 'tokayevPresident' | 'securityCouncil';

/** Periods of office drawn as bars (chart `nazarbayev`). */
export type PowerSpanKey = 'partyLeader' | 'president' | 'councilChair' | 'tokayevPresident';

/** The label keys of each chart. A missing or misspelt key is a type error in the language module. */
export interface ChartLabelKeys {
  /** `before`/`after`: row labels with `{date}`; `alternative`: note with `{value}` (the other "before" price). */
  trigger: 'before' | 'after' | 'alternative';
  /** One label per event, starting with its time of day where known; legend; `sources`: the source line. */
  protests: `event.${ProtestEventKey}` | 'legendPoint' | 'legendSpan' | 'sources';
  /** `dated` joins `{date}` and `{event}`; span labels name the office; lanes name the person. */
  nazarbayev:
    | `event.${PowerEventKey}`
    | 'dated'
    | `span.${PowerSpanKey}`
    | 'laneNazarbayev'
    | 'laneTokayev'
    | 'sources';
  /** `claimNote` says that the claim is unproven; it is drawn with the claim. */
  crackdown: 'claimRow' | 'claimNote' | 'cstoRow';
  /** `keyPerson`/`keyGroup` explain the units (`{n}` people per square); `row…`: table row headers. */
  toll:
    | 'killed'
    | 'killedReport'
    | 'killedOfficial'
    | 'securityKilled'
    | 'detained'
    | 'detainedReport'
    | 'detainedOfficial'
    | 'keyPerson'
    | 'keyGroup'
    | 'rowKilled'
    | 'rowSecurity';
  /** `total` takes `{value}`; `totalRow` heads the total in the table. Countries: the pack's `countries`. */
  borders: 'total' | 'totalRow';
  /**
   * `total` takes `{value}`; `totalRow` heads the total in the table. Countries: the pack's `countries`;
   * `intended` takes `{country}` and heads a contingent that was only reported as planned (Tajikistan).
   */
  csto: 'total' | 'totalRow' | 'intended';
  /** `licences` takes `{value}` and `{year}`; `key` explains one square; `rowLicences` heads the table row. */
  reactions: 'licences' | 'value' | 'key' | 'rowLicences';
  /** Legend; notes under each statement of the death toll; `row…`: row headers of the table. */
  sources:
    | 'legendSecurity'
    | 'first'
    | 'retracted'
    | 'prosecutor'
    | 'final'
    | 'rowKilled'
    | 'rowSecurity'
    | 'rowRetracted'
    | 'rowDeaths'
    | 'rowSecurityPart'
    | 'rowFinal';
}

/** Words of one chart. */
export interface ChartText<L extends string = string> {
  /** Heading of the figure. */
  title: string;
  /** One line under the title: what is drawn, in which unit; may hold figure tokens. */
  caption: string;
  /** Text alternative of the whole graphic for screen readers: states every number with its qualifier. */
  summary: string;
  labels: Record<L, string>;
}

/** The words of all charts of one language. */
export type ChartTexts = { [K in ChartId]: ChartText<ChartLabelKeys[K]> };

/** Words shared by all charts: table, toggle, downloads. */
export interface ChartUiText {
  showTable: string;
  hideTable: string;
  /** Label of the scrollable table region. */
  tableRegion: string;
  download: string;
  csv: string;
  json: string;
  /** Column headings of the data tables. */
  columns: {
    item: string;
    value: string;
    qualifier: string;
    source: string;
    date: string;
    event: string;
  };
  /** Written in the qualifier column for a figure without qualifier. */
  exact: string;
}
