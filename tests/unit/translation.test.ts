/**
 * Keeps every translated edition in step with the original (the first edition of the registry): every key
 * and every non-empty string of one pack exists in the other, every text has the same figure tokens and
 * placeholders in both (paragraph by paragraph), chapters have the same blocks in the same order, each part
 * was translated from the current original text (its fingerprint in `<lang>/translatedFrom.ts`), and no German
 * word or German name form leaks into a translation. Editions come from `src/content/editions.ts`: a new line
 * there brings its pack under every test here.
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, ORIGINAL } from '../../src/content/editions';
import type { LanguagePack } from '../../src/content/pack';
import { CHAPTER_IDS } from '../../src/content/structure';
import { fillFigures } from '../../src/content/format';

const packModules = import.meta.glob<Record<string, unknown>>('../../src/content/*/index.ts', {
  eager: true,
});
const fingerprintModules = import.meta.glob<{ TRANSLATED_FROM: Readonly<Record<string, string>> }>(
  '../../src/content/*/translatedFrom.ts',
  { eager: true },
);

function packOf(lang: string): LanguagePack {
  const pack = packModules[`../../src/content/${lang}/index.ts`]?.[lang];
  if (!pack) throw new Error(`src/content/${lang}/index.ts exports no pack named ${lang}`);
  return pack as LanguagePack;
}

/** Formatting settings, not words: each language has its own (`grammar` exists where Intl needs help). */
function words(pack: LanguagePack): Record<string, unknown> {
  return Object.fromEntries(Object.entries(pack).filter(([key]) => key !== 'grammar'));
}

const de = packOf(ORIGINAL.lang);
const german = words(de);
const TRANSLATIONS = EDITIONS.filter((e) => e !== ORIGINAL).map((e) => [e.lang, packOf(e.lang)] as const);

interface Leaf {
  path: string;
  value: unknown;
}

/** Every leaf of a nested value with its path: `ui.asOf`, `numberWords[12]`, `chapters.intro.blocks[0].text`. */
function leaves(value: unknown, path = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value }];
}

/**
 * Whether a quote is marked as translated depends on the language of the edition (Schallenberg's German
 * words are an original in German and a translation in English), so `translated` may differ.
 */
function comparable(leaf: Leaf): boolean {
  return !leaf.path.endsWith('.translated');
}

function paths(value: unknown, prefix: string): string[] {
  return leaves(value, prefix)
    .filter(comparable)
    .map((l) => l.path);
}

function stringsOf(value: unknown): string[] {
  return leaves(value).flatMap((l) => (typeof l.value === 'string' ? [l.value] : []));
}

/** The original's strings of a section with the translation's string at the same path (`undefined` if none). */
function stringPairs(
  english: Record<string, unknown>,
  section: string,
): [path: string, german: string, english: unknown][] {
  const enByPath = new Map(leaves(english[section], section).map((l) => [l.path, l.value]));
  return leaves(german[section], section).flatMap(({ path, value }) =>
    typeof value === 'string' ? [[path, value, enByPath.get(path)] as [string, string, unknown]] : [],
  );
}

/**
 * The placeholders of a text as written, sorted, as a multiset to compare: figure tokens (`{{killed}}`,
 * `{{killed:num}}`, `{{asOf:killed}}` in charts) and the single-brace ones a chart fills (`{value}`, `{date}`).
 */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{[^{}]+\}\}|\{[A-Za-z]+\}/g)].map((m) => m[0]).sort();
}

describe.each(TRANSLATIONS)('translation: the %s pack has every key of the original', (lang, en) => {
  const english = words(en);
  const sections = [...new Set([...Object.keys(german), ...Object.keys(english)])];

  it('covers the same top-level sections, chart words included', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(german).sort());
  });

  it.each(sections)(
    'section %s has the same keys, entries and array lengths in both languages',
    (section) => {
      const dePaths = paths(german[section], section);
      const enPaths = paths(english[section], section);
      expect(
        enPaths.filter((p) => !dePaths.includes(p)),
        `only in ${lang}`,
      ).toEqual([]);
      expect(
        dePaths.filter((p) => !enPaths.includes(p)),
        'only in the original',
      ).toEqual([]);
    },
  );

  it.each(sections)('section %s leaves no text empty in one language that the other fills', (section) => {
    for (const [path, germanText, englishText] of stringPairs(english, section)) {
      expect(typeof englishText, path).toBe('string');
      expect(String(englishText).trim() === '', path).toBe(germanText.trim() === '');
    }
  });

  it.each(sections)('section %s has the same figure tokens and placeholders in every text', (section) => {
    for (const [path, germanText, englishText] of stringPairs(english, section))
      expect(placeholders(String(englishText ?? '')), path).toEqual(placeholders(germanText));
  });

  it('lists every interface string of the original (ui has an index signature)', () => {
    expect(Object.keys(en.ui).sort()).toEqual(Object.keys(de.ui).sort());
  });

  it('has a number word for every number the original spells out', () => {
    expect(en.numberWords).toHaveLength(de.numberWords.length);
  });

  it('spells out and compacts numbers for the same units as the original', () => {
    for (const [unit, format] of Object.entries(de.units)) {
      const english = en.units[unit as keyof typeof en.units];
      expect(Boolean(english.spellOut), unit).toBe(Boolean(format.spellOut));
      expect(Boolean(english.compact), unit).toBe(Boolean(format.compact));
      expect(english.template, unit).toContain('{n}');
    }
  });

  it('has the chapters in the same order', () => {
    expect(Object.keys(en.chapters)).toEqual([...CHAPTER_IDS]);
    expect(Object.keys(en.chapters)).toEqual(Object.keys(de.chapters));
  });

  it.each(CHAPTER_IDS)('chapter %s has the same blocks, in the same order and of the same types', (id) => {
    expect(en.chapters[id].blocks.map((b) => b.type)).toEqual(de.chapters[id].blocks.map((b) => b.type));
  });

  it.each(CHAPTER_IDS)(
    'chapter %s quotes the same people on the same days, and marks originals of another language as translated',
    (id) => {
      const original = de.chapters[id].blocks;
      en.chapters[id].blocks.forEach((block, i) => {
        const german = original[i];
        if (block.type !== 'quote' || german?.type !== 'quote') return;
        expect(block.quote.when, `${id}, block ${i}`).toBe(german.quote.when);
        // A quote the original gives untranslated was said in German: in every other language it is a translation.
        if (!german.quote.translated) expect(block.quote.translated, `${id}, block ${i}`).toBe(true);
      });
    },
  );
});

it('compares placeholders as a multiset, whatever their order', () => {
  expect(placeholders('von {{lpgBefore:num}} auf {{lpgAfter}}, {value}')).toEqual(
    placeholders('{value}: {{lpgAfter}} instead of {{lpgBefore:num}}'),
  );
  expect(placeholders('{{killed}} und {{killed:num}}')).not.toEqual(
    placeholders('{{killed}} and {{killed}}'),
  );
});

/** FNV-1a (32 bit) of the JSON text: enough to notice that an original changed, no crypto needed. */
function fingerprint(value: unknown): string {
  let hash = 0x811c9dc5;
  for (const ch of JSON.stringify(value)) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The translated parts of the German original: sections with words, and each chapter and chart on its own. */
function originalParts(): [string, unknown][] {
  const parts: [string, unknown][] = [];
  for (const [key, value] of Object.entries(german)) {
    if (value === null || typeof value !== 'object') continue; // lang and locales are settings, not text
    if (key === 'chapters' || key === 'charts')
      for (const [id, text] of Object.entries(value)) parts.push([`${key}.${id}`, text]);
    else parts.push([key, value]);
  }
  return parts;
}

describe.each(TRANSLATIONS)('translation: the %s text follows the current original', (lang) => {
  const parts = originalParts();
  const translatedFrom = fingerprintModules[`../../src/content/${lang}/translatedFrom.ts`]?.TRANSLATED_FROM;

  it('has a translatedFrom.ts that records a fingerprint for exactly the parts of the original', () => {
    expect(translatedFrom, `src/content/${lang}/translatedFrom.ts`).toBeDefined();
    expect(Object.keys(translatedFrom ?? {}).sort()).toEqual(parts.map(([key]) => key).sort());
  });

  it.each(parts)('%s has not changed in the original since it was translated', (key, value) => {
    expect(fingerprint(value), `original ${key} changed: update ${lang}, then its TRANSLATED_FROM`).toBe(
      translatedFrom?.[key],
    );
  });
});

it('notices a changed original', () => {
  const intro = de.chapters.intro;
  expect(fingerprint({ ...intro, title: `${intro.title}!` })).not.toBe(fingerprint(intro));
});

/**
 * German function words and the German forms of names that must not appear in English: a leak of
 * untranslated text. Whole words only, case-insensitive; none of them is also an English word we use
 * ("die" and "am" are, so the English text avoids them).
 */
const GERMAN_WORDS = [
  'der',
  'die',
  'das',
  'und',
  'oder',
  'nicht',
  'mit',
  'von',
  'für',
  'auf',
  'ist',
  'sind',
  'wurde',
  'wurden',
  'eine',
  'einer',
  'eines',
  'dem',
  'den',
  'des',
  'im',
  'am',
  'zum',
  'zur',
  'über',
  'nach',
  'bei',
  'seit',
  'auch',
  'noch',
  'Jänner',
  'Januar',
];

/** German exonyms of story.md whose forms differ in every other edition. */
const GERMAN_NAMES = [
  'Kasachstan',
  'Tokajew',
  'Nasarbajew',
  'Lukaschenko',
  'Schangaösen',
  'OVKS',
  'Moskau',
  'Jerewan',
  'Bischkek',
  'Duschanbe',
  'Wien',
  'Brüssel',
  'Aktöbe',
  'Schymkent',
];

/** A whole word: no letter or digit on either side (`\b` knows only ASCII and would miss "für"). */
function wholeWords(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

it('finds a German word in a test sentence, but not inside other words', () => {
  const german = wholeWords(GERMAN_WORDS);
  expect(german.test('Proteste für niedrigere Preise')).toBe(true);
  expect(german.test('Der Präsident')).toBe(true);
  expect(german.test('The diesel price died down, Dember said in Amsterdam')).toBe(false);
  expect(german.test('Протесты в Жанаозене, Алматы')).toBe(false);
});

describe.each(TRANSLATIONS)('translation: no German leaks into the %s edition', (_lang, en) => {
  const englishStrings = [
    ...stringsOf(words(en)),
    // Paragraphs as the reader sees them, with qualifiers and units filled in.
    ...CHAPTER_IDS.flatMap((id) =>
      en.chapters[id].blocks.flatMap((b) => (b.type === 'p' ? [fillFigures(b.text, en)] : [])),
    ),
  ];

  it('uses no German function word anywhere in the pack', () => {
    const german = wholeWords(GERMAN_WORDS);
    expect(englishStrings.filter((s) => german.test(s))).toEqual([]);
  });

  it('uses its own forms of names, never the German ones', () => {
    const names = wholeWords(GERMAN_NAMES);
    expect(englishStrings.filter((s) => names.test(s))).toEqual([]);
  });
});
