/**
 * House style of the Russian and Kazakh editions: the qualifiers, dates and numbers exactly as each language
 * writes them (with what ICU gets wrong for Kazakh corrected), names in each language's own form, claims kept
 * as claims, country names from CLDR, and no words of the other language or of German syntax.
 */
import { describe, expect, it } from 'vitest';
import { fillChartText } from '../../src/charts/fillChartText';
import { FIGURES } from '../../src/content/figures';
import { caseEnding, lastNumberWord } from '../../src/content/kk/grammar';
import { kk } from '../../src/content/kk';
import type { LanguagePack } from '../../src/content/pack';
import { ru } from '../../src/content/ru';
import { CHAPTER_IDS } from '../../src/content/structure';
import { fillFigures, formatDate, formatFigure, formatNumber } from '../../src/content/format';
import { narrative } from './chapterText';

/** Whitespace as the reader sees it: no-break spaces as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Every word of an edition a reader meets in the story, figures filled in. */
function storyText(pack: LanguagePack): string {
  return CHAPTER_IDS.flatMap((id) => narrative(pack.chapters[id], pack)).join('\n');
}

interface Style {
  pack: LanguagePack;
  qualifiers: Record<
    'securityKilledReport' | 'detained' | 'attackersClaim' | 'cstoTotal' | 'cstoRussia',
    string
  >;
  date: string;
  names: string[];
  /** The other language's forms of the same names. */
  notNames: string[];
  claim: RegExp;
  /** Whole words of the other language that must not appear. */
  foreignWords: string[];
}

const STYLES: [string, Style][] = [
  [
    'ru',
    {
      pack: ru,
      qualifiers: {
        securityKilledReport: 'не менее 18',
        detained: 'более 4000',
        attackersClaim: 'до 20 000',
        cstoTotal: 'около 2500',
        cstoRussia: 'не опубликовано',
      },
      date: '8 января 2022 г.',
      names: ['Токаев', 'Назарбаев', 'Нур-Султан', 'Алматы', 'ОДКБ', 'Жанаозен'],
      notNames: ['Тоқаев', 'Нұр-Сұлтан', 'ҰҚШҰ', 'Жаңаөзен', 'Tokayev'],
      claim: /По словам Токаева, [^.]*\{\{attackersClaim\}\}/,
      foreignWords: ['және', 'мен', 'деп', 'бойынша', 'жылғы'],
    },
  ],
  [
    'kk',
    {
      pack: kk,
      qualifiers: {
        securityKilledReport: 'кемінде 18',
        detained: '4000-нан астам',
        attackersClaim: '20 000-ға дейін',
        cstoTotal: 'шамамен 2500',
        cstoRussia: 'жарияланбаған',
      },
      date: '2022 жылғы 8 қаңтар',
      names: ['Тоқаев', 'Назарбаев', 'Нұр-Сұлтан', 'Алматы', 'ҰҚШҰ', 'Жаңаөзен'],
      notNames: ['Токаев', 'Нур-Султан', 'ОДКБ', 'Жанаозен', 'Tokayev'],
      claim: /Тоқаевтың айтуынша, [^.]*\{\{attackersClaim\}\}/,
      foreignWords: ['и', 'в', 'на', 'что', 'это', 'был', 'была', 'были', 'года', 'для', 'из', 'как', 'или'],
    },
  ],
];

function wholeWord(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}-])${word}(?![\\p{L}\\p{N}-])`, 'iu');
}

describe.each(STYLES)('%s house style', (_lang, style) => {
  const { pack } = style;

  it('keeps every qualifier exactly', () => {
    for (const [id, text] of Object.entries(style.qualifiers))
      expect(plain(formatFigure(FIGURES[id as keyof Style['qualifiers']], pack)), id).toBe(text);
  });

  it('writes dates through Intl as the language does', () => {
    expect(formatDate('2022-01-08', pack)).toBe(style.date);
  });

  it('groups numbers from five digits on, never four', () => {
    expect(formatNumber(4404, pack)).toBe('4404');
    expect(plain(formatNumber(20000, pack))).toBe('20 000');
  });

  it('writes the names in its own form, never in the other language’s', () => {
    const text = `${storyText(pack)}\n${Object.values(pack.places).join('\n')}`;
    for (const name of style.names) expect(text, name).toContain(name);
    for (const name of style.notNames) expect(text, name).not.toContain(name);
  });

  it('presents the figure of 20 000 attackers as Tokayev’s claim', () => {
    const text = pack.chapters.crackdown.blocks.flatMap((b) => (b.type === 'p' ? [b.text] : [])).join(' ');
    expect(text).toMatch(style.claim);
    expect(pack.charts.crackdown.labels.claimNote).toMatch(/утверждение|мәлімдеме/i);
  });

  it('says that Tajikistan only intended to send its soldiers', () => {
    const csto = pack.chapters.csto.blocks.flatMap((b) => (b.type === 'p' ? [b.text] : [])).join(' ');
    expect(csto).toMatch(
      /намеревался направить \{\{cstoTajikistan\}\}|\{\{cstoTajikistan\}\} әскери қызметші жіберуге ниетті/,
    );
  });

  it('names countries as CLDR does (Intl.DisplayNames)', () => {
    const alpha2: Record<string, string> = {
      '398': 'KZ',
      '643': 'RU',
      '156': 'CN',
      '860': 'UZ',
      '417': 'KG',
      '795': 'TM',
      '762': 'TJ',
      '496': 'MN',
      '004': 'AF',
      '364': 'IR',
      '031': 'AZ',
      '051': 'AM',
      '268': 'GE',
      '792': 'TR',
      '804': 'UA',
      '112': 'BY',
      '276': 'DE',
      '040': 'AT',
    };
    const names = new Intl.DisplayNames(pack.lang, { type: 'region' });
    for (const [numeric, label] of Object.entries(pack.countries))
      expect(label, numeric).toBe(names.of(alpha2[numeric] ?? ''));
  });

  it('uses no word of the other language', () => {
    const text = storyText(pack);
    for (const word of style.foreignWords) expect(text, word).not.toMatch(wholeWord(word));
  });
});

describe('Kazakh: what Intl gets wrong, and case endings after numbers', () => {
  it('replaces ICU’s abbreviated long date ("2022 ж. 8 қаңтар") with the written form', () => {
    const icu = new Intl.DateTimeFormat('kk-KZ', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date('2022-01-08T00:00:00Z'));
    expect(icu).not.toBe('2022 жылғы 8 қаңтар');
    expect(formatDate('2022-01-08', kk)).toBe('2022 жылғы 8 қаңтар');
    expect(formatDate('2022-03-14', kk)).toBe('2022 жылғы 14 наурыз');
    expect(formatDate('2022-01-05', kk, 'dayMonth')).toBe('5 қаңтар');
  });

  it('reads the last word of a number as it is spoken', () => {
    expect([4000, 20000, 2500, 18, 60, 40, 1_000_000].map(lastNumberWord)).toEqual([
      'мың',
      'мың',
      'жүз',
      'сегіз',
      'алпыс',
      'қырық',
      'миллион',
    ]);
  });

  it('chooses the ending by the final sound and vowel harmony', () => {
    const cases: [string, string, string][] = [
      ['4000', 'abl', '-нан'],
      ['20\u00a0000', 'dat', '-ға'],
      ['18', 'abl', '-ден'],
      ['60', 'abl', '-тан'],
      ['2500', 'dat', '-ге'],
      ['3', 'dat', '-ке'],
      ['40', 'dat', '-қа'],
      ['7644 км', 'abl', '-ден'],
      ['120 теңге', 'dat', 'ге'],
      ['2,2 млн еуро', 'dat', 'ға'],
      ['10', 'loc', '-да'],
    ];
    for (const [written, grammaticalCase, ending] of cases)
      expect(caseEnding(written, grammaticalCase), `${written} ${grammaticalCase}`).toBe(ending);
  });

  it('puts the right case ending after the dates its chart labels inflect', () => {
    const before = fillChartText(kk.charts.trigger.labels.before, kk, {
      date: formatDate(FIGURES.lpgBefore.asOf, kk),
    });
    const after = fillChartText(kk.charts.trigger.labels.after, kk, {
      date: formatDate(FIGURES.lpgAfter.asOf, kk),
    });
    expect(before).toBe('2021 жылғы 31 желтоқсанға дейін');
    expect(after).toBe('2022 жылғы 1 қаңтардан бастап');
    expect(fillChartText(kk.charts.toll.caption, kk)).toContain('2022 жылғы 8 қаңтардағы жағдай');
    expect(fillChartText(kk.charts.trigger.summary, kk)).toContain('31 желтоқсанға дейін');
    expect(fillFigures('{{lpgBefore:num}} теңгеден {{lpgAfter}}ге дейін', kk)).toBe(
      '60 теңгеден 120 теңгеге дейін',
    );
  });
});
