#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`, which builds first): serves dist/ and prints one table with every response
 * of the first view (raw and gzip), the whole app's size, the size budgets of each edition, Lighthouse
 * (median of three runs per edition) and the long tasks while scrolling through the story. Writes the table
 * into README.md and docs/performance.md (between their bench markers; `--no-docs` skips that). Exits 1 when a
 * budget fails.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { launch, CHROMIUM } from '../tests/e2e/harness.mjs';
import { lighthouseGate, scrollGate, sizeGate } from './perf/gates.mjs';
import { report } from './perf/report.mjs';
import { ROOT, builtPages, lighthousePages, serveProduction } from './perf/server.mjs';

const DOCS = ['README.md', 'docs/performance.md'];
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const pages = await builtPages();
const server = await serveProduction();
const browser = await launch();
let result;
try {
  const sizes = await sizeGate(browser, server.origin, pages);
  // Scrolling through the whole story: from the pages Lighthouse measures (44 pages would take most of an hour).
  const scroll = await scrollGate(browser, server.origin, lighthousePages(pages));
  await browser.close();
  // Lighthouse last and alone: its simulated throttling still reads the real CPU.
  const lighthouse = await lighthouseGate(server.origin, lighthousePages(pages));
  result = report([sizes, lighthouse, scroll]);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

if (!process.argv.includes('--no-docs')) {
  const { version } = JSON.parse(await readFile(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8'));
  const when = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${CHROMIUM}, Lighthouse ${version}`;
  const block = `${START}\nMeasured ${when} on ${machine}: ${result.passed} budgets passed, ${result.failed} failed.\n\n${result.table}\n${END}`;
  for (const file of DOCS) {
    const docs = await readFile(join(ROOT, file), 'utf8').catch(() => '');
    const at = docs.indexOf(START);
    const end = docs.indexOf(END);
    if (at < 0 || end < at) {
      console.warn(`bench: ${file} has no ${START} … ${END} block; table not written`);
      continue;
    }
    await writeFile(join(ROOT, file), docs.slice(0, at) + block + docs.slice(end + END.length));
    console.log(`bench: table written to ${file}`);
  }
}
process.exitCode = result.failed ? 1 : 0;
