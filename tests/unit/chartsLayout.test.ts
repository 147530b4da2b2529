import { describe, expect, it } from 'vitest';
import { BORDER_NEIGHBOURS, layoutBorders } from '../../src/charts/borders/layout';
import { layoutCrackdown } from '../../src/charts/crackdown/layout';
import { layoutCsto } from '../../src/charts/csto/layout';
import { dataHref, defaultDataBase } from '../../src/charts/dataLinks';
import { layoutEventRows } from '../../src/charts/parts/eventRows';
import { figureLabel, fillChartText } from '../../src/charts/fillChartText';
import { layoutNazarbayev } from '../../src/charts/nazarbayev/layout';
import { dayFractions, layoutProtests } from '../../src/charts/protests/layout';
import { layoutReactions } from '../../src/charts/reactions/layout';
import { figuresSourceLine } from '../../src/charts/parts/sourceLine';
import { layoutSources } from '../../src/charts/sources/layout';
import { overlaps, textBox, textWidth, wrapText } from '../../src/charts/parts/text';
import { PROTEST_EVENTS, lastDayOf, localTime } from '../../src/content/timelines';
import { PEOPLE_PER_SQUARE, UNITS_PER_ROW, layoutToll } from '../../src/charts/toll/layout';
import { layoutTrigger } from '../../src/charts/trigger/layout';
import { de } from '../../src/content/de';
import { charts } from '../../src/content/de/charts';
import { FIGURES } from '../../src/content/figures';
import type { LanguagePack } from '../../src/content/pack';

/** The German pack with English number and date formats: what the layouts need to know of a locale. */
const englishFormats: LanguagePack = { ...de, lang: 'en', numberLocale: 'en-GB', dateLocale: 'en-GB' };

const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const lines = (mark: { lines: string[] }) => plain(mark.lines.join(' '));

describe('text metrics', () => {
  it('textWidth(text) grows with the text and with bold', () => {
    expect(textWidth('20.000', 'label')).toBeGreaterThan(textWidth('200', 'label'));
    expect(textWidth('Almaty', 'label', true)).toBeGreaterThan(textWidth('Almaty', 'label'));
    expect(textWidth('Almaty', 'big')).toBeGreaterThan(textWidth('Almaty', 'small'));
  });

  it('wrapText(text, width) breaks at spaces and keeps every line within the width', () => {
    const wrapped = wrapText('Behauptung Tokajews, keine Belege veröffentlicht', 120, 'small');
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join(' ')).toBe('Behauptung Tokajews, keine Belege veröffentlicht');
    for (const line of wrapped) expect(textWidth(line, 'small')).toBeLessThanOrEqual(120);
  });

  it('wrapText never breaks at a no-break space', () => {
    expect(wrapText('OVKS gesamt: rund\u00a02.500', 60, 'label')).toContain('rund\u00a02.500');
  });

  it('figureLabel keeps a qualifier on the line of its number', () => {
    expect(figureLabel('securityKilledReport', de)).toBe('mind.\u00a018');
    expect(figureLabel('attackersClaim', de)).toBe('bis\u00a0zu\u00a020.000');
  });
});

describe('chart text', () => {
  it('fills figure dates, chart values and figure tokens', () => {
    expect(fillChartText('ab {{asOf:lpgAfter}}: {{lpgAfter}}', de)).toBe('ab 1. Jänner 2022: 120 Tenge');
    expect(fillChartText('{{asOfYear:armsLicences}}, {value}', de, { value: 'x' })).toBe('2021, x');
  });

  it('refuses unknown figures and missing values', () => {
    expect(() => fillChartText('{{asOf:nope}}', de)).toThrow(/Unknown figure/);
    expect(() => fillChartText('{value}', de)).toThrow(/No value/);
    expect(() => fillChartText('{{sourceDate:borderRussia}}', de)).toThrow(/no sourceDate/);
  });

  it('fills every German chart text without error', () => {
    for (const text of Object.values(charts)) {
      for (const s of [text.title, text.caption, text.summary])
        expect(() => fillChartText(s, de)).not.toThrow();
      for (const label of Object.values(text.labels) as string[]) {
        expect(() =>
          fillChartText(label, de, { value: '1', date: '1', year: '1', n: '1', event: '1', country: '1' }),
        ).not.toThrow();
      }
    }
  });
});

describe('source lines', () => {
  it('names one source with its date and the state of knowledge', () => {
    expect(figuresSourceLine(['borderRussia', 'borderChina'], de)).toBe(
      'Quelle: CIA World Factbook · Stand 8. Jänner 2022',
    );
  });

  it('lists several sources in one line, each with its date', () => {
    expect(figuresSourceLine(['attackersClaim', 'cstoTotal'], de)).toBe(
      'Quellen: Präsident Tokajew, Fernsehansprache, 7. Jänner 2022; OVKS-Generalsekretär Stanislaw Sas, 6. Jänner 2022',
    );
  });
});

describe('data links', () => {
  it('point from the German page at the root and from other editions one folder up', () => {
    expect(dataHref(defaultDataBase('de'), 'de', 'csv')).toBe('data/figures.de.csv');
    expect(dataHref(defaultDataBase('en'), 'en', 'json')).toBe('../data/figures.en.json');
  });
});

describe('layoutTrigger', () => {
  const l = layoutTrigger({ width: 320, pack: de, text: charts.trigger });

  it('draws both prices from zero on one scale, so the new one is twice as long', () => {
    const [before, after] = l.rows;
    expect(before?.bar?.x).toBe(0);
    expect(after?.bar?.width).toBeCloseTo(2 * (before?.bar?.width ?? 0), 6);
  });

  it('marks the other source’s “rund 50” on the first bar, at its place on the scale', () => {
    const before = l.rows[0]!;
    expect(l.alternative.x / before.bar!.width).toBeCloseTo(
      FIGURES.lpgBeforeAlt.value / FIGURES.lpgBefore.value,
      6,
    );
    expect(lines(before.note!)).toBe('rund 50 Tenge laut anderer Quelle');
  });

  it('dates the rows in the reader’s language', () => {
    expect(lines(l.rows[0]!.heading)).toBe('bis 31. Dezember 2021');
    expect(lines(l.rows[1]!.heading)).toBe('ab 1. Jänner 2022');
    const en = layoutTrigger({ width: 320, pack: englishFormats, text: charts.trigger });
    expect(lines(en.rows[1]!.heading)).toBe('ab 1 January 2022');
  });
});

describe('layoutCrackdown', () => {
  const l = layoutCrackdown({ width: 320, pack: de, text: charts.crackdown });
  const [claim, csto] = l.rows;

  it('draws the claim as a claim, with its note in the claim tone', () => {
    expect(claim?.style).toBe('claim');
    expect(claim?.note?.tone).toBe('claim');
    expect(lines(claim!.note!)).toBe('Behauptung Tokajews, keine Belege veröffentlicht');
    expect(lines(claim!.valueLabel)).toBe('bis zu 20.000');
  });

  it('puts claim and CSTO force on the same scale', () => {
    expect(claim!.bar!.width / csto!.bar!.width).toBeCloseTo(
      FIGURES.attackersClaim.value / FIGURES.cstoTotal.value,
      6,
    );
    expect(lines(csto!.valueLabel)).toBe('rund 2.500');
  });

  it('groups thousands as the pack’s locale does', () => {
    const en = layoutCrackdown({ width: 320, pack: englishFormats, text: charts.crackdown });
    expect(lines(en.rows[0]!.valueLabel)).toBe('bis zu 20,000');
  });
});

describe('layoutCsto', () => {
  const l = layoutCsto({ width: 320, pack: de, text: charts.csto });
  const row = (figure: string) => l.rows.find((r) => r.figure === figure)!;

  it('draws no bar where no number was published, only the words', () => {
    for (const id of ['cstoRussia', 'cstoBelarus']) {
      expect(row(id).bar).toBeNull();
      expect(lines(row(id).valueLabel)).toBe('nicht veröffentlicht');
      expect(row(id).valueLabel.italic).toBe(true);
    }
  });

  it('scales the published contingents against the announced total', () => {
    expect(row('cstoArmenia').bar!.width / l.total.bar.width).toBeCloseTo(100 / 2500, 6);
    expect(l.total.x).toBeCloseTo(l.total.bar.width, 6);
    expect(lines(l.total.label)).toBe('OVKS gesamt, angekündigt: rund 2.500');
    expect(lines(row('cstoTajikistan').valueLabel)).toBe('rund 200');
  });

  it('lets the total’s line run down over every row', () => {
    expect(l.total.y1).toBeGreaterThanOrEqual(Math.max(...l.rows.map((r) => r.y1)));
  });
});

describe('layoutBorders', () => {
  const l = layoutBorders({ width: 320, pack: de, text: charts.borders });

  it('sorts the neighbours by border length, longest first', () => {
    const values = l.rows.map((r) => r.value ?? 0);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(l.rows).toHaveLength(BORDER_NEIGHBOURS.length);
  });

  it('emphasises Russia and China by colour and bold name', () => {
    const emphasised = l.rows.filter((r) => r.style === 'series2').map((r) => r.figure);
    expect(emphasised.sort()).toEqual(['borderChina', 'borderRussia']);
    for (const r of l.rows) expect(r.heading.bold ?? false).toBe(r.style === 'series2');
  });

  it('states the total', () => {
    expect(lines(l.total)).toBe('Landgrenzen insgesamt: 13.364 km');
  });
});

describe('layoutToll', () => {
  const l = layoutToll({ width: 320, pack: de, text: charts.toll });

  it('draws one dot per person killed, in rows of ten', () => {
    expect(l.killed.dots).toHaveLength(FIGURES.killed.value);
    expect(l.killed.dots[UNITS_PER_ROW]!.cx).toBe(l.killed.dots[0]!.cx);
  });

  it('draws the Interior Ministry’s exact 18 dead security personnel as 18 dots without an open end', () => {
    expect(l.securityKilled.dots).toHaveLength(FIGURES.securityKilled.value);
    expect(l.securityKilled.open).toBeNull();
    expect(l.killed.open).toBeNull();
  });

  it('draws the Interior Ministry’s 4.404 detained as 88 squares of 50 and a sliver', () => {
    const squares = l.detained.squares;
    expect(squares).toHaveLength(Math.ceil(FIGURES.detainedMvd.value / PEOPLE_PER_SQUARE));
    const people = squares.reduce((sum, s) => sum + (s.width / s.size) * PEOPLE_PER_SQUARE, 0);
    expect(people).toBeCloseTo(FIGURES.detainedMvd.value, 6);
  });

  it('marks “more than 4.000” after the first 80 squares and lets its bracket run on as an arrow', () => {
    const row8 = l.detained.squares[80]!;
    const row7 = l.detained.squares[79]!;
    expect(l.detained.threshold.y).toBeGreaterThan(row7.y + row7.size);
    expect(l.detained.threshold.y).toBeLessThan(row8.y);
    expect(l.detained.bracket.arrowY).toBeGreaterThan(l.detained.bracket.y1);
    expect(l.texts.map(lines)).toContain('mehr als 4.000 laut Bericht');
    expect(l.texts.map(lines)).toContain('4.404 laut Innenministerium');
  });

  it('explains both units', () => {
    expect(l.texts.map(lines)).toEqual(
      expect.arrayContaining(['1 Punkt = 1 Mensch', '1 Quadrat = 50 Festgenommene']),
    );
  });
});

describe('layoutReactions', () => {
  it('draws one square per licence and the value as a big number with its qualifier', () => {
    const l = layoutReactions({ width: 320, pack: de, text: charts.reactions });
    expect(l.licences.squares).toHaveLength(FIGURES.armsLicences.value);
    const texts = l.texts.map(lines);
    expect(texts).toEqual(
      expect.arrayContaining(['rund', '2,2 Millionen Euro', '25 Genehmigungen im Jahr 2021']),
    );
    expect(l.texts.find((t) => t.key === 'value')?.size).toBe('big');
  });

  it('puts the big number beside the squares where it fits and under them where not', () => {
    const wide = layoutReactions({ width: 600, pack: de, text: charts.reactions });
    const narrow = layoutReactions({ width: 280, pack: de, text: charts.reactions });
    const value = (l: typeof wide) => l.texts.find((t) => t.key === 'value')!;
    expect(value(wide).x).toBeGreaterThan(0);
    expect(value(narrow).x).toBe(0);
  });
});

describe('layoutSources', () => {
  const l = layoutSources({ width: 320, pack: de, text: charts.sources });
  const seg = (figure: string) => l.segments.find((s) => s.figure === figure)!;

  it('heads every statement with its date and who made it', () => {
    expect(l.rows.map((r) => lines(r.heading))).toEqual([
      '7. Jänner 2022 · Innenministerium über den Staatssender Khabar 24',
      '9. Jänner 2022 · Gesundheitsministerium (später zurückgezogen)',
      '15. Jänner 2022 · Generalstaatsanwaltschaft',
      '14. März 2022 · Menschenrechtsbeauftragte Elwira Asimowa',
    ]);
  });

  it('draws the retracted figure hollow and labels it', () => {
    expect(seg('deaths9Jan').style).toBe('retracted');
    expect(lines(l.rows[1]!.note!)).toBe('zurückgezogen');
  });

  it('stacks the Interior Ministry’s 26 and 18 on one scale, closed: both figures are exact', () => {
    expect(seg('securityKilled').width / seg('killed').width).toBeCloseTo(18 / 26, 6);
    expect(l.rows[0]!.openArrow).toBeNull();
    expect(lines(l.rows[0]!.valueLabel)).toBe('26 + 18');
  });

  it('shows the 19 security forces as part of the 225', () => {
    expect(seg('securityKilled15Jan').width / seg('deaths15Jan').width).toBeCloseTo(19 / 225, 6);
    expect(seg('securityKilled15Jan').x + seg('securityKilled15Jan').width).toBeCloseTo(
      seg('deaths15Jan').width,
      6,
    );
    expect(seg('deathsFinal').width / seg('deaths15Jan').width).toBeCloseTo(238 / 225, 6);
  });
});

describe('layoutProtests', () => {
  const l = layoutProtests({ width: 320, pack: de, text: charts.protests });
  const row = (key: string) => l.rows.find((r) => r.key === key)!;

  it('writes each day once, in German, on the first of its events', () => {
    const dates = l.rows.filter((r) => r.date).map((r) => lines(r.date!));
    expect(dates).toEqual(['1. Jän.', '2. Jän.', '4. Jän.', '5. Jän.', '6. Jän.', '7. Jän.', '8. Jän.']);
    expect(row('republicSquare').date).toBeNull();
    expect(row('republicSquare').newDay).toBe(false);
    expect(row('zhanaozen').newDay).toBe(true);
  });

  it('dates the days in the pack’s language', () => {
    const en = layoutProtests({ width: 600, pack: englishFormats, text: charts.protests });
    expect(en.rows.filter((r) => r.date).map((r) => lines(r.date!))[3]).toBe('5 Jan');
  });

  it('lists the events in time order, one row each, every label in one column', () => {
    const starts = PROTEST_EVENTS.map((e) => localTime(e.from).getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const tops = l.rows.map((r) => r.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(new Set(l.rows.map((r) => r.label.x)).size).toBe(1);
    expect(new Set(l.rows.map((r) => r.label.anchor))).toEqual(new Set(['start']));
  });

  it('draws known times as dots and known days or parts of days as bars over that part of the day', () => {
    expect(row('emergencyAlmatyRegion').marker.kind).toBe('point');
    expect(row('emergencyNurSultan').marker.kind).toBe('point');
    const day = row('shootToKill');
    expect(day.marker.kind).toBe('span');
    if (day.marker.kind === 'span') expect(day.marker.width).toBeCloseTo(day.track!.width, 6);
    const morning = row('zhanaozen');
    if (morning.marker.kind !== 'span') throw new Error('expected a bar');
    expect((morning.marker.x - morning.track!.x) / morning.track!.width).toBeCloseTo(6 / 24, 6);
    expect(morning.marker.width / morning.track!.width).toBeCloseTo(6 / 24, 6);
  });

  it('places 5 January, 12.30 a little past the middle of its day', () => {
    const { marker, track } = row('emergencyAlmatyRegion');
    if (marker.kind !== 'point') throw new Error('expected a dot');
    expect((marker.cx - track!.x) / track!.width).toBeCloseTo(12.5 / 24, 6);
  });

  it('dates an interval over midnight by both days and draws it past the end of its first day', () => {
    const first = PROTEST_EVENTS.find((e) => e.key === 'emergencyFirst')!;
    expect(lastDayOf(first)).toBe('2022-01-05');
    expect(lastDayOf(PROTEST_EVENTS.find((e) => e.key === 'rallies')!)).toBe('2022-01-04');
    expect(dayFractions(first)).toEqual([22 / 24, 26 / 24]);
  });

  it('keeps the Interior Ministry’s detentions on their label', () => {
    const detentions = row('detentions');
    expect(detentions.label.figure).toBe('detainedMvd');
    expect(lines(detentions.label)).toContain('4.404');
  });
});

describe('layoutNazarbayev', () => {
  it('ticks every ten years in a phone column and every five where there is room', () => {
    const years = (width: number) =>
      layoutNazarbayev({ width, pack: de, text: charts.nazarbayev }).ticks.map((t) => t.label.lines[0]);
    expect(years(320)).toEqual(['1990', '2000', '2010', '2020']);
    expect(years(600)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020']);
  });

  it('draws the offices from their dates and Tokayev’s presidency open-ended', () => {
    const l = layoutNazarbayev({ width: 360, pack: de, text: charts.nazarbayev });
    const span = (key: string) => l.spans.find((s) => s.key === key)!;
    expect(span('partyLeader').x + span('partyLeader').width).toBeCloseTo(span('president').x, 6);
    expect(span('president').x + span('president').width).toBeCloseTo(span('councilChair').x, 6);
    expect(span('tokayevPresident').x).toBeCloseTo(span('councilChair').x, 6);
    expect(span('tokayevPresident').arrow).not.toBeNull();
    expect(span('president').arrow).toBeNull();
  });

  it('dates every step in the reader’s language', () => {
    const l = layoutNazarbayev({ width: 360, pack: de, text: charts.nazarbayev });
    expect(lines(l.rows[0]!.label)).toMatch(/^22\. Juni 1989: /);
    expect(lines(l.rows.at(-1)!.label)).toMatch(/^5\. Jänner 2022: /);
  });
});

describe('layoutEventRows', () => {
  it('gives events on the same day their own rows, so they never collide', () => {
    const inputs = ['a', 'b', 'c'].map((key) => ({
      key,
      date: '4. Jän.',
      at: [0.5, 0.5] as const,
      text: `${key} ${'Wort '.repeat(12)}`,
    }));
    const { rows } = layoutEventRows(inputs, { top: 0, measure: 320 });
    const boxes = rows.map((r) => textBox(r.label));
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false);
    expect(overlaps(boxes[1]!, boxes[2]!)).toBe(false);
    for (const b of boxes) expect(b.x1).toBeLessThanOrEqual(320);
    expect(rows.map((r) => r.date !== null)).toEqual([true, false, false]);
  });

  it('keeps every label in one column whatever its length, and wraps it there', () => {
    const { rows, labelX } = layoutEventRows(
      [
        { key: 'short', text: 'kurz' },
        { key: 'long', text: 'ein sehr langer Text, '.repeat(6) },
      ],
      { top: 0, measure: 320 },
    );
    expect(rows.map((r) => r.label.x)).toEqual([labelX, labelX]);
    expect(rows[1]!.label.lines.length).toBeGreaterThan(1);
    expect(rows[1]!.y).toBeGreaterThan(rows[0]!.y);
    expect(rows.every((r) => r.marker.kind === 'point' && r.track === null)).toBe(true);
  });

  it('keeps every marker and label inside the drawing', () => {
    for (const width of [240, 280, 320, 600]) {
      for (const l of [
        layoutProtests({ width, pack: de, text: charts.protests }),
        layoutNazarbayev({ width, pack: de, text: charts.nazarbayev }),
      ]) {
        for (const { marker, label } of l.rows) {
          const [x0, x1] =
            marker.kind === 'point'
              ? [marker.cx - marker.r, marker.cx + marker.r]
              : [marker.x, marker.x + marker.width];
          expect(x0).toBeGreaterThanOrEqual(0);
          expect(x1).toBeLessThanOrEqual(width);
          expect(textBox(label).x1).toBeLessThanOrEqual(width);
        }
      }
    }
  });
});
