// Shared by the prerender tests: the content the pages must contain, read from the source through Vite
// (so the TypeScript packs are the reference, not the built bundle), and helpers to read a page.
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withSource } from './editions.mjs';
import { launch, serveDist } from './harness.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The charts arrive by merge; their assertions switch on when src/charts exists. */
export const HAS_CHARTS = existsSync(new URL('../../src/charts', import.meta.url));

/**
 * Each published edition with its pack, the story structure and the site URL the build used.
 * @returns {Promise<{ editions: { lang: string, dir: string, ogLocale: string, pack: any }[], structure: any[], siteUrl: string, fillFigures: (text: string, pack: any) => string }>}
 */
export function loadContent() {
  return withSource(async (vite) => {
    const { AVAILABLE_EDITIONS, loadPack } = await vite.ssrLoadModule('/src/page/editions.ts');
    const { STRUCTURE } = await vite.ssrLoadModule('/src/content/structure.ts');
    const { fillFigures } = await vite.ssrLoadModule('/src/content/format.ts');
    const { normaliseSiteUrl } = await vite.ssrLoadModule('/src/page/headTags.ts');
    const editions = [];
    for (const edition of AVAILABLE_EDITIONS)
      editions.push({ ...edition, pack: await loadPack(edition.lang) });
    return { editions, structure: STRUCTURE, siteUrl: normaliseSiteUrl(process.env.SITE_URL), fillFigures };
  });
}

/** Whitespace as the reader sees it: runs collapsed, no-break spaces as spaces. */
export function squash(text) {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(buffer) {
  if (buffer.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * Serves dist/ and launches Chromium before the file's tests, closes both after them. Read `server` and
 * `browser` inside tests (they are set once `before` has run).
 * @returns {{ server: { origin: string, close: () => Promise<void> }, browser: import('playwright-core').Browser }}
 */
export function serveAndLaunch() {
  const env = /** @type {any} */ ({});
  before(async () => {
    env.server = await serveDist();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
