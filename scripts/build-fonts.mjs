#!/usr/bin/env node
/**
 * Writes src/styles/fonts.css (`npm run fonts`): Literata's `@font-face` rules from the `@fontsource/literata`
 * package and the metric-matched fallback faces (scripts/lib/fonts.mjs). Run it after updating the package;
 * tests/unit/fonts.test.ts fails while the committed file differs from what this writes.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONTS_CSS, fontsCss } from './lib/fonts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = join(root, FONTS_CSS);
await writeFile(file, await fontsCss(dirname(file)));
console.log(`fonts: wrote ${FONTS_CSS}`);
