// Serves dist/ the way a production host would: gzip (Vite's preview server), 404 for unknown paths (no
// single-page fallback: Lighthouse reads /robots.txt), and the HTTP headers of docs/security-headers.md.
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');

/** The chapter pages {@link lighthousePages} adds to the front pages. */
export const LIGHTHOUSE_CHAPTER_PAGES = ['almaty/', 'en/csto/'];

/**
 * The pages the Lighthouse gate measures (a minute a page, median of three; all 44 pages would add most of
 * an hour to CI): each edition's front page, and two chapter pages that open mid-story: `almaty/` (the
 * Almaty city detail and its chapter's chart, both loaded after the first view) and `en/csto/` (a chart
 * chapter of another edition, two folders deep).
 * @param {{ path: string, lang: string, front: boolean }[]} pages
 */
export function lighthousePages(pages) {
  return pages.filter((page) => page.front || LIGHTHOUSE_CHAPTER_PAGES.includes(page.path));
}

/** The folders below `dir` (relative to dist/, with a trailing slash) that hold an index.html. */
function pageDirs(dir = '') {
  return readdirSync(join(DIST, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'assets')
    .flatMap((d) => {
      const sub = `${dir}${d.name}/`;
      return [...(existsSync(join(DIST, sub, 'index.html')) ? [sub] : []), ...pageDirs(sub)];
    });
}

/**
 * Every prerendered page in dist/ (front pages and chapter pages of every edition), with its `<html lang>`
 * and whether it is an edition's front page.
 * @returns {Promise<{ path: string, lang: string, front: boolean }[]>}
 */
export async function builtPages() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` first');
  }
  const dirs = ['', ...pageDirs().sort()];
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
