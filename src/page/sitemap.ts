/**
 * `sitemap.xml` and `robots.txt` for the configured site URL: every page of every edition (front pages and
 * chapter pages), each with its language alternates (Google's `xhtml:link` form of `hreflang`).
 */
import { storyPages } from './chapterPages';
import type { Edition } from './editions';
import { editionUrl, escapeHtml } from './headTags';

/** The sitemap of every page of `editions`, below `siteUrl` (from `normaliseSiteUrl`). */
export function sitemapXml(siteUrl: string, editions: readonly Edition[], lastmod: string): string {
  const first = editions[0];
  const urls = storyPages(editions).map(({ edition, chapter }) => {
    const alternates =
      editions.length > 1 && first
        ? [
            ...editions.map((e) => [e.lang, editionUrl(siteUrl, e, chapter)] as const),
            ['x-default', editionUrl(siteUrl, first, chapter)] as const,
          ].map(
            ([lang, href]) =>
              `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(href)}"/>`,
          )
        : [];
    return `  <url>\n    <loc>${escapeHtml(editionUrl(siteUrl, edition, chapter))}</loc>\n    <lastmod>${lastmod}</lastmod>${alternates.join('')}\n  </url>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** `robots.txt`: everything may be crawled; the sitemap's absolute URL. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', siteUrl).href}\n`;
}
