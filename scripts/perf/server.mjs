// Serves dist/ the way a production host would: gzip (Vite's preview server), 404 for unknown paths (no
// single-page fallback: Lighthouse reads /robots.txt), and the HTTP headers of docs/security-headers.md.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/**
 * The prerendered pages in dist/: the root page and one folder deep (`en/`), with their `<html lang>`.
 * @returns {Promise<{ path: string, lang: string }[]>}
 */
/**
 * The pages the Lighthouse gate measures: each edition's front page (a minute a page, median of three; all
 * 44 pages would add most of an hour to CI). Not yet gated: the chapter pages. Measured on 2026-11-30,
 * `almaty/` (which opens at the Almaty chapter and loads its city detail at once) had a TBT median of 119 ms
 * against the 100 ms budget, LCP 1710 ms: issue 13 stays open until it holds, then `almaty/` joins here.
 */
export function lighthousePages(pages) {
  return pages.filter((page) => page.front);
}

export async function builtPages() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first');
  }
  const dirs = [
    '',
    ...readdirSync(DIST, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(DIST, d.name, 'index.html')))
      .map((d) => `${d.name}/`),
  ];
  return Promise.all(
    dirs.map(async (path) => {
      const html = await readFile(join(DIST, path, 'index.html'), 'utf8');
      const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
      if (!lang) throw new Error(`dist/${path}index.html has no <html lang>`);
      // A front page is an edition's own folder: the root, or a folder named after its language.
      return { path, lang, front: path === '' || path === `${lang}/` };
    }),
  );
}

/** The headers docs/security-headers.md recommends, less HSTS (this server speaks plain http). */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Serve dist/ on a free port of 127.0.0.1. */
export async function serveProduction() {
  const server = await preview({
    root: ROOT,
    appType: 'mpa',
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1', open: false, headers: SECURITY_HEADERS },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.httpServer.close(resolve)),
  };
}
