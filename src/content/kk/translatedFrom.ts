/**
 * Fingerprints of the German texts the Kazakh translation was made from, per section of the pack, per chapter and per chart.
 * When the German original changes, `tests/unit/translation.test.ts` fails for that part until the Kazakh
 * text has been brought up to date and its fingerprint renewed (the failure shows the new one). Key parity
 * alone would miss a German sentence that changed its meaning but kept its figure tokens.
 */
export const TRANSLATED_FROM: Readonly<Record<string, string>> = {
  meta: '65c4a698',
  ui: 'cc3a942f',
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
  'chapters.trigger': 'ad6ab8d4',
  'chapters.protests': '1a2b0e9d',
  'chapters.almaty': 'ab94dc10',
  'chapters.nazarbayev': '899e394f',
  'chapters.crackdown': '02af35aa',
  'chapters.toll': '9e6cb753',
  'chapters.borders': 'eff17067',
  'chapters.csto': '7dd37d5a',
  'chapters.reactions': '188db66c',
  'chapters.sources': 'faa9acc5',
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
};
