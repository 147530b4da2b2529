// Screenshots for looking at the built page as a reader would: phone and desktop, top / middle / end of the
// story, light and dark. Writes PNGs to tests/e2e/screenshots/ (not committed). Needs `npm run build` first.
// `node scripts/screenshots.mjs --readme` also refreshes docs/screenshot-desktop.png for the README.
import { mkdir } from 'node:fs/promises';
import { launch, openPage, scrollToChapter, serveDist } from '../tests/e2e/harness.mjs';

const OUT = new URL('../tests/e2e/screenshots/', import.meta.url);
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];
const STOPS = [
  { name: 'top', chapter: null },
  { name: 'middle', chapter: process.env.MIDDLE ?? 'crackdown' },
  { name: 'end', chapter: 'sources' },
];
const lang = process.env.LANG_PATH ?? '';

await mkdir(OUT, { recursive: true });
const server = await serveDist();
const browser = await launch();
try {
  for (const size of SIZES) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, close } = await openPage(browser, server.origin, {
        ...size,
        colorScheme,
        reducedMotion: 'reduce',
      });
      await page.goto(`${server.origin}/${lang}`);
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 15_000 });
      for (const stop of STOPS) {
        if (stop.chapter) await scrollToChapter(page, stop.chapter);
        else await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(700);
        const file = `${lang.replace('/', '-')}${size.name}-${colorScheme}-${stop.name}.png`;
        await page.screenshot({ path: new URL(file, OUT).pathname });
        console.log(file);
      }
      if (process.argv.includes('--readme') && size.name === 'desktop' && colorScheme === 'light') {
        await scrollToChapter(page, 'protests');
        await page.waitForTimeout(700);
        await page.screenshot({ path: new URL('../docs/screenshot-desktop.png', import.meta.url).pathname });
      }
      await close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
