// Chapter pages: every chapter of every edition has a page of its own (`…/almaty/`, `…/en/almaty/`) whose
// head names that chapter (title, description, canonical, alternates, card, Twitter tags, schema.org data,
// oEmbed) and points only at files the build wrote; the page opens at its chapter with its map, with and
// without JavaScript, also from a sub-folder of a host that answers unknown paths with its own 404.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { JSDOM } from 'jsdom';
import { createServer as createViteServer } from 'vite';
import { launch } from './harness.mjs';
import { loadContent, pngSize, ROOT } from './prerender-helpers.mjs';

const DIST = join(ROOT, 'dist');
const content = await loadContent();
const { editions, siteUrl } = content;
const pages = await chapterPages();

/** Every page of every edition, with its folder and whether it is a front page (from src/page/). */
async function chapterPages() {
  const vite = await createViteServer({
    root: ROOT,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    const { storyPages, pageDir, isFrontPage, cardPath } =
      await vite.ssrLoadModule('/src/page/chapterPages.ts');
    const { pageText } = await vite.ssrLoadModule('/src/page/pageText.ts');
    return storyPages(editions).map(({ edition, chapter }) => ({
      edition,
      chapter,
      dir: pageDir(edition, chapter),
      front: isFrontPage(chapter),
      card: cardPath(edition.lang, chapter),
      text: pageText(edition.pack, chapter),
    }));
  } finally {
    await vite.close();
  }
}

/** The dist/ file an absolute URL below the site URL stands for, or null for a URL elsewhere. */
function distFile(url) {
  if (!url.startsWith(siteUrl)) return null;
  const path = url.slice(siteUrl.length).split(/[?#]/)[0];
  return join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
};

/**
 * A static host serving dist/ below `prefix`, as a plain web server does: a folder's index.html, files by
 * name, and its own 404 page for anything else (no fallback to the story).
 */
function serveStatic(prefix) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = path.startsWith(prefix) ? normalize(path.slice(prefix.length)) : null;
    let file = rel === null || rel.startsWith('..') ? null : join(DIST, rel);
    if (file && path.endsWith('/')) file = join(file, 'index.html');
    if (!file || !existsSync(file) || !file.startsWith(DIST)) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('host: not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

describe('the build writes a page for every chapter of every edition', () => {
  it('one page per edition and chapter, the first chapter at the front page', () => {
    assert.equal(pages.length, editions.length * content.structure.length);
    for (const page of pages) assert.ok(existsSync(join(DIST, page.dir, 'index.html')), page.dir);
    for (const edition of editions) {
      const front = pages.find((p) => p.edition === edition && p.front);
      assert.equal(front.dir, edition.dir);
    }
  });

  for (const page of pages) {
    it(`/${page.dir}: its own head, pointing only at files that exist`, () => {
      const html = readFileSync(join(DIST, page.dir, 'index.html'), 'utf8');
      const { document } = new JSDOM(html).window;
      const attr = (selector, name) => document.querySelector(selector)?.getAttribute(name) ?? null;
      const meta = (key) =>
        attr(`meta[property="${key}"]`, 'content') ?? attr(`meta[name="${key}"]`, 'content');
      const url = new URL(page.dir, siteUrl).href;
      const card = new URL(page.card, siteUrl).href;
      const { title, description, headline } = page.text;

      assert.equal(document.documentElement.lang, page.edition.lang);
      assert.equal(document.title, title);
      if (!page.front) {
        assert.ok(title.includes(page.edition.pack.chapters[page.chapter].title), 'chapter title');
        assert.ok(title.includes(page.edition.pack.meta.title), 'story title');
      }
      assert.equal(meta('description'), description);
      assert.equal(meta('og:title'), title);
      assert.equal(meta('og:description'), description);
      assert.equal(attr('link[rel="canonical"]', 'href'), url);
      assert.equal(meta('og:url'), url);
      assert.equal(meta('og:image'), card);
      assert.equal(meta('og:image:width'), '1200');
      assert.equal(meta('og:image:height'), '630');
      assert.equal(meta('og:image:alt'), title);
      assert.equal(meta('twitter:card'), 'summary_large_image');
      assert.equal(meta('twitter:title'), title);
      assert.equal(meta('twitter:description'), description);
      assert.equal(meta('twitter:image'), card);
      // The card exists, is 1200×630 and under 150 KB.
      const cardFile = readFileSync(distFile(card));
      assert.deepEqual(pngSize(cardFile), { width: 1200, height: 630 });
      assert.ok(cardFile.length < 150 * 1024, `${page.card}: ${cardFile.length} bytes`);

      // hreflang: the same chapter in every edition, the original as x-default; each page exists.
      const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
        l.getAttribute('hreflang'),
        l.getAttribute('href'),
      ]);
      const same = (e) => pages.find((p) => p.edition.lang === e.lang && p.chapter === page.chapter);
      assert.deepEqual(alternates, [
        ...editions.map((e) => [e.lang, new URL(same(e).dir, siteUrl).href]),
        ['x-default', new URL(same(editions[0]).dir, siteUrl).href],
      ]);
      for (const [, href] of alternates) assert.ok(existsSync(distFile(href)), href);

      // schema.org NewsArticle, a data block.
      const ld = JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent);
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.headline, headline);
      assert.equal(ld.description, description);
      assert.equal(ld.url, url);
      assert.equal(ld.datePublished, '2022-01-08');
      assert.match(ld.dateModified, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(ld.dateModified >= ld.datePublished);
      assert.equal(ld.image[0].url, card);

      // oEmbed: linked, written next to the page, and embedding this chapter.
      const oembedUrl = attr('link[rel="alternate"][type="application/json+oembed"]', 'href');
      assert.equal(oembedUrl, new URL(`${page.dir}oembed.json`, siteUrl).href);
      const oembed = JSON.parse(readFileSync(distFile(oembedUrl), 'utf8'));
      assert.equal(oembed.version, '1.0');
      assert.equal(oembed.type, 'rich');
      assert.equal(oembed.title, title);
      assert.equal(oembed.thumbnail_url, card);
      assert.match(oembed.html, new RegExp(`data-kz-embed="[^"]*\\?embed=auto#${page.chapter}"`));
      assert.ok(oembed.width > 0 && oembed.height > 0);

      // Every relative link and asset of the page resolves to a file of the build, from the page's folder
      // (so the site works from any folder): assets, icon, language switch, data downloads.
      const base = new URL(page.dir, 'https://host.invalid/any/folder/');
      const relative = [...document.querySelectorAll('[href], [src]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src'))
        .filter((ref) => !/^(?:[a-z]+:|#|\/\/)/i.test(ref));
      assert.ok(relative.length > 5, 'relative links found');
      for (const ref of relative) {
        const target = new URL(ref, base);
        assert.ok(target.pathname.startsWith('/any/folder/'), `${ref} leaves the site folder`);
        const path = target.pathname.slice('/any/folder/'.length);
        assert.ok(
          existsSync(join(DIST, path.endsWith('/') || path === '' ? `${path}index.html` : path)),
          ref,
        );
      }

      // Opened at its chapter: the server rendered it active, and the browser's initial scroll target.
      assert.equal(attr('#story', 'data-active-chapter'), page.chapter);
      const landing = [...document.querySelectorAll('section[data-landing]')].map((s) => s.id);
      assert.deepEqual(landing, page.front ? [] : [page.chapter]);
    });
  }

  it('lists every page in sitemap.xml, for the configured SITE_URL, and robots.txt points at it', () => {
    const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    assert.deepEqual(
      locs,
      pages.map((p) => new URL(p.dir, siteUrl).href),
    );
    assert.match(
      readFileSync(join(DIST, 'robots.txt'), 'utf8'),
      new RegExp(`Sitemap: ${siteUrl}sitemap.xml`),
    );
  });
});

describe('a chapter page in the browser, from a sub-folder of a static host', () => {
  const PREFIX = '/graphics/2022/kasachstan/';
  const env = {};
  before(async () => {
    env.host = await serveStatic(PREFIX);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.host?.close();
  });

  /** Opens a page and records failed requests and errors. */
  async function open(path, { javaScriptEnabled = true, width = 390, height = 844 } = {}) {
    const context = await env.browser.newContext({ viewport: { width, height }, javaScriptEnabled });
    const page = await context.newPage();
    const problems = [];
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`${res.status()} ${res.url()}`);
    });
    page.on('pageerror', (err) => problems.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(msg.text());
    });
    const response = await page.goto(`${env.host.origin}${PREFIX}${path}`);
    return { page, response, problems, close: () => context.close() };
  }

  /** The id of the chapter whose section crosses the reading line (60 % down), read from the layout. */
  function chapterAtReadingLine(page) {
    return page.evaluate(() => {
      const line = window.innerHeight * 0.6;
      const hit = [...document.querySelectorAll('section.chapter')].find((s) => {
        const r = s.getBoundingClientRect();
        return r.top <= line && r.bottom > line;
      });
      return hit?.id ?? null;
    });
  }

  for (const size of [
    { width: 390, height: 844, name: 'phone' },
    { width: 1280, height: 800, name: 'desktop' },
  ]) {
    for (const dir of ['almaty/', `${editions.at(-1).dir}csto/`]) {
      const chapter = dir.split('/').at(-2);
      it(`/${dir} lands on its chapter with its map and stays there (${size.name})`, async () => {
        const { page, response, problems, close } = await open(dir, size);
        try {
          assert.equal(response.status(), 200);
          await page.waitForSelector('[data-map-ready="true"]', { timeout: 20000 });
          await page.waitForTimeout(1500); // every chapter laid out, map flights over
          assert.equal(await page.getAttribute('#story', 'data-active-chapter'), chapter);
          assert.equal(await page.getAttribute('.map-panel', 'data-chapter'), chapter);
          assert.equal(await chapterAtReadingLine(page), chapter);
          // The map shows the chapter's view: its centre lies inside the chapter's bounds.
          const [lat, lng] = (await page.getAttribute('.map-panel', 'data-center')).split(',').map(Number);
          const [[south, west], [north, east]] = content.structure.find((c) => c.id === chapter).view.bounds;
          assert.ok(lat > south && lat < north && lng > west && lng < east, `centre ${lat},${lng}`);
          // No hash was written for a page that opened at its own chapter.
          assert.equal(new URL(page.url()).hash, '');
          assert.deepEqual(problems, []);
        } finally {
          await close();
        }
      });
    }
  }

  it('without JavaScript, opens at its chapter too (the browser scrolls to it before any script)', async () => {
    const { page, problems, close } = await open('toll/', { javaScriptEnabled: false });
    try {
      const top = await page.evaluate(() => document.getElementById('toll').getBoundingClientRect().top);
      assert.ok(Math.abs(top) < 2, `the chapter is at the top of the viewport (${top}px)`);
      assert.ok(await page.evaluate(() => window.scrollY > 1000));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  it('lets a hash win over the page: /almaty/#csto opens at csto', async () => {
    const { page, close } = await open('almaty/#csto', { width: 1280, height: 800 });
    try {
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 20000 });
      await page.waitForTimeout(1000);
      assert.equal(await page.getAttribute('#story', 'data-active-chapter'), 'csto');
      assert.equal(await chapterAtReadingLine(page), 'csto');
    } finally {
      await close();
    }
  });

  it("switches language to the same chapter's page and shares the chapter's page", async () => {
    const other = editions.at(-1);
    const { page, close } = await open('almaty/', { width: 1280, height: 800 });
    try {
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 20000 });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      // Clicked where the reader is (a pointer click would first scroll the button or the masthead into
      // view, and so change the chapter being read).
      await page.evaluate(() => document.getElementById('almaty-share').click());
      await page.waitForFunction(() => document.querySelector('#almaty .share-status')?.textContent);
      const shared = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(shared, `${env.host.origin}${PREFIX}almaty/`);
      const href = await page.$eval(`.language-switch a[hreflang="${other.lang}"]`, (a) => a.href);
      assert.equal(href, `${env.host.origin}${PREFIX}${other.dir}almaty/`);
      await page.goto(href);
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 20000 });
      assert.equal(await page.getAttribute('html', 'lang'), other.lang);
      assert.equal(await page.getAttribute('#story', 'data-active-chapter'), 'almaty');
    } finally {
      await close();
    }
  });

  it("answers an unknown chapter path with the host's 404, not with the story", async () => {
    for (const path of ['nonesuch/', `${editions.at(-1).dir}nonesuch/`, 'intro/', 'almaty/%3Cscript%3E/']) {
      const response = await fetch(`${env.host.origin}${PREFIX}${path}`);
      assert.equal(response.status, 404, path);
      assert.equal(await response.text(), 'host: not found');
    }
  });
});
