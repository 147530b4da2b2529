// @vitest-environment node
/// <reference types="node" />
/**
 * The prose face (src/styles/fonts.css, written by scripts/build-fonts.mjs): the committed stylesheet is what
 * the script writes now; every face swaps; every letter of every edition's prose is in the file whose
 * unicode-range claims it (Kazakh's ә ғ қ ң ө ұ ү һ і included), read from the font files themselves; the
 * fallbacks' overrides follow from the metrics; and the prerender preloads the subsets a first view needs.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import {
  fileName,
  FONTS_CSS,
  fontPreloads,
  fontsCss,
  overrides,
  PACKAGE_DIR,
  packageRanges,
  parseUnicodeRange,
  STYLES,
  SUBSETS,
  subsetsOf,
} from '../../scripts/lib/fonts.mjs';
import { firstViewText } from '../../scripts/lib/template.mjs';
import { fillFigures } from '../../src/content/format';
import { AVAILABLE_EDITIONS, loadPack } from '../../src/page/editions';
import { narrative, quotes } from './chapterText';

const ROOT = join(import.meta.dirname, '../..');
const css = readFileSync(join(ROOT, FONTS_CSS), 'utf8');

/** Every `@font-face` block as descriptor → value. */
function faces(text: string): Record<string, string>[] {
  return [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) =>
    Object.fromEntries(
      (m[1] ?? '')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]),
    ),
  );
}

const literata = faces(css).filter((f) => f['font-family'] === "'Literata'");

/** The prose of an edition as the page sets it in the face: dek, chapter text and quotes. */
async function prose(lang: (typeof AVAILABLE_EDITIONS)[number]['lang']): Promise<string> {
  const pack = await loadPack(lang);
  return [
    pack.meta.description,
    ...Object.values(pack.chapters).flatMap((chapter) => [
      ...narrative(chapter, pack),
      ...quotes(chapter).flatMap((q) => [fillFigures(q.text, pack), q.speaker, q.where]),
    ]),
  ].join(' ');
}

describe('the prose face', () => {
  it('fonts.css is what scripts/build-fonts.mjs writes (run `npm run fonts` after updating the package)', async () => {
    expect(css).toBe(await fontsCss(dirname(join(ROOT, FONTS_CSS))));
  });

  it('declares each used style in each subset once, every face with font-display: swap and woff2 only', () => {
    expect(literata).toHaveLength(STYLES.length * SUBSETS.length);
    for (const face of literata) {
      expect(face['font-display']).toBe('swap');
      expect(face.src).toMatch(/^url\('[^']+\.woff2'\) format\('woff2'\)$/);
      expect(face['unicode-range']).toBeTruthy();
    }
    expect(literata.map((f) => f['font-style'])).not.toContain('italic');
  });

  it.each(AVAILABLE_EDITIONS.map((e) => e.lang))(
    'has a glyph for every letter of the %s prose in the subset file that claims it',
    async (lang) => {
      const ranges = packageRanges();
      const text = await prose(lang);
      const missing: string[] = [];
      const fonts = new Map(
        SUBSETS.map((subset) => {
          const file = readFileSync(
            join(PACKAGE_DIR, 'files', fileName(subset, { weight: 400, style: 'normal' })),
          );
          return [subset, fontkit.create(file) as fontkit.Font] as const;
        }),
      );
      for (const char of new Set(text.replace(/\s/g, ''))) {
        const code = char.codePointAt(0) ?? 0;
        const subset = SUBSETS.find((s) =>
          parseUnicodeRange(ranges[s] ?? '').some(([a, b]) => code >= a && code <= b),
        );
        if (!subset || !fonts.get(subset)?.hasGlyphForCodePoint(code)) missing.push(char);
      }
      expect(missing).toEqual([]);
    },
  );

  it('covers Kazakh: ә ғ қ ң ө ү һ in the Cyrillic-extended file, ұ and і in the Cyrillic one', () => {
    const ranges = packageRanges();
    const subsetOf = (char: string) =>
      subsetsOf(char, { cyrillic: ranges.cyrillic ?? '', 'cyrillic-ext': ranges['cyrillic-ext'] ?? '' })[0]
        ?.subset;
    expect([...'әғқңөүһ'].map(subsetOf)).toEqual(Array(7).fill('cyrillic-ext'));
    expect([...'ұі'].map(subsetOf)).toEqual(['cyrillic', 'cyrillic']);
  });
});

describe('the fallback faces', () => {
  it('scale a local face to Literata’s average width and give it Literata’s vertical metrics', () => {
    const literataMetrics = { xWidthAvg: 480, unitsPerEm: 1000, ascent: 1177, descent: -308, lineGap: 0 };
    const o = overrides(literataMetrics, { xWidthAvg: 832, unitsPerEm: 2048 });
    expect(o.sizeAdjust).toBeCloseTo(0.48 / (832 / 2048), 6);
    // Overrides apply to the adjusted size: ascent × size-adjust is Literata's ascent.
    expect(o.ascent * o.sizeAdjust).toBeCloseTo(1.177, 6);
    expect(o.descent * o.sizeAdjust).toBeCloseTo(0.308, 6);
    expect(o.lineGap).toBe(0);
  });

  it('stand in for every style, each local face with its own overrides, and come right after Literata', () => {
    const fallbacks = faces(css).filter((f) => f['font-family']?.startsWith("'Literata fallback"));
    expect(fallbacks.length).toBe(STYLES.length * 3);
    for (const face of fallbacks) {
      expect(face.src).toMatch(/^local\('/);
      for (const d of ['size-adjust', 'ascent-override', 'descent-override', 'line-gap-override']) {
        expect(face[d]).toMatch(/^\d+\.\d\d%$/);
      }
    }
    expect(css).toMatch(/--font-prose: 'Literata', 'Literata fallback Georgia', 'Literata fallback Times'/);
    // Russian and Kazakh: no Georgia (it lacks Kazakh's letters), and Literata only once the script has all
    // of its files (src/lib/proseFace.ts) or without scripting; the stand-ins alone until then.
    expect(css).toMatch(/:lang\(kk\)\) \{\n {2}--font-prose: 'Literata fallback Times'/);
    expect(css).toMatch(
      /:lang\(kk\)\)\[data-fonts='ready'\] \{\n {2}--font-prose: 'Literata', 'Literata fallback Times'/,
    );
    expect(css).toMatch(
      /@media \(scripting: none\) \{\n {2}:root:is\(:lang\(ru\), :lang\(kk\)\) \{\n {4}--font-prose: 'Literata', /,
    );
  });
});

describe('font preloads', () => {
  const manifest = Object.fromEntries(
    SUBSETS.map((s) => {
      const key = `node_modules/@fontsource/literata/files/${fileName(s, { weight: 400, style: 'normal' })}`;
      return [key, { file: `assets/${s}.woff2` }];
    }),
  );
  const html = (text: string) =>
    `<header><nav><a lang="kk">Қазақша</a></nav><p class="dek">${text}</p></header>` +
    `<main><section id="intro" class="chapter"><p>${text}</p></section>` +
    `<section id="trigger"><p>Қ ә ғ</p></section></main>`;

  it('are the Latin file alone for a German or English first view', () => {
    const text = firstViewText(html('Kasachstan im Jänner'), 'intro');
    expect(text).not.toMatch(/[Қә]/);
    expect(fontPreloads(text, manifest, ROOT)).toEqual(['assets/latin.woff2']);
  });

  it('are the files a Kazakh first view uses, its own letters’ subset included, most used first', () => {
    const text = firstViewText(html('Қазақстан соңғы жылдардағы ең ауыр 2022'), 'intro');
    expect(fontPreloads(text, manifest, ROOT)).toEqual([
      'assets/cyrillic.woff2',
      'assets/latin.woff2',
      'assets/cyrillic-ext.woff2',
    ]);
    expect(fontPreloads(text, manifest, ROOT, 2)).toEqual(['assets/cyrillic.woff2', 'assets/latin.woff2']);
  });

  it('fail the build when the manifest lacks a file or the page lacks its chapter', () => {
    expect(() => fontPreloads('abc', {}, ROOT)).toThrow(/manifest has no/);
    expect(() => firstViewText(html('x'), 'csto')).toThrow(/no <section id="csto">/);
  });
});
