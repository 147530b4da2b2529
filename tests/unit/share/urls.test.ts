import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../../src/content/editions';
import { PAGE } from '../../../src/share/params';
import { editionLink, embedSrc, hostScriptUrl, pageUrl, shareUrl, storyRoot } from '../../../src/share/urls';

const ORIGIN = 'https://grafik.example.at';

describe('storyRoot', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/'],
    ['/en/', '/'],
    ['/en/index.html', '/'],
    ['/2022/kasachstan/', '/2022/kasachstan/'],
    ['/2022/kasachstan/en/', '/2022/kasachstan/'],
    ['/2022/kasachstan/index.html', '/2022/kasachstan/'],
    ['/2022/kasachstan/almaty/', '/2022/kasachstan/'],
    ['/2022/kasachstan/en/almaty/index.html', '/2022/kasachstan/'],
    ['', '/'],
  ])('finds the German folder of %s: %s', (pathname, root) => {
    expect(storyRoot(pathname)).toBe(root);
  });

  it("is exact when told the page's own folder, whatever the site's folders are called", () => {
    expect(storyRoot('/almaty/en/csto/', 'en/csto/')).toBe('/almaty/');
    expect(storyRoot('/en/', '')).toBe('/en/');
    expect(storyRoot('/k/en/index.html', 'en/')).toBe('/k/');
  });
});

describe('shareUrl', () => {
  it("links the chapter's own page in German, and nothing else", () => {
    expect(shareUrl({ origin: ORIGIN, pathname: '/2022/kasachstan/' }, 'de', 'csto')).toBe(
      `${ORIGIN}/2022/kasachstan/csto/`,
    );
  });

  it("links the chapter's page under en/ from any page", () => {
    expect(shareUrl({ origin: ORIGIN, pathname: '/' }, 'en', 'toll')).toBe(`${ORIGIN}/en/toll/`);
    expect(shareUrl({ origin: ORIGIN, pathname: '/en/' }, 'en', 'toll')).toBe(`${ORIGIN}/en/toll/`);
    expect(shareUrl({ origin: ORIGIN, pathname: '/k/en/csto/' }, 'en', 'toll', 'en/csto/')).toBe(
      `${ORIGIN}/k/en/toll/`,
    );
  });

  it("links the first chapter's page, the edition's front page", () => {
    expect(shareUrl({ origin: ORIGIN, pathname: '/k/almaty/' }, 'en', 'intro', 'almaty/')).toBe(
      `${ORIGIN}/k/en/`,
    );
  });

  it('switches language by path from either edition', () => {
    expect(pageUrl({ origin: ORIGIN, pathname: '/en/index.html' }, 'de')).toBe(`${ORIGIN}/`);
  });

  it('drops the query string of the page it is shared from (embed, theme, tracking)', () => {
    // `Location.pathname` never contains the query; the share link is built without `search` at all.
    const location = { origin: ORIGIN, pathname: '/', search: '?embed=1&theme=dark&utm_source=x' };
    expect(shareUrl(location, 'de', 'toll')).toBe(`${ORIGIN}/toll/`);
  });
});

describe('embedSrc', () => {
  it('carries the form, the theme and the start chapter', () => {
    expect(
      embedSrc({ origin: ORIGIN, pathname: '/k/' }, 'de', 'borders', { mode: 'fixed', theme: 'dark' }),
    ).toBe(`${ORIGIN}/k/?embed=1&theme=dark#borders`);
    expect(
      embedSrc({ origin: ORIGIN, pathname: '/k/en/' }, 'en', 'intro', { mode: 'auto', theme: null }),
    ).toBe(`${ORIGIN}/k/en/?embed=auto#intro`);
  });

  it('serves the host snippet from the German folder for both languages', () => {
    expect(hostScriptUrl({ origin: ORIGIN, pathname: '/k/en/' })).toBe(`${ORIGIN}/k/embed/host.js`);
  });
});

describe('every edition of the registry', () => {
  const pairs = EDITIONS.flatMap((from) =>
    EDITIONS.map((to) => [from.lang, to.lang, from.dir, to.dir] as const),
  );

  it.each(pairs)('from %s, links %s in its own folder', (_from, to, fromDir, toDir) => {
    const location = { origin: ORIGIN, pathname: `/k/${fromDir}` };
    expect(storyRoot(location.pathname)).toBe('/k/');
    expect(shareUrl(location, to, 'csto')).toBe(`${ORIGIN}/k/${toDir}csto/`);
    expect(shareUrl({ origin: ORIGIN, pathname: `/k/${fromDir}almaty/` }, to, 'csto')).toBe(
      `${ORIGIN}/k/${toDir}csto/`,
    );
    expect(embedSrc(location, to, 'toll', { mode: 'auto', theme: null })).toBe(
      `${ORIGIN}/k/${toDir}?embed=auto#toll`,
    );
    expect(hostScriptUrl(location)).toBe(`${ORIGIN}/k/embed/host.js`);
  });

  it('links every edition to a page of its own: no edition falls back to another one', () => {
    const urls = EDITIONS.map((e) => pageUrl({ origin: ORIGIN, pathname: '/' }, e.lang));
    expect(new Set(urls).size).toBe(EDITIONS.length);
  });
});

describe('editionLink', () => {
  it('keeps embed, theme and channel and the chapter in a link to the other edition', () => {
    expect(editionLink('en/', 'csto', { mode: 'auto', theme: 'dark', channel: 'kz-story' })).toBe(
      'en/?embed=auto&theme=dark&childId=kz-story#csto',
    );
    expect(editionLink('../', 'toll', { mode: 'fixed', theme: null, channel: null })).toBe(
      '../?embed=1#toll',
    );
  });

  it('is the bare link on the plain page', () => {
    expect(editionLink('en/', 'intro', PAGE)).toBe('en/#intro');
  });
});
