import { describe, expect, it } from 'vitest';
import { PAGE } from '../../../src/embed/params';
import { editionLink, embedSrc, hostScriptUrl, pageUrl, shareUrl, storyRoot } from '../../../src/embed/urls';

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
    ['', '/'],
  ])('finds the German folder of %s: %s', (pathname, root) => {
    expect(storyRoot(pathname)).toBe(root);
  });
});

describe('shareUrl', () => {
  it('links the German page with the chapter and nothing else', () => {
    expect(shareUrl({ origin: ORIGIN, pathname: '/2022/kasachstan/' }, 'de', 'csto')).toBe(
      `${ORIGIN}/2022/kasachstan/#csto`,
    );
  });

  it('links the English page under en/', () => {
    expect(shareUrl({ origin: ORIGIN, pathname: '/' }, 'en', 'toll')).toBe(`${ORIGIN}/en/#toll`);
    expect(shareUrl({ origin: ORIGIN, pathname: '/en/' }, 'en', 'toll')).toBe(`${ORIGIN}/en/#toll`);
  });

  it('switches language by path from either edition', () => {
    expect(pageUrl({ origin: ORIGIN, pathname: '/en/index.html' }, 'de')).toBe(`${ORIGIN}/`);
  });

  it('drops the query string of the page it is shared from (embed, theme, tracking)', () => {
    // `Location.pathname` never contains the query; the share link is built without `search` at all.
    const location = { origin: ORIGIN, pathname: '/', search: '?embed=1&theme=dark&utm_source=x' };
    expect(shareUrl(location, 'de', 'intro')).toBe(`${ORIGIN}/#intro`);
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
