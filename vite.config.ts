/// <reference types="vitest/config" />
import { createServer, defineConfig, type Plugin, type ViteDevServer } from 'vite';
import react from '@vitejs/plugin-react';

type FiguresDataModule = typeof import('./scripts/figuresData');

/** The builder of the data downloads, loaded through Vite: the config never imports the app's TypeScript. */
const FIGURES_DATA_MODULE = '/scripts/figuresData.ts';
const FIGURES_DATA_PATH = /\/data\/figures\.[a-z]{2}\.(csv|json)$/;

async function loadFiguresData(server: ViteDevServer): Promise<Record<string, string>> {
  const builder = (await server.ssrLoadModule(FIGURES_DATA_MODULE)) as FiguresDataModule;
  return builder.allFiguresDataFiles();
}

/**
 * The data downloads (`data/figures.<lang>.csv|json`, see `scripts/figuresData.ts`): served by the dev server
 * (fresh on every request, so edits to the figures show at once) and written into the build in
 * `generateBundle`.
 */
function figuresData(): Plugin {
  let root = process.cwd();
  return {
    name: 'figures-data',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use(function serveFiguresData(req, res, next) {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!FIGURES_DATA_PATH.test(path)) return next();
        loadFiguresData(server).then((files) => {
          const found = Object.entries(files).find(([name]) => path.endsWith(`/${name}`));
          if (!found) return next();
          const [name, body] = found;
          res.setHeader(
            'Content-Type',
            name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
          );
          res.end(body);
        }, next);
      });
    },
    async generateBundle() {
      // Once per site: not again in a server-rendering build.
      if (this.environment.config.consumer !== 'client') return;
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'silent',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        for (const [fileName, source] of Object.entries(await loadFiguresData(server))) {
          this.emitFile({ type: 'asset', fileName, source });
        }
      } finally {
        await server.close();
      }
    },
  };
}

// Relative base: the built page works from any folder of a CMS or static host (the prerender script points
// the `en/` page one folder up for its assets).
export default defineConfig({
  base: './',
  plugins: [react(), figuresData()],
  build: {
    target: 'es2022',
    // Browsers preload modules themselves since Chrome 66, Firefox 115 and Safari 17; the polyfill cost every
    // reader 0.5 kB gzip of the first view's script for older Firefox and Safari, which still run the page,
    // only without preloading the language pack alongside the entry.
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Font files stay files: a small subset inlined as a data: URL would be blocked by the CSP (font-src
    // 'self') and would put Cyrillic letters into every edition's CSS.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    // Read by scripts/prerender.mjs (to preload each edition's language pack), then deleted from dist.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The city detail of the Almaty chapters: its own chunk, loaded only when the reader nears them
              // (src/map/almaty/useAlmatyDetail.ts). Named `geodata-…` so scripts/budgets.mjs counts it as map
              // data whenever a first view loads it (none does).
              name: 'geodata-almaty',
              test: /[\\/]src[\\/]map[\\/]almaty[\\/].*\.json$/,
              priority: 2,
            },
            {
              // Map data imported as JSON gets a chunk of its own, so caching it does not depend on code
              // changes and scripts/budgets.mjs can hold it to the geodata budget (it counts `geodata-*.js`).
              name: 'geodata',
              test: /[\\/]src[\\/].*\.(geo|topo)?json$/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    restoreMocks: true,
    // Tests of data, layout and strings run in Node: no DOM to set up per file. A unit test that needs one says
    // so in its first line (`// @vitest-environment jsdom`); component tests all get jsdom and Testing Library.
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          setupFiles: ['./tests/setup.ts'],
          include: ['tests/component/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
