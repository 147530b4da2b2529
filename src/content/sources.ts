/**
 * Sources the explainer cites, language-neutral: the original outlet, a URL where the text can be read
 * (a repost is named as such in the language packs), and the publication date. Labels per language live in
 * the language packs (`sources` field). Numbers in brackets refer to `facts.md` (S1 … S161).
 */
import type { IsoDate } from './types';

export interface Source {
  url: string;
  date: IsoDate | null;
}

export const SOURCES = {
  /** APA/dpa report of 8 January 2022, the base of the explainer. */
  apaDpa: { url: 'https://www.apa.at/', date: '2022-01-08' },
  /**
   * Jamestown Foundation, Eurasia Daily Monitor (Serik Rymbetov), "Social Unrest in Kazakhstan Turns Violent,
   * Ends Nazarbayev Era", in the repost facts.md lists (S1). Its publication date is not established.
   */
  jamestown: {
    url: 'https://theglobaleye.it/social-unrest-in-kazakhstan-turns-violent-ends-nazarbayev-era-serik-rymbetov-the-jamestown-foundation',
    date: null,
  },
  /** RFE/RL as cited by IDN Times (S7): "about 50 tenge" in 2021. Date not established. */
  rferlLpg: {
    url: 'https://www.idntimes.com/news/world/harga-bbm-naik-3-kali-lipat-warga-kazakhstan-desak-pemerintah-mundur-c1c2-01-3fz8h-68frb5/amp',
    date: null,
  },
  /** Tokayev's televised address of 7 January 2022 (AFP via A News, S60; EFE, S59). */
  tokayevAddress: {
    url: 'https://www.anews.com.tr/world/2022/01/07/kazakhstans-tokayev-orders-forces-to-open-fire-without-warning',
    date: '2022-01-07',
  },
  /** Interior Ministry via state channel Khabar 24, 7 January 2022 (S62, S63). */
  mvdKhabar: {
    url: 'https://de.azvision.az/news/103713/%C3%BCber-25-teilnehmer-von-massenprotesten-get%C3%B6tet,-3.000-weitere-in-kasachstan-festgenommen.html',
    date: '2022-01-07',
  },
  /** Interior Ministry, 8 January 2022, via TASS (S68). */
  mvd8Jan: { url: 'https://tass.com/world/1384977', date: '2022-01-08' },
  /** Portal Vlast.kz, cited second-hand: only the APA/dpa report quotes it, so the report is the link. */
  vlast: { url: 'https://www.apa.at/', date: '2022-01-08' },
  /** CSTO Secretary-General Stanislav Zas, 6 January 2022, via Sputnik (S38). */
  cstoZas: {
    url: 'https://sputniknews.com/20220106/csto-to-dispatch-2500-peacekeepers-to-kazakhstan-number-can-be-increased-secretary-general-says-1092073012.html',
    date: '2022-01-06',
  },
  /** Armenian Ministry of Defence, 7 January 2022 (S42, S43). */
  armeniaMod: {
    url: 'https://massispost.com/2022/01/armenia-deploys-100-peacekeepers-to-kazakhstan/',
    date: '2022-01-07',
  },
  /** Kyrgyz parliament and President Japarov's decree, 7 January 2022 (S44). */
  kyrgyzParliament: {
    url: 'https://en.armradio.am/2022/01/07/kyrgyzstan-to-send-150-peacekeepers-to-kazakhstan-as-part-of-csto-mission/',
    date: '2022-01-07',
  },
  /** RIA Novosti source as reported by Asia-Plus, 6 January 2022 (S45). */
  tajikRia: {
    url: 'https://asiaplus.news/en/news/tajikistan/security/20220106/tajikistan-reportedly-intends-to-send-about-200-peacekeepers-to-kazakhstan',
    date: '2022-01-06',
  },
  /** Interfax: the Russian headcount was never officially given (S41). */
  interfaxCsto: {
    url: 'https://vpk.name/en/570850_csto-peacekeepers-were-transferred-to-kazakhstan-by-more-than-100-flights-secretary-general.html',
    date: '2022-01-10',
  },
  /** Belarusian Ministry of Defence via Belsat, 6 January 2022 (S46): a company, no headcount. */
  belarusMod: {
    url: 'https://belsat.eu/en/news/06-01-2022-belarus-defense-ministry-reports-about-military-personnel-sent-to-kazakhstan/',
    date: '2022-01-06',
  },
  /** CIA World Factbook, Kazakhstan, land boundaries (S92). */
  factbook: { url: 'https://www.cia.gov/the-world-factbook/countries/kazakhstan/', date: null },
  /** dpa on German arms exports, t-online, 8 January 2022 04:39 (S66). */
  dpaArms: {
    url: 'https://www.t-online.de/nachrichten/deutschland/id_91444194/deutschland-verbietet-ruestungsexport-nach-kasachstan.html',
    date: '2022-01-08',
  },
  /** Health Ministry / government channel, 9 January 2022, later retracted: RFE/RL of 9 January (S71). */
  healthMinistry: {
    url: 'https://www.rferl.org/a/chief-kazakh-intelligence-masimov-detained/31644822.html',
    date: '2022-01-09',
  },
  /** Prosecutor General's Office (Serik Shalabayev), 15 January 2022, via AP (S75). */
  prosecutor15Jan: {
    url: 'https://click2houston.com/news/world/2022/01/15/kazakhstan-raises-death-toll-to-225-in-days-of-protests',
    date: '2022-01-15',
  },
  /** Ombudswoman Elvira Azimova, 14 March 2022, via RFE/RL (S78); confirmed by the Prosecutor General 5 Jan 2023 (S80). */
  ombudsman: {
    url: 'https://www.rferl.org/a/kazakhstan-contradictory-death-tolls-unrest/31752499.html',
    date: '2022-03-14',
  },
  /** Interior Ministry, 11 January 2022 (S74). */
  mvd11Jan: { url: 'https://izvestia.kiev.ua/item/show/141534', date: '2022-01-11' },
  /** Tokayev at the CSTO video summit, 10 January 2022, Kremlin transcript (S39). */
  kremlinSummit: {
    url: 'https://www.rbc.ua/rus/news/nazvano-ofitsialnoe-chislo-mirotvortsev-odkb-1641824977.html',
    date: '2022-01-10',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
