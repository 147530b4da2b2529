/**
 * The first layout of the whole prerendered story was the page's longest task (every chapter's text laid out
 * at once, around the first paint). So chapters start with `content-visibility: auto` (app.css): only those
 * near the viewport are laid out for the first paint. Estimated heights must not outlive the load, though: a
 * far jump onto chapters still at their estimate would see the page move under it. After hydration, this lays
 * out one chapter per frame (`data-laid-out`), in reading order, so each frame's layout stays short and, well
 * before a reader could jump far, every chapter has its real height.
 */

/** The attribute that ends a chapter's `content-visibility: auto` (app.css). */
export const LAID_OUT = 'data-laid-out';

/** Options of {@link layOutChaptersInTurn}; injectable for tests. */
export interface LayOutOptions {
  /** Runs `next` before the next frame (requestAnimationFrame) and returns a function that cancels it. */
  nextFrame?: (next: () => void) => () => void;
  /**
   * Settles when the first chapter may be laid out (default: at once). The app waits for the prose face's
   * swap (`proseFaceSwapped`, src/lib/proseFace.ts): a chapter laid out in the very frame the swap rewraps
   * the headline's dek moved the story on a chapter page by the dek's change, 31 px (a layout shift of 0.036
   * on /en/crackdown/ at 390 px with a 4x slower CPU: 3 of 30 runs, more often with the fonts arriving around
   * hydration), where either alone is made up for by scroll anchoring.
   */
  after?: Promise<unknown>;
}

function animationFrame(next: () => void): () => void {
  const id = requestAnimationFrame(next);
  return function cancelFrame() {
    cancelAnimationFrame(id);
  };
}

/**
 * Lays out every chapter from the first through `target` at once, before a jump to `target`. A jump measured
 * against estimated heights lands wherever the estimates were wrong once they are replaced: engines with scroll
 * anchoring mostly make up for it, WebKit has none and ended up 1,900 px away from `/en/#csto`. Chapters
 * below the target keep their estimates: laying them out later does not move the target.
 */
export function layOutThrough(target: Element): void {
  for (const chapter of target.ownerDocument.querySelectorAll<HTMLElement>(
    `section.chapter:not([${LAID_OUT}])`,
  )) {
    if (target.compareDocumentPosition(chapter) & Node.DOCUMENT_POSITION_FOLLOWING) break;
    chapter.setAttribute(LAID_OUT, '');
  }
}

/** Marks the chapters in `root` as laid out, one per frame; returns a function that stops. */
export function layOutChaptersInTurn(
  root: ParentNode,
  { nextFrame = animationFrame, after }: LayOutOptions = {},
): () => void {
  let stopped = false;
  let cancel: (() => void) | null = null;
  let waiting: HTMLElement[] = [];
  function layOutNext(): void {
    cancel = null;
    waiting.shift()?.setAttribute(LAID_OUT, '');
    if (waiting.length > 0) cancel = nextFrame(layOutNext);
  }
  function begin(): void {
    if (stopped) return;
    // Chapters a jump laid out meanwhile (layOutThrough) are skipped.
    waiting = [...root.querySelectorAll<HTMLElement>(`section.chapter:not([${LAID_OUT}])`)];
    if (waiting.length > 0) cancel = nextFrame(layOutNext);
  }
  if (after) void after.then(begin, begin);
  else begin();
  return function stop() {
    stopped = true;
    cancel?.();
    cancel = null;
  };
}
