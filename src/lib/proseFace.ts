/**
 * The prose face (Literata, src/styles/fonts.css) swaps in all at once. Russian and Kazakh prose needs two or
 * three of its files (Latin, Cyrillic, Kazakh's own letters); with `font-display: swap` each one swapped in as
 * it arrived, and in between lines were set in two faces at once: the whole page reflowed twice (on
 * /kk/crackdown/ at 390 px a layout shift of 0.32 whenever one file came a frame before the others). So those
 * editions' stack leaves Literata out until every regular file their prose uses has loaded, and this marks
 * the page `data-fonts="ready"` then. The Latin editions need one file and use Literata at once; marking them
 * too is harmless. A file that fails leaves the metric-matched stand-ins in place, as a whole.
 */

/** The elements set in the prose face (app.css: `font-family: var(--font-prose)`). */
const PROSE = '.dek, .story';

/** Loads every regular Literata file the page's prose has characters in; then marks the page ready. */
export async function loadProseFace(doc: Document = document): Promise<boolean> {
  const fonts = doc.fonts as FontFaceSet | undefined;
  if (!fonts || typeof fonts.load !== 'function') return false;
  const text = [...doc.querySelectorAll(PROSE)].map((element) => element.textContent ?? '').join(' ');
  try {
    // The faces whose unicode-range the text touches, as the browser would pick them (fonts.css).
    const faces = await fonts.load('400 16px Literata', text);
    if (faces.length === 0 || faces.some((face) => face.status !== 'loaded')) return false;
  } catch {
    return false;
  }
  doc.documentElement.dataset.fonts = 'ready';
  return true;
}

/**
 * Settles once the prose face has swapped in and the frame that set the page in it is drawn: when the
 * document has no font loads left (the Cyrillic editions' swap, {@link loadProseFace}, follows their loads in
 * the same task), one frame later. A network that holds the face back longer than `timeout` ms does not
 * hold back the chapters' layout.
 */
export function proseFaceSwapped(doc: Document = document, timeout = 3000): Promise<void> {
  const fonts = doc.fonts as FontFaceSet | undefined;
  const loaded = fonts?.ready ?? Promise.resolve();
  const win = doc.defaultView ?? window;
  let timer = 0;
  const late = new Promise((resolve) => {
    timer = win.setTimeout(resolve, timeout);
  });
  return Promise.race([loaded, late]).then(() => {
    win.clearTimeout(timer);
    return new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));
  });
}
