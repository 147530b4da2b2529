// The Content-Security-Policy: strict (no inline script, no eval, no inline style), first in <head>, and
// not violated once while a reader scrolls through the whole story with the map and charts working.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAPTERS, openPage, reachChapter } from './harness.mjs';
import { loadContent, serveAndLaunch } from './prerender-helpers.mjs';

const { editions } = await loadContent();
const env = serveAndLaunch();

/** Records violations from the first parsed byte on (the listener is in place before the page's HTML). */
function recordViolations() {
  window.__violations = [];
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.__violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    },
    true,
  );
}

for (const { lang, dir } of editions) {
  describe(`${lang} page (/${dir}) content policy`, () => {
    it('declares a strict policy in <head> before anything loads', async () => {
      const { page, close } = await openPage(env.browser, env.server.origin);
      await page.goto(`${env.server.origin}/${dir}`);
      const { policy, first } = await page.evaluate(() => {
        const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
        const loaders = [
          ...document.head.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"]'),
        ];
        return {
          policy: meta?.getAttribute('content') ?? '',
          first: loaders.every(
            (el) => meta && meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        };
      });
      assert.match(policy, /script-src 'self'(;|$)/);
      assert.match(policy, /style-src 'self'(;|$)/);
      assert.match(policy, /object-src 'none'/);
      assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|frame-ancestors/);
      assert.ok(first, 'the policy comes before every script and stylesheet');
      // Data blocks (the server's formatted strings, the schema.org NewsArticle) are never run, and CSP
      // does not apply to them.
      assert.equal(
        await page
          .locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])')
          .count(),
        0,
        'no inline script',
      );
      assert.ok((await page.locator('script[type="application/json"]').count()) <= 1, 'one data block');
      assert.equal(
        await page.locator('script[type="application/ld+json"]').count(),
        1,
        'one schema.org block',
      );
      await close();
    });

    for (const size of [
      { width: 390, height: 844, name: 'phone' },
      { width: 1280, height: 800, name: 'desktop' },
    ]) {
      it(`is not violated while scrolling through all chapters (${size.name})`, async () => {
        const { page, problems, close } = await openPage(env.browser, env.server.origin, size);
        await page.addInitScript(recordViolations);
        await page.goto(`${env.server.origin}/${dir}`);
        await page.waitForLoadState('networkidle');
        for (const id of CHAPTERS) {
          await reachChapter(page, id);
          await page.waitForTimeout(150);
        }
        await page.waitForLoadState('networkidle');
        assert.deepEqual(await page.evaluate(() => window.__violations), []);
        const cspMessages = problems().errors.filter((e) => /Content Security Policy/i.test(e));
        assert.deepEqual(cspMessages, []);
        assert.deepEqual(problems().errors, []);
        await close();
      });
    }
  });
}
