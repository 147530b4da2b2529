// Browser tests of sharing and embedding. The explainer (dist, vite preview on 127.0.0.1) and the demo host
// pages (tests/e2e/hosts, a tiny static server reached as `localhost`) run on different origins and sites, as
// on a news site. Run with `npm run test:e2e` (builds first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { CHAPTERS, launch, serveDist } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url);
const HOSTS = new URL('./hosts/', import.meta.url);
const DIST_EN = new URL('../../dist/en/index.html', import.meta.url);
const PHONE = { width: 390, height: 844, name: 'phone' };
const DESKTOP = { width: 1280, height: 800, name: 'desktop' };

let explainer;
let hosts;
let browser;

/** Serves the demo host pages (only those two files) on another port; `localhost` makes it another site. */
function serveHosts() {
  return new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const name = new URL(req.url, 'http://x').pathname.slice(1);
      if (!['fixed.html', 'auto.html', 'blank.html'].includes(name)) {
        res.writeHead(404).end();
        return;
      }
      const body =
        name === 'blank.html' ? '<!doctype html><title>blank</title>' : await readFile(new URL(name, HOSTS));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    });
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://localhost:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

before(async () => {
  explainer = await serveDist();
  hosts = await serveHosts();
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await hosts?.close();
  await explainer?.close();
});

/** A host page at a size, recording errors from every frame. */
async function openHost(page, size, query = '') {
  const context = await browser.newContext({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    colorScheme: 'light',
    isMobile: size.width < 600,
    hasTouch: size.width < 600,
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  tab.on('pageerror', (err) => errors.push(String(err)));
  const params = new URLSearchParams({ explainer: `${explainer.origin}/`, ...query });
  await tab.goto(`${hosts.origin}/${page}?${params}`);
  const frame = await storyFrame(tab);
  return { tab, frame, context, errors, close: () => context.close() };
}

/** The explainer's frame inside a host page, once the story has rendered. */
async function storyFrame(tab) {
  let frame;
  await tab.waitForFunction(() => document.querySelector('iframe'));
  for (let i = 0; i < 100 && !frame; i++) {
    frame = tab.frames().find((f) => f.url().startsWith(explainer.origin));
    if (!frame) await tab.waitForTimeout(50);
  }
  assert.ok(frame, 'the explainer frame loaded');
  await frame.waitForSelector('main[data-active-chapter]');
  return frame;
}

const activeIn = (frame) =>
  frame.evaluate(() => document.querySelector('main').getAttribute('data-active-chapter'));

async function waitActive(frame, id) {
  await frame.waitForFunction(
    (chapterId) => document.querySelector('main')?.getAttribute('data-active-chapter') === chapterId,
    id,
    { timeout: 5000 },
  );
}

/** Poll a condition computed in Node (across frames) until it holds. */
async function until(check, message, timeout = 4000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last === true) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`${message}: ${JSON.stringify(last)}`);
}

const iframeRect = (tab) =>
  tab.evaluate(() => {
    const r = document.querySelector('iframe').getBoundingClientRect();
    return { top: r.top, height: r.height, innerHeight: window.innerHeight, scrollY: window.scrollY };
  });

const contentHeight = (frame) => frame.evaluate(() => document.body.getBoundingClientRect().height);

async function heightsMatch(tab, frame) {
  const [outer, inner] = [await iframeRect(tab), await contentHeight(frame)];
  return Math.abs(outer.height - inner) <= 2 || { iframe: outer.height, content: inner };
}

/**
 * Whether the map panel sticks as on the page: its top (frame coordinates plus the frame's top in the host)
 * is inside the host viewport and no lower than the top of the frame's visible part, so it fills the view.
 */
async function panelInView(tab, frame) {
  const outer = await iframeRect(tab);
  const panel = await frame.evaluate(() => {
    const r = document.querySelector('.page > .panel').getBoundingClientRect();
    return { top: r.top, height: r.height };
  });
  const top = outer.top + panel.top;
  const visibleTop = Math.max(0, outer.top);
  return (top >= -2 && top <= visibleTop + 2) || { top, visibleTop, height: panel.height };
}

/** Scroll the host so that the chapter's section (inside the frame) crosses the host's reading line (60 %). */
async function hostScrollToChapter(tab, frame, id) {
  const sectionTop = await frame.evaluate((chapterId) => {
    return document.getElementById(chapterId).getBoundingClientRect().top + window.scrollY;
  }, id);
  await tab.evaluate((top) => {
    const frameTop = document.querySelector('iframe').getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: frameTop + top - window.innerHeight * 0.6 + 40, behavior: 'instant' });
  }, sectionTop);
}

/** Scroll inside a fixed-height frame so that the chapter crosses the frame's reading line. */
async function frameScrollToChapter(frame, id) {
  await frame.evaluate((chapterId) => {
    const top = document.getElementById(chapterId).getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.6 + 40, behavior: 'instant' });
  }, id);
}

for (const size of [PHONE, DESKTOP]) {
  describe(`fixed-height embed at ${size.width}x${size.height}`, () => {
    it('scrolls through all chapters inside the frame with the map panel in view, the host does not move', async () => {
      const { tab, frame, errors, close } = await openHost('fixed.html', size);
      assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('data-embed')), 'fixed');
      // The chrome is gone from the screen, the title stays for screen readers.
      const masthead = await frame.evaluate(() => {
        const r = document.querySelector('.masthead').getBoundingClientRect();
        return { height: r.height, h1: document.querySelector('h1').textContent.length };
      });
      assert.ok(masthead.height <= 1 && masthead.h1 > 0, `masthead ${JSON.stringify(masthead)}`);
      await tab.evaluate(() => window.scrollTo(0, 200));
      for (const id of CHAPTERS) {
        await frameScrollToChapter(frame, id);
        await waitActive(frame, id);
        const panel = await frame.evaluate(() => {
          const r = document.querySelector('.page > .panel').getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, viewport: window.innerHeight };
        });
        assert.ok(
          panel.top >= -1 && panel.bottom <= panel.viewport + 1,
          `${id}: panel ${JSON.stringify(panel)}`,
        );
        if (id === 'protests') {
          await tab.screenshot({ path: new URL(`embed-fixed-${size.name}.png`, SHOTS).pathname });
        }
      }
      assert.equal((await iframeRect(tab)).scrollY, 200, 'the host page stayed where the reader left it');
      const link = await frame.evaluate(() => {
        const a = document.querySelector('a.embed-open');
        const r = a.getBoundingClientRect();
        return {
          href: a.href,
          target: a.target,
          rel: a.rel,
          visible: r.top >= 0 && r.bottom <= window.innerHeight,
        };
      });
      assert.deepEqual(link, {
        href: `${explainer.origin}/#sources`,
        target: '_blank',
        rel: 'noopener',
        visible: true,
      });
      assert.deepEqual(errors, []);
      await close();
    });
  });

  describe(`auto-height embed at ${size.width}x${size.height}`, () => {
    const query = size === DESKTOP ? { wide: '1' } : {};

    it('is exactly as tall as its content after load, stays so, and again after a resize', async () => {
      const { tab, frame, errors, close } = await openHost('auto.html', size, query);
      await until(() => heightsMatch(tab, frame), 'height after load');
      const settled = (await iframeRect(tab)).height;
      await tab.waitForTimeout(1000);
      assert.equal((await iframeRect(tab)).height, settled, 'no feedback loop: the height holds still');
      await tab.setViewportSize({ width: size === PHONE ? 844 : 1000, height: size === PHONE ? 390 : 700 });
      await until(() => heightsMatch(tab, frame), 'height after resize');
      assert.notEqual((await iframeRect(tab)).height, settled, 'the resize changed the layout');
      assert.deepEqual(errors, []);
      await close();
    });

    it('follows the host scrolling through all chapters and keeps the map panel in the host viewport', async () => {
      const { tab, frame, errors, close } = await openHost('auto.html', size, query);
      await until(() => heightsMatch(tab, frame), 'height after load');
      for (const id of CHAPTERS) {
        await hostScrollToChapter(tab, frame, id);
        await waitActive(frame, id);
        await tab.waitForFunction(
          (chapterId) => document.getElementById('host-chapter').textContent === chapterId,
          id,
        );
        await until(() => panelInView(tab, frame), `${id}: map panel at the top of what the reader sees`);
        if (id === 'protests') {
          await tab.screenshot({ path: new URL(`embed-auto-${size.name}.png`, SHOTS).pathname });
        }
      }
      assert.deepEqual(errors, []);
      await close();
    });
  });
}

describe('auto-height embed and the language', () => {
  it('fits its content again after the frame changes to English (once the English edition is built)', async () => {
    const { tab, frame, errors, close } = await openHost('auto.html', PHONE);
    await until(() => heightsMatch(tab, frame), 'height of the German embed');
    if (!existsSync(DIST_EN)) {
      // No English page yet: the German half above is all there is to check.
      await close();
      return;
    }
    // What a language switch inside the frame does: the same embed parameters, one folder down.
    await tab.evaluate(() => {
      const iframe = document.querySelector('iframe');
      const url = new URL(iframe.src);
      url.pathname = `${url.pathname.replace(/\/$/, '')}/en/`;
      iframe.src = url.href;
    });
    await frame.waitForFunction(
      () => document.documentElement.lang === 'en' && document.querySelector('main'),
    );
    await until(() => heightsMatch(tab, frame), 'height of the English embed');
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('deep links into embeds', () => {
  it('opens a fixed-height embed on its start chapter without moving the host page', async () => {
    const { tab, frame, errors, close } = await openHost('fixed.html', PHONE, { chapter: 'csto' });
    await waitActive(frame, 'csto');
    const top = await frame.evaluate(() => document.getElementById('csto').getBoundingClientRect().top);
    const line = await frame.evaluate(() => window.innerHeight * 0.6);
    assert.ok(top <= line, `csto top ${top} above the frame's reading line ${line}`);
    assert.equal((await iframeRect(tab)).scrollY, 0);
    assert.deepEqual(errors, []);
    await close();
  });

  it('scrolls the host to the start chapter of an auto-height embed once it has its height', async () => {
    const { tab, frame, errors, close } = await openHost('auto.html', PHONE, { chapter: 'csto' });
    await waitActive(frame, 'csto');
    await until(async () => (await iframeRect(tab)).scrollY > 1000 || 'not scrolled', 'host scrolled');
    // The page below may still settle (charts load and take their measured size): the frame keeps the
    // deep-linked chapter pinned until the reader scrolls, so it must end on csto.
    await until(
      async () => (await activeIn(frame)) === 'csto' || `on ${await activeIn(frame)}`,
      'settles on csto',
    );
    await tab.waitForTimeout(500);
    assert.equal(await activeIn(frame), 'csto');
    const outer = await iframeRect(tab);
    const csto = await frame.evaluate(() => document.getElementById('csto').getBoundingClientRect().top);
    assert.ok(
      outer.top + csto <= outer.innerHeight * 0.6,
      `csto at ${outer.top + csto} in the host viewport`,
    );
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('open the full story', () => {
  it('opens the chapter being read in a new tab, without embed parameters and without opener', async () => {
    const { tab, frame, context, close } = await openHost('fixed.html', DESKTOP, { theme: 'dark' });
    await frameScrollToChapter(frame, 'borders');
    await waitActive(frame, 'borders');
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.click('a.embed-open')]);
    await popup.waitForFunction(
      () => document.querySelector('main')?.getAttribute('data-active-chapter') === 'borders',
    );
    assert.equal(popup.url(), `${explainer.origin}/#borders`);
    assert.equal(await popup.evaluate(() => window.opener), null);
    assert.equal(await popup.evaluate(() => document.documentElement.hasAttribute('data-embed')), false);
    assert.ok(await tab.evaluate(() => document.querySelector('iframe') !== null));
    await close();
  });
});

describe('hostile messages', () => {
  it('a thousand malformed or hostile messages from the host change nothing and log nothing', async () => {
    const { tab, frame, errors, close } = await openHost('auto.html', PHONE, {});
    await until(() => heightsMatch(tab, frame), 'height after load');
    await hostScrollToChapter(tab, frame, 'toll');
    await waitActive(frame, 'toll');
    await tab.waitForTimeout(300);
    const snapshot = async () => ({
      active: await activeIn(frame),
      height: (await iframeRect(tab)).height,
      frame: await frame.evaluate(() => ({
        shift: document.querySelector('.page').style.getPropertyValue('--kz-panel-shift'),
        vh: document.documentElement.style.getPropertyValue('--kz-vh'),
        theme: document.documentElement.getAttribute('data-theme'),
        images: document.images.length,
        scripts: document.scripts.length,
      })),
    });
    const before = await snapshot();
    let dialog = false;
    tab.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await tab.evaluate(() => {
      const frameWindow = document.querySelector('iframe').contentWindow;
      const id = new URL(document.querySelector('iframe').src).searchParams.get('childId');
      const D = 'xPYMx';
      const bad = [
        'NaN',
        'Infinity',
        '1e309',
        '-1',
        '0',
        '0x10',
        '',
        '<img src=x onerror=alert(1)>',
        '1e+21',
      ];
      let seed = 42;
      const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const pick = (list) => list[Math.floor(rnd() * list.length)];
      for (let i = 0; i < 1000; i++) {
        const kind = i % 6;
        let data;
        if (kind === 0)
          data = String.fromCharCode(...Array.from({ length: 40 }, () => Math.floor(rnd() * 65535)));
        else if (kind === 1)
          data = ['pym', id, 'viewport-iframe-position', `390 ${pick(bad)} -100 0 900 390`].join(D);
        else if (kind === 2)
          data = ['pym', id, pick(['height', 'chapter', 'navigateTo', '__proto__']), '1'].join(D);
        else if (kind === 3)
          data = ['pym', `${id}x`, 'viewport-iframe-position', '390 844 -3000 0 900 390'].join(D);
        else if (kind === 4)
          data = pick([null, 1, {}, [], { type: 'viewport' }, { __proto__: { x: 1 } }, true]);
        else data = ['pym', id, 'width', pick(bad)].join(D);
        frameWindow.postMessage(data, '*');
      }
    });
    await tab.waitForTimeout(800);
    assert.deepEqual(await snapshot(), before);
    assert.equal(dialog, false);
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('share', () => {
  it('copies the chapter link without parameters and announces it in the live region', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: explainer.origin });
    const tab = await context.newPage();
    await tab.goto(`${explainer.origin}/?utm_source=newsletter&theme=dark#csto`);
    await tab.waitForFunction(
      () => document.querySelector('main')?.getAttribute('data-active-chapter') === 'csto',
    );
    assert.equal(
      await tab.evaluate(() => typeof navigator.share),
      'undefined',
      'headless Chromium has no Web Share',
    );
    await tab.click('#csto .share-button');
    await tab.waitForFunction(() => document.querySelector('#csto [role="status"]').textContent.length > 0);
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), `${explainer.origin}/#csto`);
    assert.equal(await tab.textContent('#csto [role="status"]'), 'Link zu diesem Kapitel kopiert.');
    await tab.screenshot({
      path: new URL('share-desktop.png', SHOTS).pathname,
      clip: await clipOf(tab, '#csto .share'),
    });
    await context.close();
  });

  it('copies the full-story link from inside a cross-origin embed', async () => {
    const { tab, frame, context, close } = await openHost('fixed.html', PHONE, {
      chapter: 'toll',
      theme: 'dark',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: explainer.origin });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hosts.origin });
    await waitActive(frame, 'toll');
    await frame.click('#toll .share-button');
    await frame.waitForFunction(() => document.querySelector('#toll [role="status"]').textContent.length > 0);
    assert.equal(await frame.textContent('#toll [role="status"]'), 'Link zu diesem Kapitel kopiert.');
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), `${explainer.origin}/#toll`);
    await close();
  });
});

describe('embed-code generator', () => {
  it('writes auto-height code that works when pasted into another site', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: explainer.origin });
    const tab = await context.newPage();
    await tab.goto(`${explainer.origin}/#borders`);
    // Interact once the page has hydrated (the map mounts after hydration), as a reader of a loaded page would.
    await tab.waitForSelector('[data-map-ready="true"]', { timeout: 15_000 });
    await tab.click('.embed-tools summary');
    await tab.check('.embed-tools input[value="auto"]');
    await tab.click('.embed-tools .share-button');
    await tab.waitForFunction(() => document.querySelector('.embed-status').textContent.length > 0);
    const code = await tab.evaluate(() => navigator.clipboard.readText());
    assert.match(code, /data-kz-embed="[^"]+\?embed=auto#[a-z]+"/);
    await tab.screenshot({ path: new URL('embed-generator-phone.png', SHOTS).pathname, fullPage: false });
    // Paste it into a page on the host site, scripts and all.
    const host = await context.newPage();
    await host.goto(`${hosts.origin}/blank.html`);
    await host.evaluate((html) => {
      document.body.append(document.createRange().createContextualFragment(html));
    }, code);
    const frame = await storyFrame(host);
    await until(() => heightsMatch(host, frame), 'pasted embed fits its content');
    await context.close();
  });
});

async function clipOf(tab, selector) {
  const box = await tab.locator(selector).boundingBox();
  return { x: 0, y: Math.max(0, box.y - 20), width: 1280, height: box.height + 40 };
}
