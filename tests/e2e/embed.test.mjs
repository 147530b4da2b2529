// Browser tests of sharing and embedding. The explainer (dist, vite preview on 127.0.0.1) and the demo host
// pages (tests/e2e/hosts, a tiny static server reached as `localhost`) run on different origins and sites, as
// on a news site. Run with `npm run test:e2e` (builds first).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { CHAPTERS, launch, reachChapter, serveDist } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url);
const HOSTS = new URL('./hosts/', import.meta.url);
const PHONE = { width: 390, height: 844, name: 'phone' };
const DESKTOP = { width: 1280, height: 800, name: 'desktop' };

let explainer;
let hosts;
let browser;

/** NPR's Pym.js parent as published on npm (a dev dependency), served by the host site like its own script. */
const PYM = new URL('../../node_modules/pym.js/dist/pym.v1.js', import.meta.url);

/**
 * Serves the demo host pages and Pym.js (only those files) on another port; `localhost` makes it another
 * site.
 */
function serveHosts() {
  return new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const name = new URL(req.url, 'http://x').pathname.slice(1);
      if (name === 'pym.v1.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(PYM));
        return;
      }
      if (!['fixed.html', 'auto.html', 'pym.html', 'blank.html'].includes(name)) {
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
    // Errors, and Chromium's warning about an `allow` feature it does not know (it once was `web-share`).
    if (msg.type() === 'error' || /feature/i.test(msg.text())) errors.push(msg.text());
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
    { timeout: 15_000 },
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

/**
 * Scrolls the host to a chapter of the frame until the frame shows it: a frame that has just loaded may still
 * lay out its later chapters (one per frame) and grow, so a position measured once can be stale by the time
 * the host scrolls; the reader would simply scroll on.
 */
async function hostReachChapter(tab, frame, id) {
  for (let tries = 0; tries < 5; tries++) {
    await hostScrollToChapter(tab, frame, id);
    try {
      await frame.waitForFunction(
        (chapterId) => document.querySelector('main')?.getAttribute('data-active-chapter') === chapterId,
        id,
        { timeout: 3000 },
      );
      return;
    } catch {
      // The layout moved under the measured position: measure again.
    }
  }
  await waitActive(frame, id);
}

/**
 * Waits until the frame's content has kept one height for `ms` (checked every 100 ms). After load the story
 * still settles, and the frame rightly follows each step: its chapters' spacing changes from the frame's own
 * viewport to the host's (8 px per cent until the host has told its height, then the host's). A CI run sent
 * its first height before those steps (28,033 px, then 30,448 px within a second). A feedback loop never
 * settles, so this fails on one.
 */
async function contentSettles(frame, ms = 1000, timeout = 10_000) {
  const end = Date.now() + timeout;
  let last = await contentHeight(frame);
  let since = Date.now();
  while (Date.now() - since < ms) {
    assert.ok(Date.now() < end, `the content height never held still for ${ms} ms (last ${last} px)`);
    await new Promise((r) => setTimeout(r, 100));
    const now = await contentHeight(frame);
    if (now !== last) [last, since] = [now, Date.now()];
  }
}

/**
 * The frame fits its content after load; once the content has settled, the frame's height holds still (no
 * feedback loop between the frame's height and its layout), and it fits again after a resize.
 */
async function fitsContent(tab, frame, size) {
  await until(() => heightsMatch(tab, frame), 'height after load');
  await contentSettles(frame);
  await until(() => heightsMatch(tab, frame), 'height once the content has settled');
  const settled = (await iframeRect(tab)).height;
  await tab.waitForTimeout(1000);
  assert.equal((await iframeRect(tab)).height, settled, 'no feedback loop: the height holds still');
  await tab.setViewportSize({ width: size === PHONE ? 844 : 1000, height: size === PHONE ? 390 : 700 });
  await until(() => heightsMatch(tab, frame), 'height after resize');
  assert.notEqual((await iframeRect(tab)).height, settled, 'the resize changed the layout');
}

/** Scrolling the host goes through every chapter: the frame follows, tells the host, keeps the map in view. */
async function followsHost(tab, frame, shot) {
  await until(() => heightsMatch(tab, frame), 'height after load');
  for (const id of CHAPTERS) {
    await hostScrollToChapter(tab, frame, id);
    await waitActive(frame, id);
    await tab.waitForFunction(
      (chapterId) => document.getElementById('host-chapter').textContent === chapterId,
      id,
    );
    await until(() => panelInView(tab, frame), `${id}: map panel at the top of what the reader sees`);
    if (id === 'protests') await tab.screenshot({ path: new URL(shot, SHOTS).pathname });
  }
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
        // Inside a fixed-height frame, as on the page: measure again while the chapters are laid out.
        await reachChapter(frame, id);
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
      await fitsContent(tab, frame, size);
      assert.deepEqual(errors, []);
      await close();
    });

    it('follows the host scrolling through all chapters and keeps the map panel in the host viewport', async () => {
      const { tab, frame, errors, close } = await openHost('auto.html', size, query);
      await followsHost(tab, frame, `embed-auto-${size.name}.png`);
      assert.deepEqual(errors, []);
      await close();
    });
  });
}

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
});

/**
 * The auto-height embed in the host clients it claims: its own snippet, and NPR's Pym.js parent (npm pym.js
 * 1.3.2) with and without `trackscroll`. Each host page is on another site than the explainer.
 */
const AUTO_HOSTS = [
  { name: 'host.js', page: 'auto.html', query: {} },
  { name: 'the Pym.js parent with trackscroll', page: 'pym.html', query: {} },
  { name: 'the Pym.js parent without trackscroll', page: 'pym.html', query: { trackscroll: '0' } },
];

/** The chapters the host page was told about, in order (the demo hosts record them). */
const hostChapters = (tab) => tab.evaluate(() => window.kzChapters.map((c) => c.id));

/** Where a chapter's top is in the host viewport, and where the host puts it when asked to show it. */
async function chapterInHost(tab, frame, id) {
  const outer = await iframeRect(tab);
  const inner = await frame.evaluate((chapterId) => {
    const section = document.getElementById(chapterId);
    return {
      top: section.getBoundingClientRect().top,
      margin: parseFloat(getComputedStyle(section).scrollMarginTop) || 0,
    };
  }, id);
  return { top: outer.top + inner.top, wanted: inner.margin, innerHeight: outer.innerHeight };
}

/** The host shows the chapter at its top (below the map panel's room), as the page would. */
async function hostShows(tab, frame, id) {
  const at = await chapterInHost(tab, frame, id);
  return Math.abs(at.top - at.wanted) <= 3 || at;
}

/** Frame state a hostile message must not change. */
async function embedState(tab, frame) {
  return {
    active: await activeIn(frame),
    height: (await iframeRect(tab)).height,
    scrollY: (await iframeRect(tab)).scrollY,
    frame: await frame.evaluate(() => ({
      url: location.href,
      shift: document.querySelector('.page').style.getPropertyValue('--kz-panel-shift'),
      vh: document.documentElement.style.getPropertyValue('--kz-vh'),
      theme: document.documentElement.getAttribute('data-theme'),
      images: document.images.length,
      scripts: document.scripts.length,
    })),
  };
}

for (const host of AUTO_HOSTS) {
  describe(`auto-height embed in ${host.name}`, () => {
    it('is exactly as tall as its content after load, stays so, and again after a resize', async () => {
      const { tab, frame, errors, close } = await openHost(host.page, PHONE, host.query);
      await fitsContent(tab, frame, PHONE);
      assert.deepEqual(errors, []);
      await close();
    });

    it('follows the host scrolling through all chapters, map panel in view, host told each chapter', async () => {
      const { tab, frame, errors, close } = await openHost(host.page, PHONE, host.query);
      await followsHost(
        tab,
        frame,
        `embed-auto-${host.page.replace('.html', '')}${host.query.trackscroll ?? ''}-phone.png`,
      );
      assert.deepEqual(errors, []);
      await close();
    });

    it('applies a start chapter at load, once its height is known, and reports only that chapter', async () => {
      const { tab, frame, errors, close } = await openHost(host.page, PHONE, {
        ...host.query,
        chapter: 'csto',
      });
      await until(() => hostShows(tab, frame, 'csto'), 'the host scrolled csto to its top');
      await waitActive(frame, 'csto');
      // The page below may still settle (charts load): the frame keeps csto in place until the reader scrolls.
      await tab.waitForTimeout(1500);
      await until(() => hostShows(tab, frame, 'csto'), 'csto still at the top');
      assert.equal(await activeIn(frame), 'csto');
      assert.deepEqual(await hostChapters(tab), ['csto'], 'one chapter report at load, no burst');
      assert.equal(await frame.evaluate(() => location.hash), '#csto');
      // The reader scrolls on: no jump back, the chapters follow.
      await hostScrollToChapter(tab, frame, 'reactions');
      await waitActive(frame, 'reactions');
      await tab.waitForTimeout(500);
      assert.equal(await activeIn(frame), 'reactions');
      assert.deepEqual(errors, []);
      await close();
    });

    it('scrolls the host when a chapter link inside the frame is followed, by mouse and keyboard', async () => {
      const { tab, frame, errors, close } = await openHost(host.page, PHONE, host.query);
      await until(() => heightsMatch(tab, frame), 'height after load');
      await tab.waitForTimeout(500);
      // Mouse: "next chapter" at the end of the first chapter.
      await frame.click('#intro .chapter-nav a[rel="next"]');
      await until(() => hostShows(tab, frame, 'trigger'), 'the host scrolled to trigger');
      await waitActive(frame, 'trigger');
      const after = async () =>
        frame.evaluate(() => ({
          hash: location.hash,
          focus: document.activeElement?.closest('section')?.id ?? document.activeElement?.tagName,
          active: document.querySelector('main').getAttribute('data-active-chapter'),
        }));
      assert.deepEqual(await after(), { hash: '#trigger', focus: 'trigger', active: 'trigger' });
      await tab.waitForTimeout(600);
      assert.deepEqual(
        await after(),
        { hash: '#trigger', focus: 'trigger', active: 'trigger' },
        'no snap back',
      );
      // Keyboard: the same link type, activated with Enter, from the chapter that now has focus.
      await frame.focus('#trigger .chapter-nav a[rel="next"]');
      await tab.keyboard.press('Enter');
      await until(() => hostShows(tab, frame, 'protests'), 'the host scrolled to protests');
      await waitActive(frame, 'protests');
      assert.deepEqual(await after(), { hash: '#protests', focus: 'protests', active: 'protests' });
      // Back in the browser's history: the host scrolls back to the chapter before.
      await frame.evaluate(() => history.back());
      await until(() => hostShows(tab, frame, 'trigger'), 'the host scrolled back to trigger');
      await waitActive(frame, 'trigger');
      await tab.waitForFunction(() => document.getElementById('host-chapter').textContent === 'trigger');
      assert.deepEqual(errors, []);
      await close();
    });

    it('stays the same embed when the reader follows the language switch to English', async () => {
      const { tab, frame, errors, close } = await openHost(host.page, PHONE, {
        ...host.query,
        theme: 'dark',
      });
      await until(() => heightsMatch(tab, frame), 'height of the German embed');
      await hostScrollToChapter(tab, frame, 'toll');
      await waitActive(frame, 'toll');
      const channel = new URL(frame.url()).searchParams.get('childId');
      // The switch sits in the masthead, which an embed keeps for keyboard and screen-reader users only (off
      // screen, so a pointer cannot reach it, and focusing it would scroll the host to the frame's top): click
      // the link where it is, and the browser follows it.
      // Waits for the English page itself: waitForNavigation also settles on a same-document navigation, and
      // the frame may still write the chapter into its hash (a CI run went on with the German URL).
      await Promise.all([
        frame.waitForURL((url) => url.pathname === '/en/'),
        frame.dispatchEvent('.language-switch a[hreflang="en"]', 'click'),
      ]);
      await frame.waitForFunction(() => document.documentElement.getAttribute('data-embed'));
      const url = new URL(frame.url());
      assert.equal(url.origin, explainer.origin);
      assert.equal(url.pathname, '/en/');
      assert.equal(url.searchParams.get('embed'), 'auto');
      assert.equal(url.searchParams.get('childId'), channel);
      assert.equal(url.searchParams.get('theme'), 'dark');
      assert.equal(url.hash, '#toll');
      assert.deepEqual(
        await frame.evaluate(() => [
          document.documentElement.lang,
          document.documentElement.getAttribute('data-embed'),
          document.documentElement.getAttribute('data-theme'),
        ]),
        ['en', 'auto', 'dark'],
      );
      await until(() => heightsMatch(tab, frame), 'the host sizes the English embed');
      await until(() => hostShows(tab, frame, 'toll'), 'the reader is still at toll');
      await waitActive(frame, 'toll');
      await hostReachChapter(tab, frame, 'csto');
      await tab.waitForFunction(() => document.getElementById('host-chapter').textContent === 'csto');
      assert.deepEqual(errors, []);
      await close();
    });

    it('5,000 malformed or hostile messages from the host page change nothing and log nothing', async () => {
      const { tab, frame, errors, close } = await openHost(host.page, PHONE, host.query);
      await until(() => heightsMatch(tab, frame), 'height after load');
      await hostScrollToChapter(tab, frame, 'toll');
      await waitActive(frame, 'toll');
      await tab.waitForTimeout(500);
      const before = await embedState(tab, frame);
      let dialog = false;
      tab.on('dialog', async (d) => {
        dialog = true;
        await d.dismiss();
      });
      await tab.evaluate(() => {
        const iframe = document.querySelector('iframe');
        const id = new URL(iframe.src).searchParams.get('childId');
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
        for (let i = 0; i < 5000; i++) {
          const kind = i % 7;
          let data;
          if (kind === 0)
            data = String.fromCharCode(...Array.from({ length: 40 }, () => Math.floor(rnd() * 65535)));
          else if (kind === 1)
            data = ['pym', id, 'viewport-iframe-position', `390 ${pick(bad)} -100 0 900 390`].join(D);
          else if (kind === 2)
            data = [
              'pym',
              id,
              pick(['height', 'chapter', 'navigateTo', 'scrollToChildPos', '__proto__']),
              '1',
            ].join(D);
          else if (kind === 3)
            data = ['pym', `${id}x`, 'viewport-iframe-position', '390 844 -3000 0 900 390'].join(D);
          else if (kind === 4)
            data = pick([null, 1, {}, [], { type: 'viewport' }, { __proto__: { x: 1 } }, true]);
          else if (kind === 5) data = ['pym', id, 'width', pick(bad)].join(D);
          else
            data = [
              'pym',
              id,
              'navigateTo',
              pick(['javascript:alert(1)', 'https://evil.example/', '#csto']),
            ].join(D);
          iframe.contentWindow.postMessage(data, '*');
        }
      });
      await tab.waitForTimeout(1000);
      assert.deepEqual(await embedState(tab, frame), before);
      assert.equal(dialog, false);
      assert.deepEqual(errors, []);
      await close();
    });
  });
}

describe('open the full story', () => {
  it('opens the chapter being read in a new tab, without embed parameters and without opener', async () => {
    const { tab, frame, context, close } = await openHost('fixed.html', DESKTOP, { theme: 'dark' });
    // A fixed-height frame lays out its chapters in turn after load, as the page does (a position measured
    // once was stale in a CI run and on a loaded machine): measure again until borders is active.
    await reachChapter(frame, 'borders');
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.click('a.embed-open')]);
    // The reader looks at the tab they opened (a tab left in the background gets no frames).
    await popup.bringToFront();
    // Polled by time, not by animation frame: the landing on a hash needs no frame, and a popup that gets
    // none must not hide a right answer (a CI run timed out here; it passed locally). If it fails, say what
    // the page shows.
    await popup
      .waitForFunction(
        () => document.querySelector('main')?.getAttribute('data-active-chapter') === 'borders',
        null,
        { polling: 250 },
      )
      .catch(async (error) => {
        const state = await popup.evaluate(async () => ({
          active: document.querySelector('main')?.getAttribute('data-active-chapter'),
          hash: window.location.hash,
          scrollY: Math.round(window.scrollY),
          bordersTop: Math.round(document.getElementById('borders')?.getBoundingClientRect().top ?? NaN),
          visibility: document.visibilityState,
          frame: await Promise.race([
            new Promise((r) => requestAnimationFrame(() => r('animation frames run'))),
            new Promise((r) => setTimeout(() => r('no animation frame in 2 s'), 2000)),
          ]),
        }));
        throw new Error(`${error.message}: the full story shows ${JSON.stringify(state)}`);
      });
    assert.equal(popup.url(), `${explainer.origin}/#borders`);
    assert.equal(await popup.evaluate(() => window.opener), null);
    assert.equal(await popup.evaluate(() => document.documentElement.hasAttribute('data-embed')), false);
    assert.ok(await tab.evaluate(() => document.querySelector('iframe') !== null));
    await close();
  });
});

describe('open the full story on a phone', () => {
  it('keeps clear of the city-centre close-up, in every edition', async () => {
    for (const edition of ['', 'en/', 'ru/', 'kk/']) {
      for (const width of [320, 390]) {
        const { frame, errors, close } = await openHost(
          'fixed.html',
          { width, height: 844, name: 'phone' },
          { explainer: `${explainer.origin}/${edition}`, chapter: 'almaty' },
        );
        await waitActive(frame, 'almaty');
        await frame.waitForSelector('.map-closeup', { timeout: 20_000 });
        const [button, closeUp] = await frame.evaluate(() =>
          ['a.embed-open', '.map-closeup'].map((selector) => {
            const r = document.querySelector(selector).getBoundingClientRect();
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
          }),
        );
        const overlap =
          button.left < closeUp.right &&
          closeUp.left < button.right &&
          button.top < closeUp.bottom &&
          closeUp.top < button.bottom;
        assert.ok(!overlap, `/${edition} at ${width} px: ${JSON.stringify({ button, closeUp })}`);
        assert.deepEqual(errors, []);
        await close();
      }
    }
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
    // The chapter's own page (chapter pages), with its own card: no parameters, no hash.
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), `${explainer.origin}/csto/`);
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
    assert.equal(await tab.evaluate(() => navigator.clipboard.readText()), `${explainer.origin}/toll/`);
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
