/**
 * The `<head>` of a prerendered page (an edition's front page or one of its chapter pages): title,
 * description, canonical URL, language alternates to the same chapter in every edition, Open Graph and Twitter
 * card tags, the oEmbed link, schema.org `NewsArticle` data and the Content-Security-Policy. Pure: the
 * prerender script passes in the site URL (env `SITE_URL`) and which editions exist.
 */
import { FIGURES, REPORT_DATE } from '../content/figures';
import type { LanguagePack } from '../content/pack';
import type { ChapterId, IsoDate } from '../content/types';
import { FIRST_CHAPTER, pageDir } from './chapterPages';
import { jsonForScript } from './formattedStrings';
import type { Edition } from './editions';

/** Where the explainer is published when `SITE_URL` is not set (documented in docs/performance.md). */
export const DEFAULT_SITE_URL = 'https://example.org/kasachstan-2022/';

/** Size of the sharing cards `public/og-<lang>.png`, `public/og/<lang>/<chapter>.png` (Open Graph, X/Twitter). */
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

/** What a page says about itself: the words of its head, its card and its oEmbed. */
export interface PageText {
  /** `<title>`, `og:title`, `twitter:title`, the oEmbed title. */
  title: string;
  /** `description`, `og:description`, `twitter:description`. */
  description: string;
  /** The schema.org headline: the chapter's title on a chapter page, the story's on a front page. */
  headline: string;
}

/** The story's own words, for an edition's front page. */
export function storyText(pack: Pick<LanguagePack, 'meta'>): PageText {
  const { title, description } = pack.meta;
  return { title, description, headline: title };
}

/** What {@link headTags} needs. */
export interface HeadOptions {
  pack: Pick<LanguagePack, 'meta'>;
  edition: Edition;
  /** Every edition that is published, for the `hreflang` alternates; the first is `x-default`. */
  editions: readonly Edition[];
  /** From {@link normaliseSiteUrl}. */
  siteUrl: string;
  /** The chapter the page opens at; the first chapter's page is the edition's front page (the default). */
  chapter?: ChapterId;
  /** Title, description and headline of the page; the story's own ({@link storyText}) by default. */
  text?: PageText;
  /** The preview image, a path below the site root (`og-de.png`, `og/de/almaty.png`). */
  ogImage: string;
  /** The page's oEmbed JSON, a path below the site root; without it no oEmbed link is written. */
  oembed?: string;
  /** The policy for the `<meta http-equiv>` (from `contentSecurityPolicy`). */
  csp: string;
}

/** The page URL of an edition (its front page) or of one of its chapters. */
export function editionUrl(
  siteUrl: string,
  edition: Pick<Edition, 'dir'>,
  chapter: ChapterId = FIRST_CHAPTER,
): string {
  return new URL(pageDir(edition, chapter), siteUrl).href;
}

/**
 * When the story last changed: the latest date of a figure it reports (the last chapter adds what became
 * known after the report). Derived from the figures, so a newly added later figure moves it.
 */
export function lastModified(): IsoDate {
  const dates = Object.values(FIGURES).flatMap((f: { asOf: IsoDate; sourceDate: IsoDate | null }) => [
    f.asOf,
    ...(f.sourceDate ? [f.sourceDate] : []),
  ]);
  return dates.reduce((latest, date) => (date > latest ? date : latest), REPORT_DATE);
}

/** The schema.org `NewsArticle` of a page, as the structured data of its head. */
export function newsArticle({
  pack,
  edition,
  url,
  image,
  text,
}: {
  pack: Pick<LanguagePack, 'meta'>;
  edition: Pick<Edition, 'lang'>;
  url: string;
  image: string;
  text: PageText;
}): Record<string, unknown> {
  const organisation = { '@type': 'Organization', name: pack.meta.siteName };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: text.headline,
    description: text.description,
    inLanguage: edition.lang,
    url,
    mainEntityOfPage: url,
    image: [{ '@type': 'ImageObject', url: image, ...OG_IMAGE_SIZE }],
    datePublished: REPORT_DATE,
    dateModified: lastModified(),
    author: organisation,
    publisher: organisation,
  };
}

/** The tags, one per line, for the `<head>` of a page. */
export function headTags({
  pack,
  edition,
  editions,
  siteUrl,
  chapter = FIRST_CHAPTER,
  text = storyText(pack),
  ogImage,
  oembed,
  csp,
}: HeadOptions): string {
  const { siteName } = pack.meta;
  const { title, description } = text;
  const url = editionUrl(siteUrl, edition, chapter);
  const image = new URL(ogImage, siteUrl).href;
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  const first = editions[0];
  const alternate = (hreflang: string, e: Edition) =>
    `<link rel="alternate" hreflang="${hreflang}" href="${escapeHtml(editionUrl(siteUrl, e, chapter))}" />`;
  const alternates =
    editions.length > 1 && first
      ? [...editions.map((e) => alternate(e.lang, e)), alternate('x-default', first)]
      : [];
  return [
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}" />`,
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
    ...alternates,
    ...(oembed
      ? [
          `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(new URL(oembed, siteUrl).href)}" title="${escapeHtml(title)}" />`,
        ]
      : []),
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
    meta('property', 'article:published_time', REPORT_DATE),
    meta('property', 'article:modified_time', lastModified()),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', title),
    `<script type="application/ld+json">${jsonForScript(newsArticle({ pack, edition, url, image, text }))}</script>`,
  ].join('\n    ');
}
