import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { FIGURES, FIGURE_IDS, type FigureId } from '../../src/content/figures';
import { SOURCES } from '../../src/content/sources';
import { dataFileName } from '../../src/charts/dataLinks';
import {
  FIGURE_FIELDS,
  csvField,
  figureRecords,
  figuresCsv,
  figuresDataFiles,
  figuresJson,
} from '../../scripts/figuresData';

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

function expected(id: FigureId) {
  const fig = FIGURES[id];
  return {
    value: fig.value,
    unit: fig.unit,
    qualifier: fig.qualifier,
    claim: 'claim' in fig && fig.claim === true,
    source: de.sources[fig.source],
    source_url: SOURCES[fig.source].url,
    source_date: fig.sourceDate,
    as_of: fig.asOf,
  };
}

describe('figures data downloads', () => {
  it('quotes CSV fields with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(false)).toBe('false');
  });

  it('writes a CSV that parses back to the values of figures.ts', () => {
    const [header, ...rows] = parseCsv(figuresCsv(de));
    expect(header).toEqual([...FIGURE_FIELDS]);
    expect(rows.map((r) => r[0])).toEqual(FIGURE_IDS);
    for (const row of rows) {
      const record = Object.fromEntries(FIGURE_FIELDS.map((f, i) => [f, row[i]]));
      const want = expected(record.id as FigureId);
      expect(record.value === '' ? null : Number(record.value), record.id).toBe(want.value);
      expect(record.unit).toBe(want.unit);
      expect(record.qualifier).toBe(want.qualifier);
      expect(record.qualifier_text).toBe(de.qualifiers[want.qualifier]);
      expect(record.claim).toBe(String(want.claim));
      expect(record.source).toBe(want.source);
      expect(record.source_url).toBe(want.source_url);
      expect(record.source_date === '' ? null : record.source_date).toBe(want.source_date);
      expect(record.as_of).toBe(want.as_of);
    }
  });

  it('leaves the value empty where a number was not published', () => {
    const rows = parseCsv(figuresCsv(de));
    const russia = rows.find((r) => r[0] === 'cstoRussia');
    expect(russia?.[1]).toBe('');
    expect(russia?.[4]).toBe('nicht veröffentlicht');
  });

  it('marks Tokayev’s figure as a claim', () => {
    const claims = figureRecords(de)
      .filter((r) => r.claim)
      .map((r) => r.id);
    expect(claims).toEqual(['attackersClaim']);
  });

  it('writes JSON equal to figures.ts', () => {
    const records = JSON.parse(figuresJson(de)) as Record<string, unknown>[];
    expect(records.map((r) => r.id)).toEqual(FIGURE_IDS);
    for (const record of records) {
      const { id, qualifier_text, ...rest } = record;
      expect(rest, String(id)).toEqual(expected(id as FigureId));
      expect(qualifier_text).toBe(de.qualifiers[rest.qualifier as keyof typeof de.qualifiers]);
    }
  });

  it('names the files as the charts link them', () => {
    expect(Object.keys(figuresDataFiles(de))).toEqual([
      dataFileName('de', 'csv'),
      dataFileName('de', 'json'),
    ]);
    expect(dataFileName('de', 'csv')).toBe('data/figures.de.csv');
  });
});
