// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { FIGURES } from '../../src/content/figures';
import { storyPages } from '../../src/page/chapterPages';
import { EDITIONS, type Edition } from '../../src/page/editions';
import {
  DEFAULT_SITE_URL,
  editionUrl,
  escapeHtml,
  headTags,
  lastModified,
  normaliseSiteUrl,
} from '../../src/page/headTags';
import { robotsTxt, sitemapXml } from '../../src/page/sitemap';

const [GERMAN, ENGLISH] = EDITIONS;
const SITE = 'https://news.example/kz/';

function tags(edition: Edition = GERMAN, editions: readonly Edition[] = EDITIONS): Document {
  const html = headTags({
    pack: de,
    edition,
    editions,
    siteUrl: SITE,
    ogImage: 'og-de.png',
    csp: "default-src 'self'",
  });
  return new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html');
}

function content(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content') ?? null;
}

describe('normaliseSiteUrl', () => {
  it('defaults to the documented URL and always ends in a slash', () => {
    expect(normaliseSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(normaliseSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
    expect(normaliseSiteUrl('https://news.example/kz')).toBe('https://news.example/kz/');
    expect(normaliseSiteUrl('https://news.example/kz/?utm=x#top')).toBe('https://news.example/kz/');
  });

  it.each(['kz/', 'ftp://news.example/', 'javascript:alert(1)'])('rejects %s', (raw) => {
    expect(() => normaliseSiteUrl(raw)).toThrow(/SITE_URL/);
  });
});

describe('headTags', () => {
  it("gives the page its pack's title and description, also for sharing", () => {
    const doc = tags();
    expect(doc.title).toBe(de.meta.title);
    expect(content(doc, 'meta[name="description"]')).toBe(de.meta.description);
    expect(content(doc, 'meta[property="og:title"]')).toBe(de.meta.title);
    expect(content(doc, 'meta[property="og:description"]')).toBe(de.meta.description);
    expect(content(doc, 'meta[property="og:site_name"]')).toBe(de.meta.siteName);
    expect(content(doc, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(content(doc, 'meta[name="twitter:title"]')).toBe(de.meta.title);
  });

  it('points canonical, og:url and the preview image at absolute URLs below the site URL', () => {
    const doc = tags(ENGLISH);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}en/`);
    expect(content(doc, 'meta[property="og:url"]')).toBe(`${SITE}en/`);
    expect(content(doc, 'meta[property="og:image"]')).toBe(`${SITE}og-de.png`);
    expect(content(doc, 'meta[name="twitter:image"]')).toBe(`${SITE}og-de.png`);
    expect(content(doc, 'meta[property="og:image:width"]')).toBe('1200');
    expect(content(doc, 'meta[property="og:image:height"]')).toBe('630');
    expect(content(doc, 'meta[property="og:locale"]')).toBe('en_GB');
    expect(content(doc, 'meta[property="og:locale:alternate"]')).toBe('de_AT');
  });

  it('lists every published edition as an hreflang alternate, the original as x-default', () => {
    const links = [...tags().querySelectorAll('link[rel="alternate"]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['de', SITE],
      ['en', `${SITE}en/`],
      ...EDITIONS.slice(2).map((e) => [e.lang, `${SITE}${e.dir}`]),
      ['x-default', SITE],
    ]);
  });

  it('lists no alternates when only one edition is published', () => {
    expect(tags(GERMAN, [GERMAN]).querySelectorAll('link[rel="alternate"]')).toHaveLength(0);
  });

  it('carries the Content-Security-Policy first, before anything that loads', () => {
    const first = tags().head.firstElementChild;
    expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first?.getAttribute('content')).toBe("default-src 'self'");
  });

  it('escapes quotes and markup in pack text', () => {
    const html = headTags({
      pack: { meta: { title: '<b>"A" & B</b>', description: '"><script>', siteName: 'x' } },
      edition: GERMAN,
      editions: [GERMAN],
      siteUrl: SITE,
      ogImage: 'og-de.png',
      csp: '',
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(escapeHtml('"<&>')).toBe('&quot;&lt;&amp;&gt;');
  });

  it('gives the root edition the site URL itself', () => {
    expect(editionUrl(SITE, GERMAN)).toBe(SITE);
  });
});

describe('headTags of a chapter page', () => {
  const text = { title: 'Almaty – Story', description: 'Written for the chapter.', headline: 'Almaty' };
  const doc = new DOMParser().parseFromString(
    `<head>${headTags({
      pack: de,
      edition: ENGLISH,
      editions: EDITIONS,
      siteUrl: SITE,
      chapter: 'almaty',
      text,
      ogImage: 'og/en/almaty.png',
      oembed: 'en/almaty/oembed.json',
      csp: "default-src 'self'",
    })}</head>`,
    'text/html',
  );

  it("points canonical and og:url at the chapter's page, and the card at the chapter's card", () => {
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}en/almaty/`);
    expect(content(doc, 'meta[property="og:url"]')).toBe(`${SITE}en/almaty/`);
    expect(content(doc, 'meta[property="og:image"]')).toBe(`${SITE}og/en/almaty.png`);
    expect(content(doc, 'meta[name="twitter:image"]')).toBe(`${SITE}og/en/almaty.png`);
    expect(content(doc, 'meta[property="og:image:alt"]')).toBe(text.title);
  });

  it('carries the chapter title and description in title, Open Graph and Twitter tags', () => {
    expect(doc.title).toBe(text.title);
    for (const selector of ['meta[property="og:title"]', 'meta[name="twitter:title"]'])
      expect(content(doc, selector)).toBe(text.title);
    for (const selector of [
      'meta[name="description"]',
      'meta[property="og:description"]',
      'meta[name="twitter:description"]',
    ])
      expect(content(doc, selector)).toBe(text.description);
  });

  it('links the same chapter in every edition, the original as x-default', () => {
    const links = [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ...EDITIONS.map((e) => [e.lang, `${SITE}${e.dir}almaty/`]),
      ['x-default', `${SITE}almaty/`],
    ]);
  });

  it('links its oEmbed JSON for discovery', () => {
    const link = doc.querySelector('link[type="application/json+oembed"]');
    expect(link?.getAttribute('rel')).toBe('alternate');
    expect(link?.getAttribute('href')).toBe(`${SITE}en/almaty/oembed.json`);
  });

  it('describes itself as a schema.org NewsArticle of 8 January 2022, modified with its last figure', () => {
    const block = doc.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(block?.textContent ?? '{}') as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Almaty',
      description: text.description,
      inLanguage: 'en',
      url: `${SITE}en/almaty/`,
      datePublished: '2022-01-08',
      dateModified: lastModified(),
      image: [{ '@type': 'ImageObject', url: `${SITE}og/en/almaty.png`, width: 1200, height: 630 }],
      publisher: { '@type': 'Organization', name: de.meta.siteName },
    });
    expect(lastModified() >= '2022-01-08').toBe(true);
    expect(Object.values(FIGURES).every((f) => f.asOf <= lastModified())).toBe(true);
  });

  it('keeps markup in the words from closing the data block', () => {
    const html = headTags({
      pack: de,
      edition: GERMAN,
      editions: [GERMAN],
      siteUrl: SITE,
      text: { title: 't', description: '</script><script>alert(1)</script>', headline: 'h' },
      ogImage: 'og-de.png',
      csp: '',
    });
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe('sitemap and robots.txt', () => {
  const xml = new DOMParser().parseFromString(sitemapXml(SITE, EDITIONS, '2022-03-14'), 'application/xml');

  it('lists every page of every edition, each with its language alternates', () => {
    const locs = [...xml.getElementsByTagName('loc')].map((l) => l.textContent);
    expect(locs).toEqual(
      storyPages(EDITIONS).map(({ edition, chapter }) => editionUrl(SITE, edition, chapter)),
    );
    const first = xml.getElementsByTagName('url')[1];
    const alternates = [...(first?.getElementsByTagName('xhtml:link') ?? [])].map((l) =>
      l.getAttribute('href'),
    );
    expect(alternates).toEqual([...EDITIONS.map((e) => `${SITE}${e.dir}trigger/`), `${SITE}trigger/`]);
  });

  it('points robots at the sitemap of the configured site', () => {
    expect(robotsTxt(SITE)).toContain(`Sitemap: ${SITE}sitemap.xml`);
  });
});
