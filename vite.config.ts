/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built page works from any folder of a CMS or static host (the prerender script points
// the `en/` page one folder up for its assets).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Read by scripts/prerender.mjs (to preload each edition's language pack), then deleted from dist.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Map data imported as JSON gets a chunk of its own, so caching it does not depend on code
              // changes and scripts/budgets.mjs can hold it to the geodata budget (it counts `geodata-*.js`).
              name: 'geodata',
              test: /[\\/]src[\\/].*\.(geo|topo)?json$/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
