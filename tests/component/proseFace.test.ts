import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadProseFace } from '../../src/lib/proseFace';

/** A page with prose (dek and story) and text outside it, and a font set whose `load` the test controls. */
function setUp(load: (font: string, text: string) => Promise<Array<{ status: string }>>) {
  document.body.innerHTML =
    '<nav>Қазақша</nav><p class="dek">Дек</p><main class="story"><p>Қазақстан 2022</p></main>';
  const fonts = { load: vi.fn(load) };
  Object.defineProperty(document, 'fonts', { configurable: true, value: fonts });
  return fonts;
}

afterEach(() => {
  delete document.documentElement.dataset.fonts;
  document.body.innerHTML = '';
});

describe('loadProseFace', () => {
  it('loads the regular faces for the prose’s text, and marks the page ready once all are in', async () => {
    let arrive: (faces: Array<{ status: string }>) => void = () => undefined;
    const fonts = setUp(() => new Promise((resolve) => (arrive = resolve)));
    const done = loadProseFace();
    expect(fonts.load).toHaveBeenCalledWith('400 16px Literata', 'Дек Қазақстан 2022');
    // Not before every file has arrived: one file alone would set lines in two faces.
    await Promise.resolve();
    expect(document.documentElement.dataset.fonts).toBeUndefined();
    arrive([{ status: 'loaded' }, { status: 'loaded' }, { status: 'loaded' }]);
    expect(await done).toBe(true);
    expect(document.documentElement.dataset.fonts).toBe('ready');
  });

  it('keeps the stand-ins, as a whole, when a file fails or none matched', async () => {
    setUp(() => Promise.reject(new DOMException('failed', 'NetworkError')));
    expect(await loadProseFace()).toBe(false);
    setUp(() => Promise.resolve([{ status: 'loaded' }, { status: 'error' }]));
    expect(await loadProseFace()).toBe(false);
    setUp(() => Promise.resolve([]));
    expect(await loadProseFace()).toBe(false);
    expect(document.documentElement.dataset.fonts).toBeUndefined();
  });
});
