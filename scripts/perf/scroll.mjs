// Smooth scrolling, measured: after load (and after the map is ready, when there is one), scroll from the
// first chapter to the last at a brisk reading pace, frame by frame, and collect the long tasks (> 50 ms) a
// PerformanceObserver reports from then on.
import { deviceContext } from './pageLoad.mjs';

/** Pixels per animation frame: about 1,800 px/s at 60 fps, a fast flick through the story. */
const STEP_PX = 30;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {keyof typeof import('./pageLoad.mjs').VIEWPORTS} viewport
 * @returns {Promise<{ tasks: { start: number, duration: number }[], scrolledPx: number, ms: number }>}
 */
export async function longTasksWhileScrolling(browser, url, viewport) {
  const context = await deviceContext(browser, viewport);
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    if (await page.locator('[data-map-ready]').count()) {
      await page.waitForSelector('[data-map-ready="true"]', { timeout: 15_000 });
    }
    return await page.evaluate(async (step) => {
      const tasks = [];
      const since = performance.now();
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime >= since)
            tasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
        }
      });
      observer.observe({ type: 'longtask', buffered: true });
      const chapters = document.querySelectorAll('section.chapter');
      const first = chapters[0];
      const last = chapters[chapters.length - 1];
      const top = (el) => el.getBoundingClientRect().top + window.scrollY;
      const from = Math.max(0, top(first) - window.innerHeight * 0.5);
      const to = Math.min(document.documentElement.scrollHeight - window.innerHeight, top(last));
      window.scrollTo({ top: from, behavior: 'instant' });
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let y = from; y < to; y += step) {
        window.scrollTo({ top: Math.min(y + step, to), behavior: 'instant' });
        await frame();
      }
      // Let map flights and chart transitions that the last chapters started finish.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      observer.disconnect();
      return { tasks, scrolledPx: Math.round(to - from), ms: Math.round(performance.now() - since) };
    }, STEP_PX);
  } finally {
    await context.close();
  }
}
