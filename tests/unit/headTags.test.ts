import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { EDITIONS, type Edition } from '../../src/page/editions';
import {
  DEFAULT_SITE_URL,
  editionUrl,
  escapeHtml,
  headTags,
  normaliseSiteUrl,
} from '../../src/page/headTags';

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
