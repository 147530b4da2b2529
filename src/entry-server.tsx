/**
 * Server entry, built by scripts/prerender.mjs with `vite build --ssr` and imported in Node: renders each
 * edition to static HTML (the whole story, captions and tables, before any JavaScript runs) and its `<head>`.
 * The tree is exactly the client's (src/entry-client.tsx), so hydration finds what it expects.
 */
import { createHash } from 'node:crypto';
import type { ReactElement } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { appRoot } from './appRoot';
import { ChapterGraphic } from './charts/ChapterGraphic';
import { SiteFooter } from './chrome/SiteFooter';
import { formattedStrings, withPageFormatter } from './content/format';
import type { LanguagePack } from './content/pack';
import type { ChapterId } from './content/types';
import { embedCode, FIXED_HEIGHT } from './share/embedCode';
import { embedSrc, hostScriptUrl, shareUrl } from './share/urls';
import { contentSecurityPolicy } from './page/csp';
import { cardPath, oembedPath, pageDir, storyPages, upToRoot } from './page/chapterPages';
import { mapPicture, pictureCss } from './page/mapPicture';
import { AVAILABLE_EDITIONS, loadPack, type Edition } from './page/editions';
import { formattedStringsTag } from './page/formattedStrings';
import { DEFAULT_SITE_URL, headTags, lastModified, normaliseSiteUrl } from './page/headTags';
import { oembedJson, type OembedResponse } from './page/oembed';
import { pagePlace } from './page/pageContext';
import { pageText } from './page/pageText';
import { robotsTxt, sitemapXml } from './page/sitemap';

export {
  AVAILABLE_EDITIONS,
  DEFAULT_SITE_URL,
  normaliseSiteUrl,
  contentSecurityPolicy,
  storyPages,
  pageDir,
  cardPath,
  oembedPath,
  robotsTxt,
  sitemapXml,
  lastModified,
};

/** One page, ready to be put into the client build's `index.html`. */
export interface RenderedPage {
  edition: Edition;
  chapter: ChapterId;
  /** The page's folder below the site root. */
  dir: string;
  /** The markup for `<div id="root">`. */
  html: string;
  /** Tags for `<head>`. */
  head: string;
  /** The page's oEmbed response, written next to its `index.html`. */
  oembed: OembedResponse;
  /** The stylesheet of the page's map picture (src/page/mapPicture.ts): its file below the site root, and text. */
  pictureCss: { file: string; text: string };
}

/** Options of {@link renderPage}. */
export interface RenderOptions {
  /** From {@link normaliseSiteUrl}. */
  siteUrl: string;
  /** The page's sharing card, a path below the site root ({@link cardPath}, or a fallback). */
  ogImage: string;
}

/** The width an oEmbed consumer is told: a news article's text column. */
const OEMBED_WIDTH = 720;

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

/**
 * The oEmbed response of a page: its title, the site, its card, and the auto-height embed code the page's own
 * generator writes for its chapter, for the site's public URL.
 */
export function oembedFor(
  pack: LanguagePack,
  edition: Edition,
  chapter: ChapterId,
  { siteUrl, ogImage }: RenderOptions,
): OembedResponse {
  const text = pageText(pack, chapter);
  const site = new URL(siteUrl);
  const location = { origin: site.origin, pathname: site.pathname };
  return oembedJson({
    text,
    providerName: pack.meta.siteName,
    providerUrl: siteUrl,
    thumbnailUrl: new URL(ogImage, siteUrl).href,
    html: embedCode({
      form: 'auto',
      src: embedSrc(location, edition.lang, chapter, { mode: 'auto', theme: null }),
      href: shareUrl(location, edition.lang, chapter, ''),
      hostScript: hostScriptUrl(location),
      title: text.title,
    }),
    size: { width: OEMBED_WIDTH, height: FIXED_HEIGHT },
  });
}

/**
 * Renders one page: an edition's whole story opened at a chapter (the first chapter's page is the edition's
 * front page), with its head tags and its oEmbed response.
 */
export async function renderPage(
  edition: Edition,
  chapter: ChapterId,
  { siteUrl, ogImage }: RenderOptions,
): Promise<RenderedPage> {
  // The page's own formatter: the page carries the strings its render formatted, and only those
  // (src/page/formattedStrings.ts).
  const pack = withPageFormatter(await loadPack(edition.lang));
  const page = pagePlace(edition, chapter);
  const picture = mapPicture(chapter, pack);
  const html = await renderToHtml(
    appRoot(pack, { graphics: { Graphic: ChapterGraphic }, footer: { Footer: SiteFooter } }, page, picture),
  );
  const css = pictureCss(chapter);
  // Named by content: a long-cached asset, shared by the chapter's pages in every edition.
  const pictureFile = `assets/map-picture-${chapter}-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  const strings = formattedStringsTag(formattedStrings(pack));
  const text = pageText(pack, chapter);
  const csp = contentSecurityPolicy({ tileUrl: import.meta.env.VITE_TILE_URL });
  const oembed = oembedPath(page.dir);
  const head = [
    headTags({ pack, edition, editions: AVAILABLE_EDITIONS, siteUrl, chapter, text, ogImage, oembed, csp }),
    strings,
    `<link rel="stylesheet" href="${upToRoot(page.dir)}${pictureFile}">`,
  ].join('\n');
  return {
    edition,
    chapter,
    dir: page.dir,
    html,
    head,
    oembed: oembedFor(pack, edition, chapter, { siteUrl, ogImage }),
    pictureCss: { file: pictureFile, text: css },
  };
}
