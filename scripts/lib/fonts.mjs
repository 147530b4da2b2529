// @ts-check
/**
 * The page's prose face and its metric-matched fallbacks, shared by scripts/build-fonts.mjs (which writes
 * src/styles/fonts.css), scripts/prerender.mjs (which preloads the files a page's first view needs) and the
 * tests that check all of it.
 *
 * The face: Literata (Google Fonts, OFL 1.1), from the `@fontsource/literata` package, split by
 * `unicode-range` into the subsets the editions use. A browser fetches a subset's file only when text set in
 * the face has a character in its range: German and English pages load the Latin file, Russian adds the
 * Cyrillic one, Kazakh also the small Cyrillic-extended one (ә ғ қ ң ө ү һ; ұ and і are in the Cyrillic one).
 *
 * The fallbacks: until the file arrives (`font-display: swap`) the text is set in a local serif whose size and
 * vertical metrics are overridden to Literata's (`size-adjust`, `ascent-override`, …), so the swap moves
 * nothing. Literata's metrics are read from the package's font files; those of the local faces, which no
 * package may ship, from `@capsizecss/metrics`, measured the same way (capsize's average width of lowercase
 * text weighted by letter frequency).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fromBuffer } from '@capsizecss/unpack';

const require = createRequire(import.meta.url);

export const FAMILY = 'Literata';
export const PACKAGE = '@fontsource/literata';
/** The package folder, found the way Vite and Node resolve it. */
export const PACKAGE_DIR = dirname(require.resolve(`${PACKAGE}/package.json`));

/**
 * The subsets the editions' text needs (de, en: latin; ru: + cyrillic; kk: + cyrillic-ext). latin-ext is
 * declared for names with a Latin letter beyond Latin-1; it costs nothing while no text has one.
 */
export const SUBSETS = /** @type {const} */ (['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']);

/**
 * The styles the prose uses: regular, and bold only for the "what the map shows" label (shown without
 * JavaScript and in print, never in a first view with scripts). No italic: quotes are set upright, set off by
 * their rule and quotation marks. The browser lays out every chapter soon after load (src/story/
 * layOutChapters.ts), so an italic quote anywhere would fetch the italic files at start: 15 KB more for
 * Russian, 37 KB for Kazakh, past the 60 KB budget.
 * @type {readonly { weight: 400 | 700, style: 'normal' | 'italic' }[]}
 */
export const STYLES = [
  { weight: 400, style: 'normal' },
  { weight: 700, style: 'normal' },
];

/**
 * Local serifs to stand in for Literata until it has loaded, each as its own family with its own overrides
 * (one `@font-face` can only carry one set). `metrics`: the `@capsizecss/metrics` module of the face whose
 * metrics the local names share; `local`: full and PostScript names per style. Georgia: macOS, iOS, Windows.
 * Times New Roman: Windows, macOS; Liberation Serif and Tinos (Linux, ChromeOS) are metric-compatible with it,
 * same widths and vertical metrics. Noto Serif: Android, many Linux systems.
 */
export const FALLBACKS = /** @type {const} */ ([
  {
    name: 'Georgia',
    metrics: 'georgia',
    local: {
      '400 normal': ['Georgia'],
      '400 italic': ['Georgia Italic', 'Georgia-Italic'],
      '700 normal': ['Georgia Bold', 'Georgia-Bold'],
    },
  },
  {
    name: 'Times',
    metrics: 'timesNewRoman',
    local: {
      '400 normal': ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos'],
      '400 italic': [
        'Times New Roman Italic',
        'TimesNewRomanPS-ItalicMT',
        'Liberation Serif Italic',
        'LiberationSerif-Italic',
        'Tinos Italic',
      ],
      '700 normal': [
        'Times New Roman Bold',
        'TimesNewRomanPS-BoldMT',
        'Liberation Serif Bold',
        'LiberationSerif-Bold',
        'Tinos Bold',
      ],
    },
  },
  {
    name: 'Noto',
    metrics: 'notoSerif',
    local: {
      '400 normal': ['Noto Serif', 'NotoSerif'],
      '400 italic': ['Noto Serif Italic', 'NotoSerif-Italic'],
      '700 normal': ['Noto Serif Bold', 'NotoSerif-Bold'],
    },
  },
]);

/** capsize's module name of a style: `georgia`, `georgia/italic`, `georgia/700`. */
function metricsModule(/** @type {string} */ base, /** @type {{ weight: number, style: string }} */ s) {
  if (s.weight === 400) return s.style === 'italic' ? `${base}/italic` : base;
  return `${base}/${s.weight}${s.style === 'italic' ? 'italic' : ''}`;
}

/** `literata-latin-400-normal.woff2` */
export function fileName(/** @type {string} */ subset, /** @type {{ weight: number, style: string }} */ s) {
  return `literata-${subset}-${s.weight}-${s.style}.woff2`;
}

/** The unicode ranges of the package's subsets (its `unicode.json`), as CSS writes them. */
export function packageRanges() {
  return /** @type {Record<string, string>} */ (
    JSON.parse(readFileSync(join(PACKAGE_DIR, 'unicode.json'), 'utf8'))
  );
}

/**
 * A CSS `unicode-range` as code point intervals.
 * @param {string} range  e.g. `U+0301,U+0400-045F`
 * @returns {[number, number][]}
 */
export function parseUnicodeRange(range) {
  return range.split(',').map((part) => {
    const m = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!m?.[1]) throw new Error(`not a unicode-range part: ${part}`);
    const from = parseInt(m[1], 16);
    return [from, m[2] ? parseInt(m[2], 16) : from];
  });
}

/**
 * @param {[number, number][]} intervals
 * @param {number} codePoint
 */
export function inRange(intervals, codePoint) {
  return intervals.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * Which subsets a text needs, most used first, with how many of its characters each covers. Characters
 * outside every subset are left out (they fall back to the local faces).
 * @param {string} text
 * @param {Record<string, string>} ranges  subset → unicode-range
 * @returns {{ subset: string, count: number }[]}
 */
export function subsetsOf(text, ranges) {
  const parsed = Object.entries(ranges).map(([subset, range]) => ({
    subset,
    intervals: parseUnicodeRange(range),
  }));
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Only combining marks are in two subsets' ranges; they count for the first.
    const hit = parsed.find(({ intervals }) => inRange(intervals, code));
    if (hit) counts.set(hit.subset, (counts.get(hit.subset) ?? 0) + 1);
  }
  return [...counts].map(([subset, count]) => ({ subset, count })).sort((a, b) => b.count - a.count);
}

/** A percentage for a CSS descriptor, rounded to 0.01 %. */
const pct = (/** @type {number} */ x) => `${(Math.round(x * 10000) / 100).toFixed(2)}%`;

/**
 * The overrides that make a local face take the room Literata takes: `size-adjust` scales its glyphs to
 * Literata's average width; the vertical metrics are Literata's, divided by that scale (the overrides apply
 * to the adjusted size).
 * @param {{ xWidthAvg: number, unitsPerEm: number, ascent: number, descent: number, lineGap: number }} face  Literata
 * @param {{ xWidthAvg: number, unitsPerEm: number }} local
 */
export function overrides(face, local) {
  const sizeAdjust = face.xWidthAvg / face.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  return {
    sizeAdjust,
    ascent: face.ascent / face.unitsPerEm / sizeAdjust,
    descent: Math.abs(face.descent) / face.unitsPerEm / sizeAdjust,
    lineGap: face.lineGap / face.unitsPerEm / sizeAdjust,
  };
}

/**
 * fonts.css: Literata's faces (woff2 only: every browser that runs the page reads it) and the fallbacks, and
 * the two font stacks the page uses.
 * @param {string} cssDir  the folder fonts.css is written to (URLs are relative to it, for Vite to bundle)
 */
export async function fontsCss(cssDir) {
  const ranges = packageRanges();
  const version = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
  const out = [
    `/*! Literata: Copyright 2017 The Literata Project Authors (https://github.com/googlefonts/literata),`,
    `    SIL Open Font License 1.1 (https://openfontlicense.org; data/fonts/OFL-Literata.txt in the source). */`,
    `/* Generated by scripts/build-fonts.mjs (npm run fonts) from ${PACKAGE} ${version} and @capsizecss/metrics:`,
    `   do not edit. */`,
  ];
  for (const style of STYLES) {
    for (const subset of SUBSETS) {
      const range = ranges[subset];
      if (!range) throw new Error(`${PACKAGE} has no subset ${subset}`);
      const url = relative(cssDir, join(PACKAGE_DIR, 'files', fileName(subset, style))).replaceAll('\\', '/');
      out.push(
        `@font-face {`,
        `  font-family: '${FAMILY}';`,
        `  font-style: ${style.style};`,
        `  font-weight: ${style.weight};`,
        `  font-display: swap;`,
        `  src: url('${url}') format('woff2');`,
        `  unicode-range: ${range};`,
        `}`,
      );
    }
  }
  for (const style of STYLES) {
    // Latin text is what the average width is measured on (capsize's letter frequencies are English).
    const face = await fromBuffer(readFileSync(join(PACKAGE_DIR, 'files', fileName('latin', style))));
    for (const fallback of FALLBACKS) {
      const key = /** @type {keyof typeof fallback.local} */ (`${style.weight} ${style.style}`);
      const local = (await import(`@capsizecss/metrics/${metricsModule(fallback.metrics, style)}`)).default;
      const o = overrides(face, local);
      out.push(
        `@font-face {`,
        `  font-family: '${FAMILY} fallback ${fallback.name}';`,
        `  font-style: ${style.style};`,
        `  font-weight: ${style.weight};`,
        `  src: ${fallback.local[key].map((n) => `local('${n}')`).join(', ')};`,
        `  size-adjust: ${pct(o.sizeAdjust)};`,
        `  ascent-override: ${pct(o.ascent)};`,
        `  descent-override: ${pct(o.descent)};`,
        `  line-gap-override: ${pct(o.lineGap)};`,
        `}`,
      );
    }
  }
  const fallbacks = (/** @type {string[]} */ names) =>
    names.map((n) => `'${FAMILY} fallback ${n}'`).join(', ');
  const cyrillicStack = `${fallbacks(['Times', 'Noto'])}, 'PT Serif', 'Noto Serif', 'DejaVu Serif', serif`;
  out.push(
    `/* Latin editions; Russian and Kazakh leave out Georgia, which lacks Kazakh's letters (a word would be`,
    `   set in two faces until Literata arrives). The faces after the fallbacks are app.css's system stacks. */`,
    `:root {`,
    `  --font-prose: '${FAMILY}', ${fallbacks(['Georgia', 'Times', 'Noto'])}, Charter, Georgia, serif;`,
    `}`,
    `/* Russian and Kazakh prose needs two or three of Literata's files (Latin, Cyrillic, Kazakh's letters).`,
    `   One arriving before the others set lines in two faces at once and reflowed the whole page twice, so`,
    `   Literata joins their stack only once the script has every one (data-fonts, src/lib/proseFace.ts), or`,
    `   at once without scripting. */`,
    `:root:is(:lang(ru), :lang(kk)) {`,
    `  --font-prose: ${cyrillicStack};`,
    `}`,
    `:root:is(:lang(ru), :lang(kk))[data-fonts='ready'] {`,
    `  --font-prose: '${FAMILY}', ${cyrillicStack};`,
    `}`,
    `@media (scripting: none) {`,
    `  :root:is(:lang(ru), :lang(kk)) {`,
    `    --font-prose: '${FAMILY}', ${cyrillicStack};`,
    `  }`,
    `}`,
  );
  return `${out.join('\n')}\n`;
}

/** Where build-fonts writes the stylesheet, relative to the project. */
export const FONTS_CSS = 'src/styles/fonts.css';

/** The regular style, which every first view sets its text in. */
const REGULAR = { weight: 400, style: 'normal' };

/**
 * The font files to preload for a first view: the regular style's subsets its text uses most, at most `max`
 * (the rest still load, as the browser meets their characters). Three, so that a Kazakh view gets its own
 * letters' small file (cyrillic-ext, 4 kB) with the other two: found only once its text was laid out, it came
 * a second swap later, and the page reflowed twice (a layout shift of up to 0.32 on /kk/crackdown/ at 390 px
 * with a 4x slower CPU). From the client build's manifest, which names each bundled font by its path in the
 * package.
 * @param {string} text  the first view's text ({@link import('./template.mjs').firstViewText})
 * @param {Record<string, { file: string }>} manifest  Vite's `.vite/manifest.json`
 * @param {string} root  the project folder (the manifest's paths are relative to it)
 */
export function fontPreloads(text, manifest, root, max = 3) {
  const ranges = packageRanges();
  const used = Object.fromEntries(SUBSETS.map((s) => [s, ranges[s] ?? '']));
  return subsetsOf(text, used)
    .slice(0, max)
    .map(({ subset }) => {
      const key = relative(root, join(PACKAGE_DIR, 'files', fileName(subset, REGULAR))).replaceAll('\\', '/');
      const entry = manifest[key];
      if (!entry) throw new Error(`Vite manifest has no ${key}: is src/styles/fonts.css imported?`);
      return entry.file;
    });
}
