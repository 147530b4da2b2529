/**
 * Fingerprints of the German texts the Kazakh translation was made from, per section of the pack, per chapter and per chart.
 * When the German original changes, `tests/unit/translation.test.ts` fails for that part until the Kazakh
 * text has been brought up to date and its fingerprint renewed (the failure shows the new one). Key parity
 * alone would miss a German sentence that changed its meaning but kept its figure tokens.
 */
export const TRANSLATED_FROM: Readonly<Record<string, string>> = {
  meta: '65c4a698',
  ui: '153ac641',
  qualifiers: 'ae9c3044',
  qualifiersShort: 'e6399c44',
  units: '43dbdc0b',
  numberWords: 'dfb0d919',
  sources: 'c49f667b',
  places: 'ef9d7500',
  regions: '8713aeaa',
  countries: 'b73992a0',
  emergencyPhases: '7a1cbfb3',
  'chapters.intro': 'd2bb0376',
  'chapters.trigger': '9adebcec',
  'chapters.protests': '8b92f22e',
  'chapters.almaty': 'e1e1cad3',
  'chapters.nazarbayev': '7e7d1dae',
  'chapters.crackdown': '733aeaf5',
  'chapters.toll': '53aa9b6b',
  'chapters.borders': '13325050',
  'chapters.csto': '1f17449a',
  'chapters.reactions': '48a20e97',
  'chapters.sources': '447668ae',
  chartUi: '0314ca02',
  'charts.trigger': '3d127eb0',
  'charts.protests': '6fbca937',
  'charts.nazarbayev': '2f9bb347',
  'charts.crackdown': 'd76517f6',
  'charts.toll': 'cae959e2',
  'charts.borders': '213fbff4',
  'charts.csto': 'b707cafe',
  'charts.reactions': 'cd0ad131',
  'charts.sources': '233065fb',
  footer: 'e276c39b',
};
