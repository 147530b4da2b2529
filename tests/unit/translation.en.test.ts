/**
 * The English pack on its own: the language-independent rules that `content.test.ts` checks for German
 * (valid figure tokens, no typed numbers, attributed quotes, map descriptions in step with the map), and
 * English house style for numbers and dates.
 */
import { describe, expect, it } from 'vitest';
import { fillChartText } from '../../src/charts/fillChartText';
import { en } from '../../src/content/en';
import { charts } from '../../src/content/en/charts';
import { FIGURES } from '../../src/content/figures';
import { CHAPTER_IDS, structureOf } from '../../src/content/structure';
import {
  fillFigures,
  formatDate,
  formatFigure,
  formatNumber,
  formatSourceLine,
} from '../../src/content/format';
import { narrative, paragraphs, quotes } from './chapterText';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** Proper names with digits that the digit rule must let through. */
const NAMES_WITH_DIGITS = ['Khabar 24'];

const chapterEntries = CHAPTER_IDS.map((id) => [id, en.chapters[id]] as const);

/** Strip what may contain digits: tokens, names, clock times ("12:30"), years, day numbers before a month. */
function withoutAllowedDigits(text: string): string {
  let rest = text.replace(/\{\{[^}]*\}\}/g, ' ');
  for (const name of NAMES_WITH_DIGITS) rest = rest.split(name).join(' ');
  return rest
    .replace(/\b\d{1,2}:\d{2}\b/g, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(new RegExp(`\\b\\d{1,2}(?=(?:[–-]\\d{1,2})?\\s(?:${MONTHS})\\b)`, 'g'), ' ');
}

describe('English pack: numbers and dates in British style', () => {
  it('groups thousands with a comma', () => {
    expect(formatNumber(20000, en)).toBe('20,000');
    expect(formatNumber(4404, en)).toBe('4,404');
  });

  it('writes the day before the month', () => {
    expect(formatDate('2022-01-08', en)).toBe('8 January 2022');
    expect(formatDate('2022-01-05', en, 'dayMonth')).toBe('5 January');
  });

  it('keeps every qualifier with its figure, in words', () => {
    expect(formatFigure(FIGURES.securityKilledReport, en)).toBe('at least 18');
    expect(formatFigure(FIGURES.detained, en)).toBe('more than 4,000');
    expect(formatFigure(FIGURES.attackersClaim, en)).toBe('up to 20,000');
    expect(formatFigure(FIGURES.cstoTajikistan, en)).toBe('about 200');
    expect(formatFigure(FIGURES.cstoRussia, en)).toBe('not published');
    expect(formatFigure(FIGURES.detained, en, true)).toBe('more than 4,000');
  });

  it('puts the euro sign first and writes millions out', () => {
    expect(formatFigure(FIGURES.armsValue, en)).toBe('about €2.2 million');
  });

  it('writes small counts of places as words and prices in tenge', () => {
    expect(formatFigure(FIGURES.shootingSquares, en)).toBe('at least two');
    expect(fillFigures('from {{lpgBefore:num}} to {{lpgAfter}}', en)).toBe('from 60 to 120 tenge');
  });

  it('names source and dates in English in a source line', () => {
    expect(formatSourceLine(FIGURES.killed, en)).toBe(
      'Source: Interior Ministry via state broadcaster Khabar 24, 7 January 2022 · As of 8 January 2022',
    );
  });
});

describe('English narrative: figures and digits', () => {
  it.each(chapterEntries)('chapter %s uses only known figures, and :num only on exact ones', (_id, c) => {
    for (const text of paragraphs(c)) expect(fillFigures(text, en)).not.toMatch(/\{\{|\}\}/);
  });

  it.each(chapterEntries)('chapter %s has figure tokens only in paragraphs', (_id, c) => {
    const elsewhere = [
      c.kicker,
      c.title,
      c.mapDescription,
      ...quotes(c).flatMap((q) => [q.text, q.where, q.speaker]),
    ];
    for (const text of elsewhere) expect(text).not.toMatch(/\{\{/);
  });

  it('lets dates, clock times and years through the digit rule, but not a typed number', () => {
    expect(withoutAllowedDigits('1–4 January 2022, at 12:30 on 19 January, in Khabar 24')).not.toMatch(
      /\d{2,}/,
    );
    expect(withoutAllowedDigits('26 demonstrators')).toMatch(/\d{2,}/);
    expect(withoutAllowedDigits('about 2,500 troops')).toMatch(/\d{2,}|\d,\d/);
  });

  it.each(chapterEntries)(
    'chapter %s types no reported number: digits only in years, dates and times',
    (_id, c) => {
      for (const text of [c.kicker, c.title, ...paragraphs(c), c.mapDescription]) {
        // A comma between digits is a grouped number ("2,500") even when each part is short.
        expect(withoutAllowedDigits(text), text).not.toMatch(/\d{2,}|\d,\d/);
      }
    },
  );

  it.each(chapterEntries)('chapter %s writes dates day first ("8 January"), never "January 8"', (_id, c) => {
    const monthFirst = new RegExp(`\\b(?:${MONTHS})\\s\\d{1,2}\\b`);
    for (const text of [...narrative(c, en), ...quotes(c).map((q) => q.where)])
      expect(text).not.toMatch(monthFirst);
  });
});

describe('English chart words', () => {
  const chartStrings = Object.entries(charts).flatMap(([id, c]) => [
    [`${id}.title`, c.title] as const,
    [`${id}.caption`, c.caption] as const,
    [`${id}.summary`, c.summary] as const,
    ...Object.entries(c.labels).map(([key, text]) => [`${id}.labels.${key}`, String(text)] as const),
  ]);
  /** Stand-ins for the values a chart fills into its own placeholders. */
  const vars = { value: 'V', date: 'D', year: 'Y', n: 'N', event: 'E', country: 'C' };

  it.each(chartStrings)('%s fills every figure token and placeholder in English', (_key, text) => {
    expect(fillChartText(text, en, vars)).not.toMatch(/[{}]/);
  });

  it.each(chartStrings)(
    '%s types no reported number: digits only in years, dates and times',
    (_key, text) => {
      expect(withoutAllowedDigits(text), text).not.toMatch(/\d{2,}|\d,\d/);
    },
  );

  it('keeps the claim note with Tokayev’s figure and the two wordings of the dead', () => {
    expect(charts.crackdown.labels.claimNote).toMatch(/claim/);
    expect(charts.toll.labels.killedReport).toContain('“demonstrators”');
    expect(charts.toll.labels.killedOfficial).toContain('“armed criminals”');
  });
});

describe('English narrative: accuracy rules', () => {
  it('gives both wordings for the dead of 7 January, each with its source', () => {
    const toll = paragraphs(en.chapters.toll)
      .map((t) => fillFigures(t, en))
      .join(' ');
    expect(toll).toContain('26 demonstrators');
    expect(toll).toMatch(/Interior Ministry reported 26 dead/);
    expect(toll).toContain('“armed criminals”');
    expect(toll).toContain('Khabar 24');
    expect(toll).toContain('APA and dpa');
  });

  it('presents the figure of 20,000 attackers as the president’s claim', () => {
    const text = paragraphs(en.chapters.crackdown).join(' ');
    expect(text).toContain('{{attackersClaim}}');
    expect(text).toMatch(/claim, not an established fact/);
    expect(text).toMatch(/no evidence/);
  });
});

describe('English narrative: quotes', () => {
  const allQuotes = chapterEntries.flatMap(([id, c]) => quotes(c).map((q) => [id, q] as const));

  it.each(allQuotes)(
    'a quote in chapter %s names speaker, place and a valid date, without quotation marks',
    (_id, q) => {
      expect(q.text.trim()).not.toBe('');
      expect(q.text).not.toMatch(/^["„“”«»'‘]|["„“”«»'’]$/);
      expect(q.speaker).toMatch(/\S+.*,\s*\S+/);
      expect(q.where.trim()).not.toBe('');
      expect(formatDate(q.when, en)).toMatch(/^\d{1,2} January 2022$/);
    },
  );

  it('keeps the wording AFP reported for Tokayev’s order', () => {
    const tokayev = quotes(en.chapters.crackdown)[0];
    expect(tokayev?.text).toContain('open fire to kill without warning');
    expect(tokayev?.translated).toBe(true);
  });
});

describe('English narrative: map descriptions', () => {
  it.each(chapterEntries)(
    'chapter %s names in its map description every place and region on its map',
    (id, c) => {
      const { layers } = structureOf(id);
      const expected = [
        ...(layers.places ?? []).map((p) => en.places[p]),
        ...(layers.highlight ?? []).map((r) => en.regions[r]),
        ...(layers.emergency ? ['state of emergency'] : []),
        ...(layers.borderLengths ? ['Russia', 'China'] : []),
        ...(layers.almatyCity ? ['city boundary'] : []),
      ];
      // Map labels start with a capital ("City hall (akimat)"); in a sentence they may not.
      const description = c.mapDescription.toLowerCase();
      for (const name of expected) expect(description, name).toContain(name.toLowerCase());
    },
  );
});
