/**
 * Server entry, built by scripts/prerender.mjs with `vite build --ssr` and imported in Node: renders each
 * edition to static HTML (the whole story, captions and tables, before any JavaScript runs) and its `<head>`.
 * The tree is exactly the client's (src/entry-client.tsx), so hydration finds what it expects.
 */
import type { ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { appRoot } from './appRoot';
import { ChapterGraphic } from './charts/ChapterGraphic';
import { forgetFormattedStrings, formattedStrings } from './lib/format';
import { contentSecurityPolicy } from './page/csp';
import { AVAILABLE_EDITIONS, loadPack, type Edition } from './page/editions';
import { formattedStringsTag } from './page/formattedStrings';
import { DEFAULT_SITE_URL, headTags, normaliseSiteUrl } from './page/headTags';

export { AVAILABLE_EDITIONS, DEFAULT_SITE_URL, normaliseSiteUrl, contentSecurityPolicy };

/** One edition, ready to be put into the client build's `index.html`. */
export interface RenderedEdition {
  edition: Edition;
  /** The markup for `<div id="root">`. */
  html: string;
  /** Tags for `<head>`. */
  head: string;
}

/** Options of {@link renderEdition}. */
export interface RenderOptions {
  /** From {@link normaliseSiteUrl}. */
  siteUrl: string;
  /** The preview image, a path below the site root. */
  ogImage: string;
}

async function renderToHtml(element: ReactElement): Promise<string> {
  // prerender (not renderToString) waits for every Suspense boundary, so lazily loaded parts that can
  // render on the server are complete in the HTML.
  // An unbounded chunk size keeps every boundary's content in place: React would otherwise move large ones
  // (each chart is one) to the end of the document, to be swapped in by an inline script, which the page's
  // CSP blocks and readers without JavaScript never run.
  const { prelude } = await prerenderToNodeStream(element, { progressiveChunkSize: Infinity });
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Renders one edition's app markup and head tags. */
export async function renderEdition(
  edition: Edition,
  { siteUrl, ogImage }: RenderOptions,
): Promise<RenderedEdition> {
  const pack = await loadPack(edition.lang);
  // The page carries the strings its render formatted, and only those (src/page/formattedStrings.ts).
  forgetFormattedStrings();
  const html = await renderToHtml(appRoot(pack, { Graphic: ChapterGraphic }));
  const csp = contentSecurityPolicy({ tileUrl: import.meta.env.VITE_TILE_URL });
  const head = [
    headTags({ pack, edition, editions: AVAILABLE_EDITIONS, siteUrl, ogImage, csp }),
    formattedStringsTag(formattedStrings()),
  ].join('\n');
  return { edition, html, head };
}
