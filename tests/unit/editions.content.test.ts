/**
 * Every translated edition of the registry on its own, by the language-independent rules `content.test.ts`
 * checks for the German original: valid figure tokens and chart placeholders, no typed numbers, attributed
 * quotes, map descriptions that name what the map shows, every qualifier, source and download present.
 * A new line in `src/content/editions.ts` brings its pack under every test here.
 */
import { describe, expect, it } from 'vitest';
import { figuresCsv, figureRecords } from '../../scripts/figuresData';
import { fillChartText } from '../../src/charts/fillChartText';
import { dataFileName } from '../../src/charts/dataLinks';
import { EDITIONS, ORIGINAL } from '../../src/content/editions';
import { FIGURE_IDS, FIGURES } from '../../src/content/figures';
import type { LanguagePack } from '../../src/content/pack';
import { SOURCES, type SourceId } from '../../src/content/sources';
import { CHAPTER_IDS, structureOf } from '../../src/content/structure';
import { fillFigures, formatDate, formatFigure } from '../../src/content/format';
import { loadAllPacks } from '../../src/page/editions';
import { paragraphs, quotes } from './chapterText';

const packs = await loadAllPacks();
const TRANSLATIONS = packs.filter((p) => p.lang !== ORIGINAL.lang).map((p) => [p.lang, p] as const);

/** Proper names with digits that the digit rule must let through. */
const NAMES_WITH_DIGITS = ['Khabar 24', 'Хабар 24'];

/** The month names of a locale as its dates write them ("января", "қаңтар", "January"). */
function monthNames(pack: LanguagePack): string[] {
  const names = new Set<string>();
  for (let m = 0; m < 12; m++) {
    const date = new Date(Date.UTC(2022, m, 8));
    for (const options of [{ day: 'numeric', month: 'long' }, { month: 'long' }] as const) {
      const part = new Intl.DateTimeFormat(pack.dateLocale, { ...options, timeZone: 'UTC' })
        .formatToParts(date)
        .find((p) => p.type === 'month');
      if (part) names.add(part.value.toLowerCase());
    }
  }
  return [...names];
}

/** Strip what may contain digits: tokens, names, clock times, years, day numbers before a month name. */
function withoutAllowedDigits(text: string, pack: LanguagePack): string {
  let rest = text.replace(/\{\{[^}]*\}\}/g, ' ');
  for (const name of NAMES_WITH_DIGITS) rest = rest.split(name).join(' ');
  const months = monthNames(pack).join('|');
  return rest
    .replace(/(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/g, ' ')
    .replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/g, ' ')
    .replace(new RegExp(`(?<!\\d)\\d{1,2}(?=(?:[–-]\\d{1,2})?\\s(?:${months}))`, 'giu'), ' ');
}

describe.each(TRANSLATIONS)('the %s edition', (lang, pack) => {
  const chapters = CHAPTER_IDS.map((id) => [id, pack.chapters[id]] as const);

  it('has every chapter, each with kicker, title, text and map description', () => {
    expect(Object.keys(pack.chapters)).toEqual([...CHAPTER_IDS]);
    for (const [id, c] of chapters) {
      for (const text of [c.kicker, c.title, c.mapDescription]) expect(text.trim(), id).not.toBe('');
      expect(paragraphs(c).length, id).toBeGreaterThan(0);
    }
  });

  it.each(chapters)('chapter %s fills every figure token, and has tokens only in paragraphs', (_id, c) => {
    for (const text of paragraphs(c)) expect(fillFigures(text, pack)).not.toMatch(/\{\{|\}\}/);
    for (const text of [c.kicker, c.title, c.mapDescription, ...quotes(c).flatMap((q) => [q.text, q.where])])
      expect(text).not.toMatch(/\{\{/);
  });

  it('lets dates, clock times and years through the digit rule, but not a typed number', () => {
    const month = monthNames(pack)[0] ?? '';
    expect(withoutAllowedDigits(`8 ${month} 2022, 12:30`, pack)).not.toMatch(/\d{2,}/);
    expect(withoutAllowedDigits('26 x', pack)).toMatch(/\d{2,}/);
  });

  it.each(chapters)('chapter %s types no reported number', (_id, c) => {
    for (const text of [c.kicker, c.title, ...paragraphs(c), c.mapDescription])
      expect(withoutAllowedDigits(text, pack), text).not.toMatch(/\d{2,}|\d[\s\u00a0.,]\d/);
  });

  it.each(chapters)('chapter %s quotes name speaker with function, place and a valid date', (_id, c) => {
    for (const q of quotes(c)) {
      expect(q.text).not.toMatch(/^["„“”«»'‘]|["„“”«»'’]$/);
      expect(q.speaker).toMatch(/\S+.*,\s*\S+/);
      expect(q.where.trim()).not.toBe('');
      expect(formatDate(q.when, pack)).toMatch(/2022/);
    }
  });

  it.each(chapters)(
    'chapter %s names in its map description every place, region and border shown',
    (id, c) => {
      const { layers } = structureOf(id);
      const expected = [
        ...(layers.places ?? []).map((p) => pack.places[p]),
        ...(layers.highlight ?? []).map((r) => pack.regions[r]),
        ...(layers.borderLengths ? [pack.countries['643'], pack.countries['156']] : []),
      ];
      const description = c.mapDescription.toLowerCase();
      for (const name of expected) expect(description, name).toContain(String(name).toLowerCase());
    },
  );

  const chartStrings = Object.entries(pack.charts).flatMap(([id, c]) => [
    [`${id}.title`, c.title] as const,
    [`${id}.caption`, c.caption] as const,
    [`${id}.summary`, c.summary] as const,
    ...Object.entries(c.labels).map(([key, text]) => [`${id}.labels.${key}`, String(text)] as const),
  ]);
  const vars = { value: 'V', date: 'D', year: 'Y', n: 'N', event: 'E', country: 'C' };

  it.each(chartStrings)('chart text %s fills every placeholder and types no number', (_key, text) => {
    expect(fillChartText(text, pack, vars)).not.toMatch(/[{}]/);
    expect(withoutAllowedDigits(text, pack), text).not.toMatch(/\d{2,}|\d[\s\u00a0.,]\d/);
  });

  it("writes every qualifier in its own words, never another edition's", () => {
    const own = new Set(Object.values(pack.qualifiers));
    const foreign = packs
      .filter((other) => other !== pack)
      .flatMap((other) => Object.values(other.qualifiers))
      .filter((word) => word.length > 2 && !own.has(word));
    for (const id of FIGURE_IDS) {
      const fig = FIGURES[id];
      const text = formatFigure(fig, pack);
      const word = pack.qualifiers[fig.qualifier];
      if (word) expect(text, id).toContain(word);
      for (const other of foreign) expect(text, id).not.toContain(other);
    }
  });

  it('names every source in its own words', () => {
    for (const id of Object.keys(SOURCES) as SourceId[]) expect(pack.sources[id].trim(), id).not.toBe('');
  });

  it('offers every figure for download in its own file, with its words', () => {
    expect(dataFileName(lang, 'csv')).toBe(`data/figures.${lang}.csv`);
    const records = figureRecords(pack);
    expect(records.map((r) => r.id)).toEqual([...FIGURE_IDS]);
    for (const r of records) {
      expect(r.source).toBe(pack.sources[FIGURES[r.id].source]);
      expect(r.qualifier_text).toBe(pack.qualifiers[FIGURES[r.id].qualifier]);
    }
    expect(figuresCsv(pack).split('\r\n').length).toBe(FIGURE_IDS.length + 2);
  });
});

it('covers every translated edition of the registry', () => {
  expect(TRANSLATIONS.map(([lang]) => lang)).toEqual(EDITIONS.slice(1).map((e) => e.lang));
});
