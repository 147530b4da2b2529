#!/usr/bin/env node
/**
 * Prerenders every edition to static HTML: `npm run build` runs it after the client build.
 *
 * 1. Builds src/entry-server.tsx with Vite's SSR build into node_modules/.tmp/prerender (inside the project,
 *    so the bundle resolves react and react-dom from node_modules).
 * 2. For each page of each edition whose language pack exists (the registry src/content/editions.ts, src/page/chapterPages.ts:
 *    the front page, which opens at the first chapter, and one page per further chapter, `<dir><chapter>/`),
 *    renders the app with React's server renderer and writes <page>/index.html from the client build's
 *    index.html: the edition's language, CSP, title, description, canonical and alternate URLs, sharing
 *    tags and card, schema.org data, a modulepreload of its language pack, a preload of the one to three
 *    font files its first view needs (scripts/lib/fonts.mjs), and the whole story in
 *    `<div id="root">`, opened at the page's chapter; and <page>/oembed.json. Then sitemap.xml, robots.txt.
 * 3. Deletes Vite's manifest (only this script reads it) and the temporary SSR bundle.
 *
 * Env: SITE_URL, the public URL of the root edition (default in src/page/headTags.ts); VITE_TILE_URL as for
 * the client build (its host is allowed in the CSP).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { siteUrlWarning } from './lib/siteUrl.mjs';
import { fontPreloads } from './lib/fonts.mjs';
import { chunksOf, depthOf, fillTemplate, firstViewText } from './lib/template.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const ssrOut = join(root, 'node_modules/.tmp/prerender');
const manifestFile = join(dist, '.vite/manifest.json');

if (!existsSync(manifestFile)) {
  console.error('prerender: run the client build first (`vite build`): dist/.vite/manifest.json is missing');
  process.exit(1);
}

await build({
  root,
  logLevel: 'warn',
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: ssrOut,
    emptyOutDir: true,
    manifest: false,
    copyPublicDir: false,
  },
});

/** @type {typeof import('../src/entry-server')} */
const server = await import(pathToFileURL(join(ssrOut, 'entry-server.js')).href);
const template = await readFile(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
const siteUrl = server.normaliseSiteUrl(process.env.SITE_URL);
const placeholderWarning = siteUrlWarning(siteUrl, server.normaliseSiteUrl(server.DEFAULT_SITE_URL));
if (placeholderWarning) console.warn(`\x1b[1;33m${placeholderWarning}\x1b[0m`);
const editions = server.AVAILABLE_EDITIONS;
const started = performance.now();

/**
 * The page's own card. Every page of every edition has one: a missing card fails the build instead of
 * sharing another page's or another language's card.
 */
function cardFor(edition, chapter) {
  const file = server.cardPath(edition.lang, chapter);
  if (existsSync(join(dist, file))) return file;
  console.error(`prerender: public/${file} is missing: run \`npm run og-image\``);
  process.exit(1);
}

const pages = server.storyPages(editions);
for (const { edition, chapter } of pages) {
  const page = await server.renderPage(edition, chapter, { siteUrl, ogImage: cardFor(edition, chapter) });
  const html = fillTemplate(template, {
    lang: edition.lang,
    head: page.head,
    html: page.html,
    preloads: chunksOf(manifest, `src/content/${edition.lang}/index.ts`),
    fonts: fontPreloads(firstViewText(page.html, chapter), manifest, root),
    depth: depthOf(page.dir),
  });
  const outDir = join(dist, page.dir);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), html);
  await writeFile(join(dist, server.oembedPath(page.dir)), `${JSON.stringify(page.oembed, null, 2)}\n`);
  await writeFile(join(dist, page.pictureCss.file), page.pictureCss.text);
}
await writeFile(join(dist, 'sitemap.xml'), server.sitemapXml(siteUrl, editions, server.lastModified()));
await writeFile(join(dist, 'robots.txt'), server.robotsTxt(siteUrl));
console.log(
  `prerender: ${pages.length} pages (${editions.map((e) => e.lang).join(', ')}) for ${siteUrl}, ` +
    `with oEmbed, sitemap.xml and robots.txt, in ${Math.round(performance.now() - started)} ms`,
);

await rm(join(dist, '.vite'), { recursive: true, force: true });
await rm(ssrOut, { recursive: true, force: true });
