/**
 * Fingerprints of the German texts this translation was made from, per section of the pack, per chapter and per chart.
 * When the German original changes, `tests/unit/translation.test.ts` fails for that part until the English
 * text has been brought up to date and its fingerprint renewed (the failure shows the new one). Key parity
 * alone would miss a German sentence that changed its meaning but kept its figure tokens.
 */
export const TRANSLATED_FROM: Readonly<Record<string, string>> = {
  meta: '65c4a698',
  ui: '7c5e07a4',
  qualifiers: 'ae9c3044',
  qualifiersShort: 'e6399c44',
  units: '3045ac15',
  numberWords: 'dfb0d919',
  sources: '54b5284f',
  places: 'ef9d7500',
  regions: '8713aeaa',
  countries: 'b73992a0',
  emergencyPhases: '7a1cbfb3',
  'chapters.intro': 'ad184f20',
  'chapters.trigger': '91b5f85c',
  'chapters.protests': '83a479ba',
  'chapters.almaty': '464e5a66',
  'chapters.nazarbayev': '02e57283',
  'chapters.crackdown': '199c8f2a',
  'chapters.toll': '806a7c80',
  'chapters.borders': 'b5ab100d',
  'chapters.csto': '35403568',
  'chapters.reactions': 'fdca7f5d',
  'chapters.sources': 'b92dfc52',
  chartUi: '0314ca02',
  'charts.trigger': '3d127eb0',
  'charts.protests': '6eec96a3',
  'charts.nazarbayev': '3d9f5451',
  'charts.crackdown': 'd76517f6',
  'charts.toll': '6c403c66',
  'charts.borders': '213fbff4',
  'charts.csto': '61a9a338',
  'charts.reactions': 'eeceaa66',
  'charts.sources': 'fda7d4ea',
};
