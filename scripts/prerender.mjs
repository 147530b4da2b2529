#!/usr/bin/env node
/**
 * Prerenders every edition to static HTML: `npm run build` runs it after the client build.
 *
 * 1. Builds src/entry-server.tsx with Vite's SSR build into node_modules/.tmp/prerender (inside the project,
 *    so the bundle resolves react and react-dom from node_modules).
 * 2. For each edition whose language pack exists (src/page/editions.ts), renders the app with React's server
 *    renderer and writes dist/<dir>index.html from the client build's index.html: the edition's language,
 *    CSP, title, description, canonical and alternate URLs, sharing tags, a modulepreload of its language
 *    pack, and the whole story in `<div id="root">`.
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
import { chunksOf, depthOf, fillTemplate } from './lib/template.mjs';

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
const fallbackImage = `og-${editions[0].lang}.png`;

for (const edition of editions) {
  let ogImage = `og-${edition.lang}.png`;
  if (!existsSync(join(dist, ogImage))) {
    console.warn(
      `prerender: public/${ogImage} is missing (run \`npm run og-image\`); using ${fallbackImage}`,
    );
    ogImage = fallbackImage;
  }
  const { html, head } = await server.renderEdition(edition, { siteUrl, ogImage });
  const page = fillTemplate(template, {
    lang: edition.lang,
    head,
    html,
    preloads: chunksOf(manifest, `src/content/${edition.lang}/index.ts`),
    depth: depthOf(edition.dir),
  });
  const outDir = join(dist, edition.dir);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'index.html'), page);
  console.log(
    `prerender: ${join('dist', edition.dir, 'index.html')} (${edition.lang}, ${siteUrl}${edition.dir})`,
  );
}

await rm(join(dist, '.vite'), { recursive: true, force: true });
await rm(ssrOut, { recursive: true, force: true });
