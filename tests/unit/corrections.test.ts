/**
 * The corrections of issue 10, locked as rules: each sentence says what its source says, no more, no less.
 * Where a rule can be general it is (dates of figures, who used a qualifier, words that no source uses);
 * where a correction is one sentence, the test names that sentence's content.
 */
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/registry';
import { chartUi as deChartUi, charts as deCharts } from '../../src/content/de/charts';
import { de } from '../../src/content/de';
import { chartUi as enChartUi, charts as enCharts } from '../../src/content/en/charts';
import { en } from '../../src/content/en';
import { FIGURE_IDS, FIGURES, REPORT_DATE, type FigureId } from '../../src/content/figures';
import type { LanguagePack } from '../../src/content/pack';
import { SOURCES, type SourceId } from '../../src/content/sources';
import { CHAPTER_IDS } from '../../src/content/structure';
import type { ChapterId } from '../../src/content/types';
import { FIGURE_TOKEN, fillFigures } from '../../src/content/format';
import { paragraphs } from './chapterText';

const EDITIONS = [
  ['de', de, deCharts],
  ['en', en, enCharts],
] as const;

/** Every chapter paragraph of an edition, as written (with its figure tokens). */
function allParagraphs(pack: LanguagePack): string[] {
  return CHAPTER_IDS.flatMap((id) => paragraphs(pack.chapters[id]));
}

function chapterText(pack: LanguagePack, id: ChapterId): string {
  return paragraphs(pack.chapters[id]).join(' ');
}

/** Every text of an edition a reader sees: chapters (filled), titles, map descriptions, chart words. */
function readerTexts(pack: LanguagePack, charts: typeof deCharts): string[] {
  return [
    pack.meta.title,
    pack.meta.description,
    ...CHAPTER_IDS.flatMap((id) => {
      const c = pack.chapters[id];
      return [c.kicker, c.title, c.mapDescription, ...paragraphs(c).map((t) => fillFigures(t, pack))];
    }),
    ...Object.values(charts).flatMap((c) => [c.title, c.caption, c.summary, ...Object.values(c.labels)]),
    ...Object.values(pack.sources),
  ];
}

/**
 * Sentences of a text. A full stop after a digit ends no sentence ("8. Jänner"), nor does one inside a
 * figure token.
 */
function sentences(text: string): string[] {
  return text.split(/(?<=[^\d][.!?])\s+(?=[A-ZÄÖÜ„“])/u);
}

describe('figure dates', () => {
  it('uses, for a figure stated as of the report, only sources published by the report date', () => {
    // Publication lag: a state of knowledge up to 8 January may come from a source of 8 January at the
    // latest (the price of 2021 from a January analysis, the licences of 2021 from dpa on 8 January). A
    // later figure (the epilogue) may not come from a source later than its own "as of" date.
    for (const id of FIGURE_IDS) {
      const fig = FIGURES[id];
      if (fig.sourceDate === null) continue;
      const latest = fig.asOf > REPORT_DATE ? fig.asOf : REPORT_DATE;
      expect(fig.sourceDate <= latest, `${id}: said ${fig.sourceDate}, as of ${fig.asOf}`).toBe(true);
    }
  });

  it('gives a figure the date of its source wherever the source is dated, and none where it is not', () => {
    for (const id of FIGURE_IDS) {
      const fig = FIGURES[id];
      const source = SOURCES[fig.source];
      if (source.date !== null) expect(fig.sourceDate, id).toBe(source.date);
      else expect(fig.sourceDate, id).toBeNull();
    }
  });

  it('dates neither the Jamestown analysis nor the RFE/RL price, which the fact sheet does not date', () => {
    expect(SOURCES.jamestown.date).toBeNull();
    expect(SOURCES.rferlLpg.date).toBeNull();
    for (const [lang, pack] of EDITIONS) {
      for (const sentence of sentences(chapterText(pack, 'trigger'))) {
        if (/Jamestown|Radio Free Europe/.test(sentence))
          expect(sentence, lang).not.toMatch(/\d{1,2}\.? (Jänner|January)/);
      }
    }
  });

  it('cites for the retracted 164 dead of 9 January a report of 9 January, not one about the 225 dead', () => {
    const source = SOURCES[FIGURES.deaths9Jan.source];
    expect(source.date).toBe('2022-01-09');
    expect(source.url).not.toMatch(/225/);
  });

  it('calls 9,900 detained the last count given, not a peak', () => {
    for (const [lang, pack] of EDITIONS) {
      const text = chapterText(pack, 'sources');
      expect(text, lang).not.toMatch(/Höchststand|\bpeak/i);
    }
  });
});

/** Words that name who said a figure, per source, in each language. */
const WHO: Record<'de' | 'en', Partial<Record<SourceId, RegExp>>> = {
  de: {
    apaDpa: /APA|dpa/,
    dpaArms: /dpa|Presse-Agentur/,
    mvdKhabar: /Innenministerium/,
    vlast: /Vlast\.kz/,
    cstoZas: /Generalsekretär|OVKS/,
    tajikRia: /RIA Nowosti/,
    rferlLpg: /Radio Free Europe/,
    tokayevAddress: /Tokajew|Präsident|seiner Darstellung/,
  },
  en: {
    apaDpa: /APA|dpa/,
    dpaArms: /dpa|Press Agency/,
    mvdKhabar: /Interior Ministry/,
    vlast: /Vlast\.kz/,
    cstoZas: /secretary-general|CSTO/i,
    tajikRia: /RIA Novosti/,
    rferlLpg: /Radio Free Europe/,
    tokayevAddress: /Tokayev|president|his account/i,
  },
};

describe('qualifiers belong to whoever used them', () => {
  it.each(EDITIONS)(
    '%s: every sentence with a qualified figure names the source of that wording',
    (lang, pack) => {
      for (const text of allParagraphs(pack)) {
        for (const sentence of sentences(text)) {
          for (const match of sentence.matchAll(FIGURE_TOKEN)) {
            const id = match[1] as FigureId;
            const fig = FIGURES[id];
            if (fig.qualifier === 'exact' || fig.qualifier === 'notPublished') continue;
            const who = WHO[lang][fig.source];
            expect(who, `${id}: no attribution words for ${fig.source}`).toBeDefined();
            expect(sentence, `${id} (${fig.qualifier}) without ${fig.source}`).toMatch(who!);
          }
        }
      }
    },
  );

  it('keeps the Interior Ministry’s 18 exact and the report’s “mindestens 18” as the report’s', () => {
    expect(FIGURES.securityKilled).toMatchObject({ value: 18, qualifier: 'exact', source: 'mvdKhabar' });
    expect(FIGURES.securityKilledReport).toMatchObject({ value: 18, qualifier: 'atLeast', source: 'apaDpa' });
  });

  it('does not date the report’s “more than 4,000” to Friday; the official figures carry their own dates', () => {
    expect(FIGURES.detained7Jan).toMatchObject({
      value: 3000,
      qualifier: 'moreThan',
      sourceDate: '2022-01-07',
    });
    for (const [lang, pack] of EDITIONS) {
      for (const sentence of sentences(chapterText(pack, 'toll'))) {
        if (sentence.includes('{{detained}}')) expect(sentence, lang).not.toMatch(/Freitag|Friday/);
      }
      expect(chapterText(pack, 'toll'), lang).toContain('{{detained7Jan}}');
    }
  });
});

describe('what the report says, not more and not less', () => {
  it('tells the end of the price cap and full e-trading as what happened on 1 January, not as today', () => {
    const de1 = chapterText(de, 'trigger');
    expect(de1).toMatch(/Ab 1\. Jänner wurde es zur Gänze über elektronische Handelsplattformen verkauft/);
    expect(de1).not.toMatch(/\bwird\b[^.]*\bverkauft\b|Preisdeckel ist weg/);
    const en1 = chapterText(en, 'trigger');
    expect(en1).toMatch(/From 1 January all of it was sold through electronic trading platforms/);
    expect(en1).not.toMatch(/has been sold|is sold|no state price cap/);
    // The reversal: cap back in Mangystau (4 Jan), regulation and the postponed switch (5 Jan).
    expect(chapterText(de, 'protests')).toMatch(/verschob den vollständigen Umstieg[^.]*um ein Jahr/);
    expect(chapterText(en, 'protests')).toMatch(/postponed the full switch[^.]*by a year/);
  });

  it('says Tajikistan intended to send about 200, in text, chart summary and table', () => {
    const deCsto = sentences(chapterText(de, 'csto')).find((s) => s.includes('{{cstoTajikistan}}'));
    expect(deCsto).toMatch(/Tadschikistan wollte/);
    const enCsto = sentences(chapterText(en, 'csto')).find((s) => s.includes('{{cstoTajikistan}}'));
    expect(enCsto).toMatch(/Tajikistan intended/);
    expect(deCharts.csto.summary).toMatch(/Tadschikistan wollte/);
    expect(enCharts.csto.summary).toMatch(/Tajikistan intended/);
    const deRow = CHARTS.csto
      .table(de, deCharts.csto, deChartUi)
      .rows.find((r) => r.key === 'cstoTajikistan');
    expect(deRow?.header).toMatch(/geplant/);
    const enRow = CHARTS.csto
      .table(en, enCharts.csto, enChartUi)
      .rows.find((r) => r.key === 'cstoTajikistan');
    expect(enRow?.header).toMatch(/planned/);
  });

  it('counts 25 licences, not 25 exports, wherever the figure appears', () => {
    for (const [lang, pack, charts] of EDITIONS) {
      const texts = [...allParagraphs(pack), ...Object.values(charts).flatMap((c) => [c.caption, c.summary])];
      for (const text of texts.filter((t) => t.includes('{{armsLicences}}')))
        expect(text, lang).toMatch(/\{\{armsLicences\}\} (Genehmigungen|licences)/);
    }
  });

  it('quotes Tokayev’s “well trained and organised” and keeps his word “terrorists” in the no-talks sentence', () => {
    const deText = chapterText(de, 'crackdown');
    expect(deText).toContain('gut ausgebildet und organisiert');
    expect(deText).not.toMatch(/bestens|straff/);
    expect(deText).toMatch(/Mit „Terroristen“, die Menschen getötet/);
    const enText = chapterText(en, 'crackdown');
    expect(enText).toContain('well trained and organised');
    expect(enText).not.toMatch(/highly trained|tightly led/);
    expect(enText).toMatch(/“terrorists” who had killed people/);
  });

  it('says the internet was shut down, not that it collapsed', () => {
    expect(chapterText(de, 'almaty')).toMatch(/abgeschaltet/);
    expect(chapterText(de, 'almaty')).not.toMatch(/brach[^.]*zusammen|zusammenbrach/);
    expect(chapterText(en, 'almaty')).toMatch(/shut down/);
    expect(chapterText(en, 'almaty')).not.toMatch(/collapsed/);
  });

  it('keeps the report’s wording about the state’s actions: against demonstrators, the regime, surprising', () => {
    expect(chapterText(de, 'crackdown')).toMatch(/Schießbefehl gegen Demonstranten/);
    expect(chapterText(en, 'crackdown')).toMatch(/fire on demonstrators/);
    expect(chapterText(de, 'reactions')).toMatch(/Vorgehen des autoritären Regimes/);
    expect(chapterText(en, 'reactions')).toMatch(/actions of the authoritarian regime/);
    expect(chapterText(de, 'csto')).toMatch(/überraschend/);
    expect(chapterText(en, 'csto')).toMatch(/surprising/);
  });

  it('uses no characterisation that no source makes', () => {
    const stronger: Record<'de' | 'en', RegExp> = {
      de: /Aufstand|Aufruhr gegen|verlor der Staat|die Kontrolle|harte Linie|Tür offen|handfeste|selbst Partei|höchst beunruhigt|bestens/,
      en: /uprising|lost control|hard line|door open|concrete action|party to the conflict|deeply concerned|highly trained/i,
    };
    for (const [lang, pack, charts] of EDITIONS)
      for (const text of readerTexts(pack, charts)) expect(text, lang).not.toMatch(stronger[lang]);
  });

  it('reports Stoltenberg as “very concerned” and saying it was “important”, not as demanding', () => {
    const deText = chapterText(de, 'reactions');
    expect(deText).toMatch(/sehr besorgt/);
    expect(deText).toMatch(/Wichtig sei/);
    expect(deText).not.toMatch(/verlangte/);
    const enText = chapterText(en, 'reactions');
    expect(enText).toMatch(/very concerned/);
    expect(enText).toMatch(/It was important/);
    expect(enText).not.toMatch(/called for/);
  });

  it('reports the eyewitnesses and the shootings through Vlast.kz as cited by APA/dpa', () => {
    for (const [lang, pack] of EDITIONS) {
      for (const sentence of sentences(chapterText(pack, 'almaty'))) {
        if (/Vlast\.kz/.test(sentence)) expect(sentence, lang).toMatch(/APA|dpa/);
        if (/Augenzeugen|eyewitnesses/i.test(sentence))
          expect(sentence, lang).toMatch(/Augenzeugen hätten|eyewitnesses were said to/);
      }
    }
    expect(de.sources.vlast).toMatch(/APA\/dpa/);
    expect(en.sources.vlast).toMatch(/APA\/dpa/);
  });

  it('gives Nazarbayev’s age for January 2022, not as “now”', () => {
    for (const [lang, pack, charts] of EDITIONS) {
      const texts = [...allParagraphs(pack), charts.nazarbayev.summary].filter((t) =>
        t.includes('{{nazarbayevAge}}'),
      );
      expect(texts.length, lang).toBeGreaterThan(1);
      for (const text of texts) {
        expect(text, lang).toMatch(/im Jänner 2022|in January 2022/);
        expect(text, lang).not.toMatch(/\b(ist|heute|is now|now)\b/);
      }
    }
  });

  it('names Nazarbayev’s spokesman as the one who called the handover voluntary', () => {
    expect(chapterText(de, 'sources')).toMatch(/erklärte der Sprecher, Nasarbajew habe den Vorsitz/);
    expect(chapterText(de, 'sources')).not.toMatch(/hieß es/);
    expect(chapterText(en, 'sources')).toMatch(/the spokesman said that Nazarbayev had given up/);
  });
});

describe('house style', () => {
  it('German: one word for one thing, “Nacht auf”, “Millionen Euro” in running text', () => {
    for (const text of readerTexts(de, deCharts)) {
      expect(text).not.toMatch(/Preisgrenze|Preisobergrenze/);
      expect(text).not.toMatch(/Region Mangystau/);
      expect(text).not.toMatch(/Nacht zum/);
    }
    for (const text of allParagraphs(de)) expect(fillFigures(text, de)).not.toMatch(/Mio\./);
    expect(fillFigures('{{armsValue}}', de)).toBe('rund 2,2 Millionen Euro');
  });

  it('German: no jump from past to present in the expectations of 8 January', () => {
    for (const sentence of sentences(chapterText(de, 'toll')))
      expect(sentence).not.toMatch(/wurden[^.]*erwartet[^.]*werden befürchtet/);
  });

  it('English: curly apostrophes throughout, ÖVP explained, wire-style verbs', () => {
    for (const text of readerTexts(en, enCharts)) expect(text).not.toMatch(/[A-Za-z]'[A-Za-z]|'s\b/);
    expect(chapterText(en, 'reactions')).toMatch(/Austrian People’s Party \(ÖVP\)/);
    expect(chapterText(en, 'csto')).toMatch(/told the news site Watson/);
    expect(chapterText(en, 'csto')).toMatch(/is exploiting the situation/);
    expect(chapterText(en, 'reactions')).toMatch(/halted arms exports/);
  });
});
