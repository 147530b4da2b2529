// The prerendered pages: with JavaScript off the whole story is there and visible (titles, paragraphs,
// quotes, what each map shows, chart captions and tables), each edition carries its own sharing and
// language meta, and with JavaScript on React hydrates the server's DOM without a warning.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAPTERS } from './harness.mjs';
import { HAS_CHARTS, loadContent, pngSize, serveAndLaunch, squash } from './prerender-helpers.mjs';

const content = await loadContent();
const env = serveAndLaunch();

async function withoutJs(path, test) {
  const context = await env.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  try {
    const response = await page.goto(`${env.server.origin}/${path}`);
    assert.equal(response.status(), 200);
    await test(page);
  } finally {
    await context.close();
  }
}

/** Text and visibility of the elements matching `selector` inside a chapter. */
function readChapter(page, id, selector) {
  return page.$$eval(`#${id} ${selector}`, (els) =>
    els.map((el) => ({
      text: el.textContent ?? '',
      visible: el.checkVisibility({ visibilityProperty: true }),
    })),
  );
}

it('prerenders every edition this build has a language pack for', () => {
  assert.ok(content.editions.length >= 1);
  assert.equal(content.editions[0].lang, 'de');
  assert.deepEqual(
    content.structure.map((c) => c.id),
    CHAPTERS,
  );
});

for (const { lang, dir, ogLocale, pack } of content.editions) {
  describe(`${lang} page (/${dir}) without JavaScript`, () => {
    it('shows the title and every chapter: kicker, title, paragraphs, quotes and what the map shows', async () => {
      await withoutJs(dir, async (page) => {
        assert.equal(squash(await page.textContent('h1')), squash(pack.meta.title));
        assert.ok(await page.locator('h1').isVisible());
        for (const { id } of content.structure) {
          const text = pack.chapters[id];
          const [kicker] = await readChapter(page, id, '.kicker');
          assert.equal(squash(kicker.text), squash(text.kicker), `${id}: kicker`);
          assert.ok(kicker.visible, `${id}: kicker visible`);
          const [title] = await readChapter(page, id, 'h2');
          assert.equal(squash(title.text), squash(text.title), `${id}: title`);
          assert.ok(title.visible, `${id}: title visible`);
          const shown = await readChapter(page, id, 'p');
          const visibleText = shown.filter((p) => p.visible).map((p) => squash(p.text));
          for (const block of text.blocks) {
            const expected = squash(
              block.type === 'p' ? content.fillFigures(block.text, pack) : block.quote.text,
            );
            assert.ok(
              visibleText.some((p) => p.includes(expected)),
              `${id}: visible text lacks "${expected.slice(0, 60)}…"`,
            );
          }
          if (text.mapDescription) {
            assert.ok(
              visibleText.some((p) => p.includes(squash(text.mapDescription))),
              `${id}: the map description is not shown`,
            );
          }
        }
      });
    });

    if (HAS_CHARTS) {
      it("shows each chapter graphic's caption and its data table", async () => {
        await withoutJs(dir, async (page) => {
          for (const { id, graphic } of content.structure) {
            if (!graphic) continue;
            const captions = await readChapter(page, id, 'figure figcaption');
            assert.ok(
              captions.some((c) => c.visible && squash(c.text).length > 0),
              `${id}: no visible figure caption`,
            );
            const tables = await page.$$eval(`#${id} table`, (els) =>
              els.map((table) => ({
                visible: table.checkVisibility({ visibilityProperty: true }),
                cells: table.querySelectorAll('td, th[scope="row"]').length,
              })),
            );
            assert.ok(
              tables.some((t) => t.visible && t.cells > 0),
              `${id}: no visible data table with cells (${JSON.stringify(tables)})`,
            );
          }
        });
      });
    }

    it('keeps the page to one column that fits the phone, with the map picture and no live map panel', async () => {
      await withoutJs(dir, async (page) => {
        const state = await page.evaluate(() => ({
          scriptingOff: window.matchMedia('(scripting: none)').matches,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
          panel: [...document.querySelectorAll('.map-panel')].map((el) => el.checkVisibility()),
          picture: [...document.querySelectorAll('.map-picture')].map((el) => el.checkVisibility()),
        }));
        assert.deepEqual(state.picture, [true]);
        assert.equal(state.scriptingOff, true);
        assert.ok(state.overflow <= 0, `horizontal overflow ${state.overflow}px`);
        assert.deepEqual(
          state.panel.filter((v) => v),
          [],
        );
      });
    });

    it('carries its language, title, description, canonical URL, alternates and sharing tags', async () => {
      const url = new URL(dir, content.siteUrl).href;
      const image = new URL(`og-${lang}.png`, content.siteUrl).href;
      await withoutJs(dir, async (page) => {
        const meta = await page.evaluate(() => {
          const attr = (selector, name) => document.querySelector(selector)?.getAttribute(name) ?? null;
          const byKey = (key) =>
            attr(`meta[property="${key}"]`, 'content') ?? attr(`meta[name="${key}"]`, 'content');
          return {
            lang: document.documentElement.lang,
            title: document.title,
            description: byKey('description'),
            canonical: attr('link[rel="canonical"]', 'href'),
            alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
              l.getAttribute('hreflang'),
              l.getAttribute('href'),
            ]),
            og: Object.fromEntries(
              [...document.querySelectorAll('meta[property^="og:"]')].map((m) => [
                m.getAttribute('property'),
                m.getAttribute('content'),
              ]),
            ),
            twitter: Object.fromEntries(
              [...document.querySelectorAll('meta[name^="twitter:"]')].map((m) => [
                m.getAttribute('name'),
                m.getAttribute('content'),
              ]),
            ),
          };
        });
        assert.equal(meta.lang, lang);
        assert.equal(meta.title, pack.meta.title);
        assert.equal(meta.description, pack.meta.description);
        assert.equal(meta.canonical, url);
        if (content.editions.length > 1) {
          assert.deepEqual(meta.alternates, [
            ...content.editions.map((e) => [e.lang, new URL(e.dir, content.siteUrl).href]),
            ['x-default', content.siteUrl],
          ]);
        }
        assert.equal(meta.og['og:title'], pack.meta.title);
        assert.equal(meta.og['og:description'], pack.meta.description);
        assert.equal(meta.og['og:url'], url);
        assert.equal(meta.og['og:locale'], ogLocale);
        assert.equal(meta.og['og:type'], 'article');
        assert.equal(meta.og['og:image'], image, 'each edition has its own preview image (npm run og-image)');
        assert.equal(meta.twitter['twitter:card'], 'summary_large_image');
        assert.equal(meta.twitter['twitter:title'], pack.meta.title);
        assert.equal(meta.twitter['twitter:image'], image);
      });
    });

    it('serves its 1200×630 preview image', async () => {
      const response = await fetch(`${env.server.origin}/og-${lang}.png`);
      assert.equal(response.status, 200);
      assert.deepEqual(pngSize(Buffer.from(await response.arrayBuffer())), { width: 1200, height: 630 });
    });
  });

  describe(`${lang} page (/${dir}) with JavaScript`, () => {
    it("hydrates the server's DOM without a mismatch, a warning or an error", async () => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const messages = [];
      const failed = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') messages.push(`${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => messages.push(`pageerror: ${err}`));
      page.on('response', (res) => {
        if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
      });
      // Keep the parsed server DOM's nodes before any module script runs: if React threw the server's markup
      // away (a mismatch it recovers from by rendering anew), these would no longer be in the document.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          window.__serverNodes = [
            document.querySelector('h1'),
            document.querySelector('main'),
            document.querySelector('section.chapter:last-of-type p'),
          ];
        });
      });
      try {
        await page.goto(`${env.server.origin}/${dir}`);
        await page.waitForFunction(() =>
          Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')),
        );
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const kept = await page.evaluate(() =>
          window.__serverNodes.map((node) => node !== null && node.isConnected),
        );
        assert.deepEqual(kept, [true, true, true], 'React replaced the prerendered DOM');
        assert.deepEqual(messages, []);
        assert.deepEqual(failed, []);
      } finally {
        await context.close();
      }
    });

    it("formats no date or number in the browser: the page carries the server's strings", async () => {
      // A page's first Intl formatter costs tens of milliseconds on a phone (ICU loads its locale data), and
      // the browser's ICU may word a date differently from Node's: hydration takes the server's strings.
      const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const scripts = [];
      page.on('response', (res) => {
        if (res.request().resourceType() === 'script') scripts.push(new URL(res.url()).pathname);
      });
      await page.addInitScript(() => {
        window.__intlMade = [];
        for (const name of ['DateTimeFormat', 'NumberFormat']) {
          const Original = Intl[name];
          Intl[name] = new Proxy(Original, {
            construct(target, args) {
              window.__intlMade.push(`${name}(${JSON.stringify(args)})`);
              return Reflect.construct(target, args);
            },
            apply(target, self, args) {
              window.__intlMade.push(`${name}(${JSON.stringify(args)})`);
              return Reflect.apply(target, self, args);
            },
          });
        }
      });
      try {
        await page.goto(`${env.server.origin}/${dir}`);
        await page.waitForSelector('[data-map-ready="true"]');
        // Every chapter, so every chart's code loads and renders its prerendered figure again.
        for (const { id } of content.structure) {
          await page.evaluate((chapter) => document.getElementById(chapter)?.scrollIntoView(), id);
          await page.waitForTimeout(150);
        }
        await page.waitForLoadState('networkidle');
        if (HAS_CHARTS) {
          assert.ok(
            scripts.some((path) => /\/ChapterGraphic-[^/]+\.js$/.test(path)),
            `the chart code was loaded: ${scripts.join(', ')}`,
          );
        }
        assert.deepEqual(await page.evaluate(() => window.__intlMade), []);
      } finally {
        await context.close();
      }
    });
  });
}

describe('progressive rendering', () => {
  for (const size of [
    { width: 390, height: 844, name: 'phone' },
    { width: 1280, height: 800, name: 'desktop' },
  ]) {
    it(`does not move the story when the map panel, last in the HTML, is parsed after a first paint (${size.name})`, async () => {
      // The browser may paint before the whole document has arrived. The panel follows the story in the HTML
      // (screen readers meet the story first) but sits above it on phones: its room must not depend on it.
      const context = await env.browser.newContext({ viewport: size });
      const page = await context.newPage();
      try {
        // No script runs: this is the prerendered page as the parser builds it, before hydration.
        await page.route('**/*.js', (route) => route.abort());
        const url = `${env.server.origin}/`;
        const storyTop = () =>
          page.evaluate(() => document.getElementById('story')?.getBoundingClientRect().top);
        await page.route(url, async (route) => {
          const response = await route.fetch();
          const html = await response.text();
          const at = html.indexOf('<div class="panel"');
          assert.ok(at > 0, 'the panel is in the HTML');
          await route.fulfill({ response, body: html.slice(0, at) });
        });
        await page.goto(url);
        assert.equal(await page.locator('.panel').count(), 0);
        const before = await storyTop();
        await page.unroute(url);
        await page.goto(url);
        assert.equal(await page.locator('.panel').count(), 1);
        assert.equal(await storyTop(), before, 'the story moved when the panel arrived');
        // And the panel has its place: full width above the story on phones, the right column on desktops.
        const box = await page.evaluate(() => {
          const panel = document.querySelector('.panel').getBoundingClientRect();
          const story = document.getElementById('story').getBoundingClientRect();
          return {
            panel: [panel.left, panel.width, panel.bottom],
            story: [story.left, story.width, story.top],
          };
        });
        if (size.width < 1024) {
          assert.deepEqual(box.panel.slice(0, 2), box.story.slice(0, 2), 'panel as wide as the story');
          assert.equal(box.panel[2], box.story[2], 'story right below the panel');
        } else {
          assert.ok(box.panel[0] >= box.story[0] + box.story[1], 'panel right of the story');
          assert.ok(box.panel[1] > 400, 'panel has width');
        }
      } finally {
        await context.close();
      }
    });
  }
});
