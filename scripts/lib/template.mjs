// @ts-check
/**
 * Pure helpers of scripts/prerender.mjs: turn the client build's index.html into one page per edition.
 * Every marker must be found exactly once; a template that changed shape fails the build instead of
 * publishing a page without its story or its policy.
 */

const HEAD_BLOCK = /<!-- edition-head[\s\S]*?<!-- \/edition-head -->/g;
const HTML_LANG = /<html lang="[^"]*"/g;
const ROOT = '<div id="root"></div>';

/**
 * @param {string} text
 * @param {RegExp | string} pattern
 * @param {string} what
 */
function expectOnce(text, pattern, what) {
  const count =
    typeof pattern === 'string' ? text.split(pattern).length - 1 : [...text.matchAll(pattern)].length;
  if (count !== 1) throw new Error(`index.html: expected one ${what}, found ${count}`);
}

/**
 * Points the template's own relative URLs (`./assets/…`, `./favicon.svg`) at the site root from a page
 * `depth` folders below it. The app markup is inserted afterwards and never touched.
 * @param {string} template
 * @param {number} depth
 */
export function relocate(template, depth) {
  if (depth === 0) return template;
  return template.replace(/(\s(?:src|href)=")\.\//g, `$1${'../'.repeat(depth)}`);
}

/**
 * How many folders below the site root an edition's page lives (`''` → 0, `'en/'` → 1).
 * @param {string} dir
 */
export function depthOf(dir) {
  return dir.split('/').filter(Boolean).length;
}

/**
 * @typedef {Record<string, { file: string, imports?: string[] }>} Manifest
 *   The parts of Vite's `.vite/manifest.json` used here.
 */

/**
 * The chunk files a dynamic import of `key` loads (its own and its static imports), for `modulepreload`.
 * @param {Manifest} manifest
 * @param {string} key  a source path as the manifest names it (`src/content/de/index.ts`)
 * @returns {string[]}
 */
export function chunksOf(manifest, key) {
  /** @type {string[]} */
  const files = [];
  const seen = new Set();
  /** @param {string} k */
  const visit = (k) => {
    if (seen.has(k)) return;
    seen.add(k);
    const entry = manifest[k];
    if (!entry) throw new Error(`Vite manifest has no entry ${k}`);
    files.push(entry.file);
    for (const dep of entry.imports ?? []) visit(dep);
  };
  visit(key);
  return files;
}

/**
 * @typedef {object} PageParts
 * @property {string} lang     the `<html lang>`
 * @property {string} head     replaces the template's `edition-head` block
 * @property {string} html     the prerendered app, put into `<div id="root">`
 * @property {string[]} preloads  chunk files (relative to the site root) to `modulepreload`
 * @property {string[]} [fonts]   font files (relative to the site root) the first view needs, to `preload`
 * @property {number} depth    folders below the site root
 */

/**
 * One edition's page from the client build's index.html.
 * @param {string} template
 * @param {PageParts} parts
 */
export function fillTemplate(template, { lang, head, html, preloads, fonts = [], depth }) {
  expectOnce(template, HEAD_BLOCK, 'edition-head block');
  expectOnce(template, HTML_LANG, '<html lang>');
  expectOnce(template, ROOT, ROOT);
  expectOnce(template, '</head>', '</head>');
  const up = depth === 0 ? './' : '../'.repeat(depth);
  const links = [
    ...fonts.map(
      (file) => `  <link rel="preload" as="font" type="font/woff2" crossorigin href="${up}${file}">\n  `,
    ),
    ...preloads.map((file) => `  <link rel="modulepreload" crossorigin href="${up}${file}">\n  `),
  ];
  const page = relocate(template, depth)
    .replace(HTML_LANG, `<html lang="${lang}"`)
    .replace(HEAD_BLOCK, () => head)
    .replace('</head>', () => `${links.join('')}</head>`);
  // Before the app markup goes in: only the template's own tags are touched.
  return lowerScriptPriority(page).replace(ROOT, () => `<div id="root">${html}</div>`);
}

/**
 * The page is readable before any script runs, so its scripts must not compete with the HTML and CSS
 * for bandwidth: the entry module and every module preload get `fetchpriority="low"`.
 * @param {string} html
 */
export function lowerScriptPriority(html) {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
}

/**
 * The text a page opens with: the dek and the chapter the page opens at (its `<section>`), tags removed.
 * What the first view sets in the prose face, give or take the headings and buttons around it.
 * @param {string} html  the prerendered app
 * @param {string} chapter  the chapter id the page opens at
 */
export function firstViewText(html, chapter) {
  const dek = /<p class="dek">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  const section = new RegExp(`<section id="${chapter}"[^>]*>([\\s\\S]*?)</section>`).exec(html)?.[1];
  if (section === undefined) throw new Error(`page has no <section id="${chapter}">`);
  return `${dek} ${section}`.replace(/<[^>]*>/g, ' ');
}
