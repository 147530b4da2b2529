// The registry of editions (src/content/editions.ts), read through Vite so the browser tests visit exactly
// the editions the build publishes: a new edition is tested without touching a test file.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `use` with a Vite server that loads the project's TypeScript modules (`ssrLoadModule`), then closes it.
 * @template T
 * @param {(vite: import('vite').ViteDevServer) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withSource(use) {
  const vite = await createServer({
    root: ROOT,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    return await use(vite);
  } finally {
    await vite.close();
  }
}

/** @returns {Promise<{ lang: string, dir: string, ogLocale: string, name: string }[]>} */
export function loadEditions() {
  return withSource(async (vite) => {
    const { EDITIONS } = await vite.ssrLoadModule('/src/content/editions.ts');
    return EDITIONS.map((e) => ({ ...e }));
  });
}
