/**
 * The `<head>` of a prerendered edition: title, description, canonical URL, language alternates, Open Graph
 * and Twitter card tags, and the Content-Security-Policy. Pure: the prerender script passes in the site URL
 * (env `SITE_URL`) and which editions exist.
 */
import type { LanguagePack } from '../content/pack';
import type { Edition } from './editions';

/** Where the explainer is published when `SITE_URL` is not set (documented in docs/performance.md). */
export const DEFAULT_SITE_URL = 'https://example.org/kasachstan-2022/';

/** Size of the sharing preview images `public/og-<lang>.png` (the size Open Graph and X/Twitter expect). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/**
 * The canonical origin and folder of the site, absolute and ending in `/`. Throws on anything but an
 * absolute http(s) URL, so a typo in `SITE_URL` fails the build instead of publishing broken share links.
 */
export function normaliseSiteUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be http(s): ${value}`);
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/** Escapes text for element content or an attribute value in double quotes (the only quotes used here). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What {@link headTags} needs. */
export interface HeadOptions {
  pack: Pick<LanguagePack, 'meta'>;
  edition: Edition;
  /** Every edition that is published, for the `hreflang` alternates; the first is `x-default`. */
  editions: readonly Edition[];
  /** From {@link normaliseSiteUrl}. */
  siteUrl: string;
  /** The preview image, a path below the site root (`og-de.png`). */
  ogImage: string;
  /** The policy for the `<meta http-equiv>` (from `contentSecurityPolicy`). */
  csp: string;
}

/** The page URL of an edition. */
export function editionUrl(siteUrl: string, edition: Pick<Edition, 'dir'>): string {
  return new URL(edition.dir, siteUrl).href;
}

/** The tags, one per line, for the `<head>` of an edition's page. */
export function headTags({ pack, edition, editions, siteUrl, ogImage, csp }: HeadOptions): string {
  const { title, description, siteName } = pack.meta;
  const url = editionUrl(siteUrl, edition);
  const image = new URL(ogImage, siteUrl).href;
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const first = editions[0];
  const alternates =
    editions.length > 1 && first
      ? [
          ...editions.map(
            (e) =>
              `<link rel="alternate" hreflang="${e.lang}" href="${escapeHtml(editionUrl(siteUrl, e))}" />`,
          ),
          `<link rel="alternate" hreflang="x-default" href="${escapeHtml(editionUrl(siteUrl, first))}" />`,
        ]
      : [];
  return [
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`,
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...alternates,
    meta('property', 'og:type', 'article'),
    meta('property', 'og:site_name', siteName),
    meta('property', 'og:title', title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', edition.ogLocale),
    ...editions.filter((e) => e !== edition).map((e) => meta('property', 'og:locale:alternate', e.ogLocale)),
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(OG_IMAGE_SIZE.width)),
    meta('property', 'og:image:height', String(OG_IMAGE_SIZE.height)),
    meta('property', 'og:image:alt', title),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', title),
  ].join('\n    ');
}
