/**
 * English words of the charts, a translation of `../de/charts.ts`. Numbers only as figure tokens (`{{id}}`)
 * or placeholders (`{value}`), never typed: they come from `figures.ts`. Dates of events come from
 * `src/content/timelines.ts`.
 */
import type { ChartTexts, ChartUiText } from '../chartText';

export const chartUi: ChartUiText = {
  showTable: 'Show figures as a table',
  hideTable: 'Hide table',
  tableRegion: 'Table, scrolls sideways',
  download: 'Download data',
  csv: 'CSV',
  json: 'JSON',
  columns: {
    item: 'Item',
    value: 'Figure',
    qualifier: 'Qualifier',
    source: 'Source',
    date: 'Date',
    event: 'Event',
  },
  exact: 'as reported',
};

export const charts: ChartTexts = {
  trigger: {
    title: 'LPG: the price doubled',
    caption: 'Price of a litre of liquefied petroleum gas (car fuel) in Mangystau Region, in tenge',
    summary:
      'Bar chart. Until {{asOf:lpgBefore}} a litre of LPG cost {{lpgBefore}} in Mangystau; from {{asOf:lpgAfter}} it cost {{lpgAfter}}, twice as much. Another source gives {{lpgBeforeAlt}} as the earlier price.',
    labels: {
      before: 'until {date}',
      after: 'from {date}',
      alternative: '{value} according to another source',
    },
  },
  protests: {
    title: 'Eight days in January',
    caption:
      'The main events of the first week of January 2022, by day and, where known, time of day (local time)',
    summary: 'Timeline of the first week of January 2022.',
    labels: {
      'event.priceRise': 'Price cap lifted: LPG costs {{lpgAfter}} instead of {{lpgBefore}}',
      'event.zhanaozen': 'morning: protests begin in Zhanaozen',
      'event.rallies': 'Rallies in several cities, including Aktobe, Shymkent and Nur-Sultan',
      'event.republicSquare': 'evening: protest on Republic Square in Almaty; police use tear gas',
      'event.emergencyFirst': 'night: state of emergency for Almaty (city) and Mangystau',
      'event.resignation': 'early morning: the government resigns',
      'event.securityCouncil': 'Tokayev takes over the Security Council chair from Nazarbayev',
      'event.emergencyAlmatyRegion': '12:30: state of emergency in Almaty Region',
      'event.emergencyNurSultan': '16:00: state of emergency in Nur-Sultan',
      'event.emergencyNationwide': 'evening: state of emergency nationwide',
      'event.cstoRequest': 'late evening: Tokayev asks the CSTO for help',
      'event.cstoArrival': 'morning: the first CSTO troops land',
      'event.shootToKill': 'Tokayev orders the forces to shoot without warning',
      'event.detentions': 'Interior Ministry: {{detainedMvd}} detained',
      legendPoint: 'Time known',
      legendSpan: 'Only time of day or date known',
      sources: 'APA/dpa, Jamestown Foundation, TASS, Interfax, AP, Interior Ministry',
    },
  },
  nazarbayev: {
    title: 'Three decades in power',
    caption: 'Nazarbayev’s offices since 1989 and Tokayev’s presidency, up to January 2022',
    summary: 'Timeline. Nursultan Nazarbayev was {{nazarbayevAge}} years old in January 2022.',
    labels: {
      'event.partyLeader': 'Nazarbayev becomes head of the Communist Party of the Soviet republic',
      'event.president': 'Nazarbayev becomes president of the Kazakh Soviet Socialist Republic',
      'event.independence': 'Kazakhstan becomes independent; Nazarbayev remains president',
      'event.resignation': 'Nazarbayev announces his resignation',
      'event.tokayevPresident': 'Tokayev becomes president; Nazarbayev remains head of the Security Council',
      'event.securityCouncil': 'Tokayev takes over as chairman of the Security Council',
      dated: '{date}: {event}',
      'span.partyLeader': 'Party leader',
      'span.president': 'President',
      'span.councilChair': 'Security Council chairman',
      'span.tokayevPresident': 'President',
      laneNazarbayev: 'Nazarbayev',
      laneTokayev: 'Tokayev',
      sources: 'Britannica, TASS, Sputnik, APA/dpa',
    },
  },
  crackdown: {
    title: 'Tokayev’s figure is a claim',
    caption:
      'Tokayev’s figure for the attackers in Almaty, next to the CSTO force that was announced. Tokayev has published no evidence for his figure.',
    summary:
      'Bar chart. On {{sourceDate:attackersClaim}} President Tokayev spoke of {{attackersClaim}} attackers in Almaty. That is his claim; no evidence for it was published. For comparison, the CSTO announced {{cstoTotal}} troops.',
    labels: {
      claimRow: 'Attackers in Almaty, according to Tokayev',
      claimNote: 'Tokayev’s claim; no evidence published',
      cstoRow: 'CSTO troops, announced',
    },
  },
  toll: {
    title: 'Dead and detained',
    caption: 'People killed and detained according to official figures and APA/dpa, as of {{asOf:killed}}',
    summary:
      'Unit chart, as of {{asOf:killed}}. In all, {{killed}} people were killed: the APA/dpa report calls them demonstrators, while the Interior Ministry spoke of “armed criminals”. In addition, according to the Interior Ministry, {{securityKilled}} police officers and members of the National Guard were killed. The APA/dpa report gives {{detained}} arrests; the Interior Ministry gave {{detainedMvd}} on {{sourceDate:detainedMvd}}.',
    labels: {
      killed: '{value} killed',
      killedReport: 'APA/dpa report: “demonstrators”',
      killedOfficial: 'Interior Ministry: “armed criminals”',
      securityKilled: '{value} security personnel killed',
      detained: 'Detentions',
      detainedReport: '{value} according to the report',
      detainedOfficial: '{value} according to the Interior Ministry',
      keyPerson: '1 dot = 1 person',
      keyGroup: '1 square = {n} people detained',
      rowKilled:
        'Killed: “demonstrators” in the report, “armed criminals” according to the Interior Ministry',
      rowSecurity: 'Security personnel killed',
    },
  },
  borders: {
    title: 'The longest border: with Russia',
    caption: 'Length of Kazakhstan’s land borders by neighbouring country, in kilometres',
    summary:
      'Bar chart. Kazakhstan’s land borders total {{borderTotal}}. The longest is the border with Russia at {{borderRussia}}, followed by Uzbekistan at {{borderUzbekistan}}, China at {{borderChina}}, Kyrgyzstan at {{borderKyrgyzstan}} and Turkmenistan at {{borderTurkmenistan}}.',
    labels: {
      total: 'Land borders in total: {value}',
      totalRow: 'Land borders in total',
    },
  },
  csto: {
    title: 'Who sent troops',
    caption:
      'Troops from CSTO states in Kazakhstan, as published; the dashed outline shows the total strength announced',
    summary:
      'Bar chart. The CSTO announced {{cstoTotal}} troops. Armenia sent {{cstoArmenia}} soldiers, and Kyrgyzstan’s parliament approved sending {{cstoKyrgyzstan}}. Tajikistan intended to send {{cstoTajikistan}} troops, according to a report. How many soldiers Russia and Belarus sent was not published.',
    labels: {
      total: 'CSTO total, announced: {value}',
      totalRow: 'CSTO total, announced',
      intended: '{country}, planned, as reported',
    },
  },
  reactions: {
    title: 'Germany halts arms exports',
    caption: 'Arms-export licences for Kazakhstan granted by Germany in {{asOfYear:armsLicences}}',
    summary:
      'In {{asOfYear:armsLicences}}, Germany granted {{armsLicences}} licences for arms exports to Kazakhstan, worth {{armsValue}} in total. The German Press Agency reported this on {{sourceDate:armsValue}}, when Germany halted the exports.',
    labels: {
      licences: '{value} licences in {year}',
      value: 'Total value',
      key: '1 square = 1 licence',
      rowLicences: 'Arms-export licences',
    },
  },
  sources: {
    title: 'How the official death toll grew',
    caption:
      'Official statements of the number of dead, each with its date and source. Human rights groups believe the true number is higher.',
    summary:
      'Bar chart. On {{sourceDate:killed}} the Interior Ministry reported {{killed}} “armed criminals” and {{securityKilled}} security personnel killed. On {{sourceDate:deaths9Jan}} the Health Ministry gave {{deaths9Jan}} dead; that figure was later withdrawn. On {{sourceDate:deaths15Jan}} the Prosecutor General’s Office spoke of {{deaths15Jan}} dead, among them {{securityKilled15Jan}} police officers and soldiers. The human rights commissioner gave the final figure on {{sourceDate:deathsFinal}}: {{deathsFinal}} dead, including people who died in custody.',
    labels: {
      legendSecurity: 'Security personnel killed',
      first: '“armed criminals” and security forces',
      retracted: 'withdrawn',
      prosecutor: 'of whom {{securityKilled15Jan}} police officers and soldiers',
      final: 'final, including deaths in custody',
      rowKilled: '“Armed criminals” killed',
      rowSecurity: 'Security personnel killed',
      rowRetracted: 'Dead (figure withdrawn)',
      rowDeaths: 'Dead',
      rowSecurityPart: 'of whom police officers and soldiers',
      rowFinal: 'Dead, final figure',
    },
  },
};
