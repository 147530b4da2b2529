// The registry of editions (src/content/editions.ts), read through Vite so the browser tests visit exactly
// the editions the build publishes: a new edition is tested without touching a test file.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** @returns {Promise<{ lang: string, dir: string, ogLocale: string, name: string }[]>} */
export async function loadEditions() {
  const vite = await createServer({
    root: ROOT,
    logLevel: 'silent',
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
  });
  try {
    const { EDITIONS } = await vite.ssrLoadModule('/src/content/editions.ts');
    return EDITIONS.map((e) => ({ ...e }));
  } finally {
    await vite.close();
  }
}
