// What the cross-engine tests share: the servers, the story's own waits, and the checks every engine must
// pass. Everything here goes through the page interface of drivers.mjs, never through one driver's API.
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { serveDist } from '../harness.mjs';
import { ENGINE, launchEngine, until } from './drivers.mjs';

export { CHAPTERS, CHARTS, serveDist } from '../harness.mjs';
export { ENGINE, launchEngine, until } from './drivers.mjs';

export const PHONE = { width: 390, height: 844, name: 'phone' };
export const DESKTOP = { width: 1280, height: 800, name: 'desktop' };

const SHOTS = new URL('../screenshots/engines/', import.meta.url);

/**
 * Serve the build and launch the engine before the file's tests, close both after them. Returns an object
 * whose `server` and `engine` are set once `before` has run.
 */
export function servedAndLaunched() {
  const env = {};
  before(async () => {
    env.server = await serveDist();
    env.engine = await launchEngine();
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  return env;
}

/** Path of a screenshot of this engine (tests/e2e/screenshots/engines/, not committed). */
export async function shotPath(name) {
  await mkdir(SHOTS, { recursive: true });
  return new URL(`${ENGINE}-${name}.png`, SHOTS).pathname;
}

/** Serves the demo host pages (tests/e2e/hosts) on a second 127.0.0.1 port: another origin than the story. */
export function serveHosts() {
  const hosts = new URL('../hosts/', import.meta.url);
  return new Promise((resolve) => {
    const server = createServer(async (req, res) => {
      const name = new URL(req.url, 'http://x').pathname.slice(1);
      if (!['fixed.html', 'auto.html'].includes(name)) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(await readFile(new URL(name, hosts)));
    });
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** The chapter the story names active (`main[data-active-chapter]`). */
export const activeChapter = (page) =>
  page.evaluate(() => document.querySelector('main')?.getAttribute('data-active-chapter') ?? null);

export function waitActive(page, id, timeout) {
  return until(
    () =>
      page.evaluate((chapterId) => {
        const r = document.getElementById(chapterId).getBoundingClientRect();
        const active = document.querySelector('main')?.getAttribute('data-active-chapter') ?? null;
        return {
          active,
          scrollY: window.scrollY,
          innerHeight: window.innerHeight,
          top: r.top,
          bottom: r.bottom,
        };
      }, id),
    `chapter ${id} active`,
    timeout,
    (s) => s.active === id,
  );
}

/**
 * Wait until the map panel has drawn the chapter's layers and moved its camera to the chapter. 20 s: a freshly
 * launched MiniBrowser on a busy machine took more than 10 s for the first map.
 */
export function waitForMap(page, id, timeout = 20_000) {
  return until(
    () =>
      page.evaluate((chapterId) => {
        const panel = document.querySelector('[data-map-ready="true"]');
        return Boolean(panel && panel.getAttribute('data-chapter') === chapterId && panel.dataset.center);
      }, id),
    `map drawn for ${id}`,
    timeout,
  );
}

/** Scroll so that the chapter's section crosses the reading line (60 % of the viewport). */
export function scrollToChapter(page, id) {
  return page.evaluate((chapterId) => {
    const section = document.getElementById(chapterId);
    const top = section.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.6 + 40, behavior: 'instant' });
  }, id);
}

/**
 * Scroll to the chapter and wait until it is active, scrolling again while the page moves it away: React
 * hydrates each prerendered chart as the reader nears it, and the chart, redrawn at its column's width, changes
 * height. Chromium and Firefox keep the text under the reader in place (scroll anchoring); WebKit has none
 * and moves it by up to a few hundred pixels, past the reading line.
 */
export async function reachChapter(page, id) {
  const end = Date.now() + 10_000;
  for (;;) {
    await scrollToChapter(page, id);
    try {
      return await waitActive(page, id, 1500);
    } catch (error) {
      if (Date.now() > end) throw error;
    }
  }
}

/**
 * Every word of every visible map label that the browser laid out on more than one line: a word broken inside
 * itself (by overflow-wrap or hyphenation) has more than one client rect. Returns `label: word (n lines)`.
 */
export function brokenLabelWords(page) {
  return page.evaluate(() => {
    const broken = [];
    for (const text of document.querySelectorAll('.map-label__text')) {
      if (!text.checkVisibility()) continue;
      for (const node of text.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE) continue;
        for (const match of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          // One rect per line box the word touches.
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`${text.textContent}: ${match[0]} (${lines.size} lines)`);
        }
      }
    }
    return broken;
  });
}

/** The number of visible map labels (to make sure the label check saw some). */
export const visibleLabels = (page) =>
  page.evaluate(
    () => [...document.querySelectorAll('.map-label__text')].filter((t) => t.checkVisibility()).length,
  );
