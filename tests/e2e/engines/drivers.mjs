// One small page interface over three browser engines, all from Debian packages (nothing downloaded by npm):
//   chromium  Debian's Chromium through puppeteer-core (CDP)
//   firefox   Debian's Firefox ESR through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver, selenium-webdriver), under Xvfb
// The cross-engine tests (tests/e2e/engines/*.test.mjs) use only this interface; ENGINE picks the driver.
//
// Where the engines differ:
// - Reduced motion and JavaScript are launch options in every engine (Chromium: command-line switches, Firefox:
//   prefs, WebKitGTK: GTK's gtk-enable-animations and MiniBrowser's --enable-javascript), because neither
//   Firefox's BiDi nor classic WebDriver can change them per page.
// - Errors: puppeteer reports every console error and uncaught exception from the first byte. Classic WebDriver
//   has no log at all, so in WebKit a collector is installed right after each load (window `error`,
//   `unhandledrejection`, `console.error`): errors thrown while the page loads and hydrates are not seen there.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';
import { CHROMIUM, CHROMIUM_ARGS } from '../harness.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
export const ENGINE = process.env.ENGINE ?? 'chromium';
if (!ENGINES.includes(ENGINE)) throw new Error(`ENGINE must be one of ${ENGINES.join(', ')}, not ${ENGINE}`);

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** WebKitGTK's MiniBrowser: Debian puts it under the library directory of the API version. */
function miniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const lib of ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const dir of readdirSync(lib)
      .filter((d) => /^webkit2?gtk-[\d.]+$/.test(d))
      .sort()
      .reverse()) {
      if (existsSync(join(lib, dir, 'MiniBrowser'))) return join(lib, dir, 'MiniBrowser');
    }
  }
  throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Poll `read` (async, in Node) until `holds(state)`; returns that state. Fails with `message` and the last
 * state after `timeout`. Without `holds`, waits for a truthy state.
 */
export async function until(read, message, timeout = 10_000, holds = Boolean) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await read();
    if (holds(last)) return last;
    await sleep(50);
  }
  throw new Error(`timed out after ${timeout} ms: ${message} (last: ${JSON.stringify(last)})`);
}

/**
 * Launch the engine. `reducedMotion` (default true: jumps, no smooth scroll, so tests are deterministic) and
 * `javascript` (default true) hold for every page of this browser.
 */
export function launchEngine({ reducedMotion = true, javascript = true } = {}) {
  if (ENGINE === 'webkit') return launchWebKit({ reducedMotion, javascript });
  return launchPuppeteer({ reducedMotion, javascript });
}

// ---------------------------------------------------------------- Chromium and Firefox: puppeteer-core

async function launchPuppeteer({ reducedMotion, javascript }) {
  const browser =
    ENGINE === 'firefox'
      ? await puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          extraPrefsFirefox: {
            'ui.prefersReducedMotion': reducedMotion ? 1 : 0,
            'javascript.enabled': javascript,
            // No update checks, telemetry or captive-portal probes on this closed network.
            'app.update.enabled': false,
            'network.captive-portal-service.enabled': false,
            'datareporting.healthreport.uploadEnabled': false,
          },
        })
      : await puppeteer.launch({
          executablePath: CHROMIUM,
          headless: true,
          args: [
            ...CHROMIUM_ARGS,
            ...(reducedMotion ? ['--force-prefers-reduced-motion'] : ['--force-prefers-no-reduced-motion']),
            ...(javascript ? [] : ['--blink-settings=scriptEnabled=false']),
          ],
        });
  return {
    name: ENGINE,
    async open({ width = 1280, height = 800 } = {}) {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      const errors = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      const frameOf = (prefix) => {
        const frame = page.frames().find((f) => f.url().startsWith(prefix));
        if (!frame) throw new Error(`no frame at ${prefix}`);
        return frame;
      };
      return {
        goto: async (url) => {
          await page.goto(url, { waitUntil: 'load' });
        },
        url: async () => page.url(),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        inFrame: (prefix, fn, ...args) => frameOf(prefix).evaluate(fn, ...args),
        hasFrame: async (prefix) => page.frames().some((f) => f.url().startsWith(prefix)),
        setViewport: (size) => page.setViewport({ ...size, deviceScaleFactor: 1 }),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        back: () => page.goBack(),
        forward: () => page.goForward(),
        screenshot: (path) => page.screenshot({ path }),
        errors: async () => [...errors],
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------- WebKit: WebKitWebDriver + MiniBrowser

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Start Xvfb on a display it picks itself (-displayfd), so parallel runs never collide. */
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [data] = await once(xvfb.stdout, 'data');
  return { display: `:${String(data).trim()}`, stop: () => xvfb.kill() };
}

/** Installed in the page after each load: WebDriver classic cannot read the console. */
function installErrorCollector() {
  if (window.__engineErrors) return;
  const errors = [];
  window.__engineErrors = errors;
  window.addEventListener('error', (event) => errors.push(`pageerror ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection ${event.reason}`));
  const original = console.error;
  console.error = (...args) => {
    errors.push(args.map(String).join(' '));
    original.apply(console, args);
  };
}

const KEYS = { Enter: '\uE007', Tab: '\uE004', Escape: '\uE00C', End: '\uE010', Home: '\uE011' };

async function launchWebKit({ reducedMotion, javascript }) {
  const xvfb = await startXvfb();
  // WebKitGTK reads prefers-reduced-motion from GTK's gtk-enable-animations setting.
  const config = await mkdtemp(join(tmpdir(), 'engines-webkit-'));
  await mkdir(join(config, 'gtk-3.0'));
  await writeFile(
    join(config, 'gtk-3.0', 'settings.ini'),
    `[Settings]\ngtk-enable-animations=${reducedMotion ? 'false' : 'true'}\n`,
  );
  // MiniBrowser's toolbar keeps its window wider than a phone (447 px): shrink the toolbar's widgets.
  await writeFile(
    join(config, 'gtk-3.0', 'gtk.css'),
    '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }\n',
  );
  const port = await freePort();
  const service = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config },
    stdio: 'ignore',
  });
  // Never leave a driver or a display behind, even when the test process ends without `close()`.
  const stopAll = () => {
    service.kill();
    xvfb.stop();
  };
  process.once('exit', stopAll);
  const server = `http://127.0.0.1:${port}`;
  await until(
    () =>
      fetch(`${server}/status`)
        .then((r) => r.ok)
        .catch(() => false),
    'WebKitWebDriver listens',
  );
  const args = ['--automation'];
  if (!javascript) args.push('--enable-javascript=false');
  const driver = await new Builder()
    .usingServer(server)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: miniBrowser(), args },
    })
    .build();
  const firstWindow = await driver.getWindowHandle();
  let firstFree = true;

  return {
    name: ENGINE,
    async open({ width = 1280, height = 800 } = {}) {
      // The session's first window while it is free, else a fresh one (as puppeteer's newPage).
      if (firstFree) firstFree = false;
      else await driver.switchTo().newWindow('window');
      const handle = await driver.getWindowHandle();
      const run = (fn, args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
      const collected = [];
      async function harvest() {
        const found = await run(() => window.__engineErrors?.splice(0) ?? [], []).catch(() => []);
        collected.push(...found);
      }
      async function setViewport(size) {
        // The window includes MiniBrowser's toolbar, whose height depends on the width: size the window, then
        // grow it by what the viewport lacks until the viewport has the size. A fresh window applies a new
        // size a moment after the call returns (it once still reported the previous window's 1280 px, and the
        // correction came out negative), so each step waits for the viewport to settle, and works from the
        // size it asked for, never below the viewport's own.
        let target = { width: size.width, height: size.height };
        let inner;
        for (let i = 0; i < 6; i++) {
          await driver.manage().window().setRect(target);
          inner = await settledViewport();
          if (inner[0] === size.width && inner[1] === size.height) return;
          target = {
            width: Math.max(size.width, target.width + size.width - inner[0]),
            height: Math.max(size.height, target.height + size.height - inner[1]),
          };
        }
        throw new Error(`MiniBrowser's viewport is ${inner.join('x')}, not ${size.width}x${size.height}`);
      }
      async function settledViewport() {
        let last = await run(() => [window.innerWidth, window.innerHeight], []);
        for (let i = 0; i < 20; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const now = await run(() => [window.innerWidth, window.innerHeight], []);
          if (now[0] === last[0] && now[1] === last[1]) return now;
          last = now;
        }
        return last;
      }
      async function afterLoad() {
        if (javascript) await run(installErrorCollector, []);
      }
      async function inFrame(prefix, fn, args) {
        const frames = await driver.findElements(By.css('iframe'));
        for (const frame of frames) {
          if (!(await frame.getAttribute('src'))?.startsWith(prefix)) continue;
          await driver.switchTo().frame(frame);
          try {
            return await run(fn, args);
          } finally {
            await driver.switchTo().defaultContent();
          }
        }
        throw new Error(`no frame at ${prefix}`);
      }
      await setViewport({ width, height });
      return {
        goto: async (url) => {
          await harvest();
          await driver.get(url);
          await afterLoad();
        },
        url: () => driver.getCurrentUrl(),
        evaluate: (fn, ...args) => run(fn, args),
        inFrame: (prefix, fn, ...args) => inFrame(prefix, fn, args),
        hasFrame: async (prefix) => {
          for (const frame of await driver.findElements(By.css('iframe'))) {
            if ((await frame.getAttribute('src'))?.startsWith(prefix)) return true;
          }
          return false;
        },
        setViewport,
        click: async (selector) => (await driver.findElement(By.css(selector))).click(),
        press: (key) =>
          driver
            .actions()
            .sendKeys(KEYS[key] ?? key)
            .perform(),
        back: () => driver.navigate().back(),
        forward: () => driver.navigate().forward(),
        screenshot: async (path) => writeFile(path, await driver.takeScreenshot(), 'base64'),
        errors: async () => {
          await harvest();
          return [...collected];
        },
        close: async () => {
          if (handle === firstWindow) {
            await driver.get('about:blank');
            firstFree = true;
            return;
          }
          await driver.close();
          await driver.switchTo().window(firstWindow);
        },
      };
    },
    async close() {
      await driver.quit().catch(() => {});
      stopAll();
      process.off('exit', stopAll);
      await rm(config, { recursive: true, force: true });
    },
  };
}
