/**
 * Dates of the two timelines, language-neutral (facts.md §1a and §5). Words are in the language modules
 * (`labels['event.<key>']`).
 *
 * Times are local wall-clock times in Kazakhstan, written without a zone and handled as UTC so that no
 * reader's time zone can shift them. Almaty and Nur-Sultan were on UTC+6, Mangystau on UTC+5; at the scale
 * of a day that difference does not show. An event is an interval: a point where the time is known, a part of
 * the day where only "morning" or "evening" is known, the whole day where only the date is known. The chart
 * draws the interval as it is known, so no event looks more precise than its sources.
 */
import type { FigureId } from './figures';
import type { PowerEventKey, PowerSpanKey, ProtestEventKey } from './chartText';
import type { IsoDate } from './types';

/** Local date-time `YYYY-MM-DDTHH:mm`. */
export type LocalDateTime = string;

export interface TimelineEvent<K extends string> {
  key: K;
  /** Start of the interval in which the event happened. */
  from: LocalDateTime;
  /** End of the interval (exclusive); equal to `from` where the time is known. */
  to: LocalDateTime;
  /** A figure the event's label states. */
  figure?: FigureId;
}

/** The week of the protest timeline: 1 January 00:00 to 9 January 00:00. */
export const PROTEST_WEEK: { from: LocalDateTime; to: LocalDateTime } = {
  from: '2022-01-01T00:00',
  to: '2022-01-09T00:00',
};

export const PROTEST_EVENTS: readonly TimelineEvent<ProtestEventKey>[] = [
  // The cap ended with the new year; the whole day.
  { key: 'priceRise', from: '2022-01-01T00:00', to: '2022-01-02T00:00', figure: 'lpgAfter' },
  { key: 'zhanaozen', from: '2022-01-02T06:00', to: '2022-01-02T12:00' },
  { key: 'rallies', from: '2022-01-04T00:00', to: '2022-01-05T00:00' },
  { key: 'republicSquare', from: '2022-01-04T18:00', to: '2022-01-05T00:00' },
  // Decree "Tuesday" (Sputnik) or "early Wednesday" (Interfax); Mangystau in force from 01:30 on 5 Jan.
  { key: 'emergencyFirst', from: '2022-01-04T22:00', to: '2022-01-05T02:00' },
  { key: 'resignation', from: '2022-01-05T00:00', to: '2022-01-05T06:00' },
  // Announced in Tokayev's second address that day; the hour is not in the sources.
  { key: 'securityCouncil', from: '2022-01-05T00:00', to: '2022-01-06T00:00' },
  { key: 'emergencyAlmatyRegion', from: '2022-01-05T12:30', to: '2022-01-05T12:30' },
  { key: 'emergencyNurSultan', from: '2022-01-05T16:00', to: '2022-01-05T16:00' },
  { key: 'emergencyNationwide', from: '2022-01-05T18:00', to: '2022-01-06T00:00' },
  // "Late Wednesday" (AP); the exact hour is unverified.
  { key: 'cstoRequest', from: '2022-01-05T18:00', to: '2022-01-06T00:00' },
  { key: 'cstoArrival', from: '2022-01-06T06:00', to: '2022-01-06T12:00' },
  { key: 'shootToKill', from: '2022-01-07T00:00', to: '2022-01-08T00:00' },
  { key: 'detentions', from: '2022-01-08T00:00', to: '2022-01-09T00:00', figure: 'detainedMvd' },
];

/** The span of the power timeline. */
export const POWER_YEARS: { from: LocalDateTime; to: LocalDateTime } = {
  from: '1989-01-01T00:00',
  to: '2022-07-01T00:00',
};

/** Whose office a span is. */
export type PowerLane = 'nazarbayev' | 'tokayev';

export interface PowerSpan {
  key: PowerSpanKey;
  lane: PowerLane;
  from: IsoDate;
  /** End of the office, or the report's date where it went on. */
  to: IsoDate;
  /** True where the office went on beyond the report's date: drawn open-ended. */
  ongoing?: boolean;
}

export const POWER_SPANS: readonly PowerSpan[] = [
  { key: 'partyLeader', lane: 'nazarbayev', from: '1989-06-22', to: '1990-04-24' },
  { key: 'president', lane: 'nazarbayev', from: '1990-04-24', to: '2019-03-20' },
  // Lifetime chairman of the Security Council (granted 2018) until Tokayev took the post on 5 Jan 2022.
  { key: 'councilChair', lane: 'nazarbayev', from: '2019-03-20', to: '2022-01-05' },
  { key: 'tokayevPresident', lane: 'tokayev', from: '2019-03-20', to: '2022-01-08', ongoing: true },
];

export const POWER_EVENTS: readonly TimelineEvent<PowerEventKey>[] = [
  { key: 'partyLeader', from: '1989-06-22T00:00', to: '1989-06-22T00:00' },
  { key: 'president', from: '1990-04-24T00:00', to: '1990-04-24T00:00' },
  { key: 'independence', from: '1991-12-16T00:00', to: '1991-12-16T00:00' },
  { key: 'resignation', from: '2019-03-19T00:00', to: '2019-03-19T00:00' },
  { key: 'tokayevPresident', from: '2019-03-20T00:00', to: '2019-03-20T00:00' },
  { key: 'securityCouncil', from: '2022-01-05T00:00', to: '2022-01-05T00:00' },
];

/** A local date-time as a `Date` on the UTC clock (see the module comment). */
export function localTime(value: LocalDateTime | IsoDate): Date {
  return new Date(`${value.length === 10 ? `${value}T00:00` : value}:00Z`);
}

/** The calendar day of a local date-time. */
export function dayOf(value: LocalDateTime): IsoDate {
  return value.slice(0, 10);
}

/** The last calendar day an interval touches (its end is exclusive). */
export function lastDayOf(event: Pick<TimelineEvent<string>, 'from' | 'to'>): IsoDate {
  if (event.to === event.from) return dayOf(event.from);
  const end = new Date(localTime(event.to).getTime() - 60_000);
  return end.toISOString().slice(0, 10);
}
