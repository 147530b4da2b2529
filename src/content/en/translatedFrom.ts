/**
 * Fingerprints of the German texts this translation was made from, per section of the pack, per chapter and per chart.
 * When the German original changes, `tests/unit/translation.test.ts` fails for that part until the English
 * text has been brought up to date and its fingerprint renewed (the failure shows the new one). Key parity
 * alone would miss a German sentence that changed its meaning but kept its figure tokens.
 */
export const TRANSLATED_FROM: Readonly<Record<string, string>> = {
  meta: '65c4a698',
  ui: '437c3e69',
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
  'chapters.trigger': 'a8ed3ced',
  'chapters.protests': '747b98ce',
  'chapters.almaty': '38f815a8',
  'chapters.nazarbayev': '95ea359f',
  'chapters.crackdown': '42b670bd',
  'chapters.toll': '12186457',
  'chapters.borders': 'a808d44a',
  'chapters.csto': '167ff2b8',
  'chapters.reactions': 'bacf74f4',
  'chapters.sources': '08cc9335',
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
