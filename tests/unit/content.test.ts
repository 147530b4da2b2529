// @vitest-environment node
// The plagiarism guard hashes with node:crypto; the app tsconfig loads only browser types, so this test
// (and only this test, which runs in Node) references the Node types itself.
/// <reference types="node" />
/**
 * Checks the real German pack against the editorial rules of story.md: every chapter present and in order,
 * every number a sourced and dated figure token, quotes attributed, map descriptions in step with the map,
 * and no six-word run copied from the APA/dpa source report.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fillChartText } from '../../src/charts/fillChartText';
import { de } from '../../src/content/de';
import { charts as deCharts } from '../../src/content/de/charts';
import { FIGURE_IDS, FIGURES, type FigureId } from '../../src/content/figures';
import { SOURCES } from '../../src/content/sources';
import { CHAPTER_IDS, STRUCTURE, structureOf } from '../../src/content/structure';
import type { ChapterId } from '../../src/content/types';
import { figureRefs, fillFigures } from '../../src/content/format';
import { normaliseForShingles, SHINGLE_SIZE, shingles } from '../../src/lib/shingles';
import sourceShingles from '../fixtures/source-shingles.json';
import { narrative, paragraphs, quotes } from './chapterText';

/** The figures each chapter must cite, from the "figures and facts" column of story.md. */
const REQUIRED_FIGURES: Partial<Record<ChapterId, FigureId[]>> = {
  trigger: ['lpgBefore', 'lpgAfter'],
  almaty: ['shootingSquares'],
  nazarbayev: ['nazarbayevAge'],
  crackdown: ['attackersClaim'],
  toll: ['killed', 'securityKilled', 'detained', 'detainedMvd'],
  borders: ['borderRussia', 'borderChina'],
  csto: ['cstoTotal'],
  reactions: ['armsLicences', 'armsValue'],
  sources: ['deaths9Jan', 'deaths15Jan', 'deathsFinal', 'detainedPeak'],
};

/** Figures only the charts show; the text does not need to cite them. */
const CHART_ONLY: Partial<Record<FigureId, string>> = {
  borderKyrgyzstan: 'another neighbour, for scale in the border chart',
  borderUzbekistan: 'another neighbour, for scale in the border chart',
  borderTurkmenistan: 'another neighbour, for scale in the border chart',
  cstoRussia: 'never published; the chart marks it "nicht veröffentlicht", the text says so in words',
  cstoBelarus: 'never published; the chart marks it "nicht veröffentlicht", the text says so in words',
};

/** Proper names with digits that the digit rule must let through. */
const NAMES_WITH_DIGITS = ['Khabar 24'];

/**
 * Proper names of six or more words that the narrative has to spell out and the source also uses: the
 * alliance's official German name (story.md: "explain once"). Only shingles inside the name are exempt.
 */
const PROPER_NAMES = ['Organisation des Vertrags über kollektive Sicherheit'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const chapterEntries = CHAPTER_IDS.map((id) => [id, de.chapters[id]] as const);

const referenced = new Set<string>(
  CHAPTER_IDS.flatMap((id) => paragraphs(de.chapters[id]).flatMap((t) => figureRefs(t))),
);

/** Same hash as scripts/source-shingles.mjs: SHA-256, hex, first 16 characters. */
function shingleHash(shingle: string): string {
  return createHash('sha256').update(shingle, 'utf8').digest('hex').slice(0, 16);
}

const exemptShingles = new Set(PROPER_NAMES.flatMap((name) => shingles(normaliseForShingles(name))));

/** The six-word runs of `text` whose hash is in `sourceHashes`, except runs inside a proper name. */
function copiedShingles(text: string, sourceHashes: ReadonlySet<string>): string[] {
  return shingles(normaliseForShingles(text)).filter(
    (s) => !exemptShingles.has(s) && sourceHashes.has(shingleHash(s)),
  );
}

describe('German narrative: structure', () => {
  it('has exactly the chapters of CHAPTER_IDS, in the same order as STRUCTURE', () => {
    expect(Object.keys(de.chapters)).toEqual([...CHAPTER_IDS]);
    expect(STRUCTURE.map((c) => c.id)).toEqual([...CHAPTER_IDS]);
  });

  it.each(chapterEntries)('chapter %s has a kicker, a title, a map description and a paragraph', (_id, c) => {
    expect(c.kicker.trim()).not.toBe('');
    expect(c.title.trim()).not.toBe('');
    expect(c.mapDescription.trim()).not.toBe('');
    expect(paragraphs(c).filter((t) => t.trim() !== '').length).toBeGreaterThan(0);
  });

  it.each(chapterEntries)(
    'chapter %s names in its map description every place and region on its map',
    (id, c) => {
      const { layers } = structureOf(id);
      const expected = [
        ...(layers.places ?? []).map((p) => de.places[p]),
        ...(layers.highlight ?? []).map((r) => de.regions[r]),
        ...(layers.emergency ? ['Ausnahmezustand'] : []),
        ...(layers.borderLengths ? ['Russland', 'China'] : []),
        ...(layers.almatyCity ? ['Stadtgrenze'] : []),
      ];
      for (const name of expected) expect(c.mapDescription).toContain(name);
    },
  );
});

describe('German narrative: figures', () => {
  it.each(chapterEntries)('chapter %s uses only known figures, and :num only on exact ones', (_id, c) => {
    for (const text of paragraphs(c)) {
      const filled = fillFigures(text, de);
      // A malformed token ("{{ killed }}", "{{killed:nr}}") is not replaced and would reach the reader.
      expect(filled).not.toMatch(/\{\{|\}\}/);
    }
  });

  it.each(chapterEntries)(
    'chapter %s has figure tokens only in paragraphs, where they are filled',
    (_id, c) => {
      const elsewhere = [c.kicker, c.title, c.mapDescription, ...quotes(c).flatMap((q) => [q.text, q.where])];
      for (const text of elsewhere) expect(text).not.toMatch(/\{\{/);
    },
  );

  it.each(Object.entries(REQUIRED_FIGURES))(
    'chapter %s cites the figures story.md lists for it',
    (id, ids) => {
      const cited = new Set(paragraphs(de.chapters[id as ChapterId]).flatMap((t) => figureRefs(t)));
      for (const figureId of ids ?? []) expect(cited, `missing {{${figureId}}}`).toContain(figureId);
    },
  );

  it('cites every figure in some chapter, unless it is listed as chart-only with a reason', () => {
    const uncited = FIGURE_IDS.filter((id) => !referenced.has(id) && !CHART_ONLY[id]);
    expect(uncited).toEqual([]);
  });

  it('lists as chart-only only known figures that the text does not cite', () => {
    for (const [id, reason] of Object.entries(CHART_ONLY)) {
      expect(FIGURE_IDS).toContain(id);
      expect(referenced.has(id), `${id} is cited in the text`).toBe(false);
      expect(reason.trim()).not.toBe('');
    }
  });

  it('gives every cited or charted figure a source with label and URL, a source date or null, and a date', () => {
    const used = [...referenced, ...Object.keys(CHART_ONLY)] as FigureId[];
    for (const id of used) {
      const fig = FIGURES[id];
      expect(Object.hasOwn(SOURCES, fig.source), `${id}: unknown source`).toBe(true);
      expect(de.sources[fig.source].trim(), `${id}: no German label`).toBeTruthy();
      expect(SOURCES[fig.source].url, `${id}: no URL`).toMatch(/^https:\/\//);
      expect(fig.sourceDate === null || isIsoDate(fig.sourceDate), `${id}: sourceDate`).toBe(true);
      expect(isIsoDate(fig.asOf), `${id}: asOf`).toBe(true);
    }
  });

  it.each(chapterEntries)(
    'chapter %s types no reported number: digits only in years, dates and times',
    (_id, c) => {
      const texts = [c.kicker, c.title, ...paragraphs(c), c.mapDescription];
      for (const text of texts) {
        let rest = text.replace(/\{\{[^}]*\}\}/g, ' ');
        for (const name of NAMES_WITH_DIGITS) rest = rest.split(name).join(' ');
        rest = rest
          .replace(/\b\d{1,2}(?:\.\d{2})? Uhr\b/g, ' ') // clock times: "12.30 Uhr", "16 Uhr"
          .replace(/\b(?:19|20)\d{2}\b/g, ' ') // years
          .replace(/\b\d{1,2}\.(?=\s)/g, ' '); // day numbers: "5. Jänner"
        expect(rest, text).not.toMatch(/\d{2,}/);
      }
    },
  );

  it('writes the month the Austrian way, Jänner, never Januar', () => {
    for (const [, c] of chapterEntries) {
      const texts = [...narrative(c, de), ...quotes(c).flatMap((q) => [q.text, q.where])];
      for (const text of texts) expect(text).not.toMatch(/Januar/);
    }
  });
});

describe('German narrative: quotes', () => {
  const allQuotes = chapterEntries.flatMap(([id, c]) => quotes(c).map((q) => [id, q] as const));

  it('has quotes at all (the report quotes Tokajew, Schallenberg and Libman)', () => {
    expect(allQuotes.length).toBeGreaterThanOrEqual(3);
  });

  it.each(allQuotes)('a quote in chapter %s names speaker, place and a valid date', (_id, q) => {
    expect(q.text.trim()).not.toBe('');
    expect(q.text).not.toMatch(/^["„“«»']|["„“«»']$/);
    expect(q.speaker).toMatch(/\S+.*,\s*\S+/); // a name and a function
    expect(q.where.trim()).not.toBe('');
    expect(isIsoDate(q.when), q.when).toBe(true);
  });
});

describe('German narrative: plagiarism guard', () => {
  const sourceHashes = new Set(sourceShingles.hashes);

  it('has a fixture of six-word shingle hashes and no article text', () => {
    expect(Object.keys(sourceShingles).sort()).toEqual(['hashes', 'note', 'probe', 'shingleSize']);
    expect(sourceShingles.shingleSize).toBe(SHINGLE_SIZE);
    expect(sourceShingles.hashes.length).toBeGreaterThan(100);
    for (const h of sourceShingles.hashes) expect(h).toMatch(/^[0-9a-f]{16}$/);
  });

  it('normalises text exactly as the hand-run script did when it wrote the fixture', () => {
    expect(normaliseForShingles(sourceShingles.probe.input)).toBe(sourceShingles.probe.normalised);
  });

  it('finds a copied run of six words whatever its case, punctuation and quotation marks', () => {
    const fakeSource = new Set(
      shingles(normaliseForShingles('Eins zwei drei vier fünf sechs sieben.')).map(shingleHash),
    );
    expect(copiedShingles('„EINS, zwei – drei“ vier (fünf) sechs!', fakeSource)).toHaveLength(1);
    expect(copiedShingles('Eins zwei drei vier fünf acht', fakeSource)).toEqual([]);
  });

  it.each(chapterEntries)('chapter %s shares no six-word run with the source report', (_id, c) => {
    const copied = narrative(c, de).flatMap((text) => copiedShingles(text, sourceHashes));
    expect(copied).toEqual([]);
  });

  it.each(Object.entries(deCharts))('chart %s shares no six-word run with the source report', (_id, c) => {
    const texts = [c.title, c.caption, c.summary, ...Object.values(c.labels)].map((t) =>
      fillChartText(t, de, { value: '1', date: '1', year: '1', n: '1', event: '1', country: '1' }),
    );
    expect(texts.flatMap((text) => copiedShingles(text, sourceHashes))).toEqual([]);
  });
});
