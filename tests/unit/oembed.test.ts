// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { en } from '../../src/content/en';
import { oembedFor } from '../../src/entry-server';
import { EDITIONS } from '../../src/page/editions';
import { oembedJson } from '../../src/page/oembed';

const [GERMAN, ENGLISH] = EDITIONS;
const SITE = 'https://news.example/graphics/kz/';

describe('oembedJson', () => {
  it('answers with oEmbed 1.0, type rich, and every field the spec requires for it', () => {
    const json = oembedJson({
      text: { title: 'T' },
      providerName: 'P',
      providerUrl: SITE,
      thumbnailUrl: `${SITE}og/de/almaty.png`,
      html: '<div></div>',
      size: { width: 720, height: 640 },
    });
    expect(json).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'T',
      provider_name: 'P',
      provider_url: SITE,
      thumbnail_url: `${SITE}og/de/almaty.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
      html: '<div></div>',
      width: 720,
      height: 640,
    });
  });
});

describe("a chapter page's oEmbed", () => {
  const json = oembedFor(en, ENGLISH, 'almaty', { siteUrl: SITE, ogImage: 'og/en/almaty.png' });
  const doc = new DOMParser().parseFromString(json.html, 'text/html');

  it("names the chapter and the story, the publisher, and the chapter's own card", () => {
    expect(json.title).toBe(`${en.chapters.almaty.title} – ${en.meta.title}`);
    expect(json.provider_name).toBe(en.meta.siteName);
    expect(json.provider_url).toBe(SITE);
    expect(json.thumbnail_url).toBe(`${SITE}og/en/almaty.png`);
  });

  it('embeds that chapter in its edition with the auto-height code, for the public site URL', () => {
    const container = doc.querySelector('[data-kz-embed]');
    expect(container?.getAttribute('data-kz-embed')).toBe(`${SITE}en/?embed=auto#almaty`);
    expect(container?.querySelector('a')?.getAttribute('href')).toBe(`${SITE}en/almaty/`);
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(`${SITE}embed/host.js`);
    expect(doc.querySelectorAll('iframe')).toHaveLength(0);
  });

  it('serialises to JSON that a consumer reads back unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("gives the front page the story's title and the original's embed", () => {
    const front = oembedFor(de, GERMAN, 'intro', { siteUrl: SITE, ogImage: 'og-de.png' });
    expect(front.title).toBe(de.meta.title);
    expect(front.html).toContain(`data-kz-embed="${SITE}?embed=auto#intro"`);
  });
});
