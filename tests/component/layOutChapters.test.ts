import { afterEach, describe, expect, it, vi } from 'vitest';
import { proseFaceSwapped } from '../../src/lib/proseFace';
import { LAID_OUT, layOutChaptersInTurn, layOutThrough } from '../../src/story/layOutChapters';

/** Frames that the test runs by hand. */
function frames() {
  const queue: (() => void)[] = [];
  return {
    queue,
    nextFrame: (next: () => void) => {
      queue.push(next);
      return () => queue.splice(queue.indexOf(next), 1);
    },
    run: () => queue.shift()?.(),
  };
}

function story(ids: string[], laidOut: string[] = []): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = ids
    .map(
      (id) => `<section id="${id}" class="chapter"${laidOut.includes(id) ? ` ${LAID_OUT}` : ''}></section>`,
    )
    .join('');
  document.body.append(main);
  return main;
}

const marked = (root: ParentNode) => [...root.querySelectorAll(`[${LAID_OUT}]`)].map((s) => s.id);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('layOutChaptersInTurn', () => {
  it('lays out one chapter per frame, in reading order, starting with the next frame', () => {
    const root = story(['intro', 'trigger', 'protests']);
    const f = frames();
    layOutChaptersInTurn(root, f);
    expect(marked(root)).toEqual([]);
    f.run();
    expect(marked(root)).toEqual(['intro']);
    f.run();
    expect(marked(root)).toEqual(['intro', 'trigger']);
    f.run();
    expect(marked(root)).toEqual(['intro', 'trigger', 'protests']);
    expect(f.queue).toHaveLength(0);
  });

  it('skips chapters already laid out and asks for no frame when none is left', () => {
    const root = story(['intro', 'trigger'], ['intro', 'trigger']);
    const f = frames();
    layOutChaptersInTurn(root, f);
    expect(f.queue).toHaveLength(0);
  });

  it('stops when asked (the app unmounts): no further chapter, no pending frame', () => {
    const root = story(['intro', 'trigger', 'protests']);
    const f = frames();
    const stop = layOutChaptersInTurn(root, f);
    f.run();
    stop();
    expect(f.queue).toHaveLength(0);
    expect(marked(root)).toEqual(['intro']);
  });

  it('asks for no frame before `after` settles, then skips what a jump laid out meanwhile', async () => {
    const root = story(['intro', 'trigger', 'protests']);
    const f = frames();
    let swapped = () => {};
    layOutChaptersInTurn(root, { ...f, after: new Promise<void>((resolve) => (swapped = resolve)) });
    await Promise.resolve();
    expect(f.queue).toHaveLength(0);
    root.querySelector('#intro')!.setAttribute(LAID_OUT, '');
    swapped();
    await Promise.resolve();
    expect(f.queue).toHaveLength(1);
    f.run();
    expect(marked(root)).toEqual(['intro', 'trigger']);
  });

  it('starts when `after` fails too, and never when stopped before it settles', async () => {
    const failing = story(['intro']);
    const f = frames();
    layOutChaptersInTurn(failing, { ...f, after: Promise.reject(new Error('no face')) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    f.run();
    expect(marked(failing)).toEqual(['intro']);

    const stopped = story(['trigger']);
    const g = frames();
    let swapped = () => {};
    const stop = layOutChaptersInTurn(stopped, {
      ...g,
      after: new Promise<void>((resolve) => (swapped = resolve)),
    });
    stop();
    swapped();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(g.queue).toHaveLength(0);
    expect(marked(stopped)).toEqual([]);
  });

  it('uses animation frames by default', async () => {
    const root = story(['intro', 'trigger']);
    layOutChaptersInTurn(root);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(marked(root)).toEqual(['intro', 'trigger']);
  });
});

describe('layOutThrough', () => {
  it('lays out every chapter above the jump target and the target itself, none below it', () => {
    const root = story(['intro', 'trigger', 'protests', 'almaty'], ['trigger']);
    layOutThrough(root.querySelector('#protests')!);
    expect(marked(root)).toEqual(['intro', 'trigger', 'protests']);
  });

  it('lays out only the first chapter for a jump to it', () => {
    const root = story(['intro', 'trigger']);
    layOutThrough(root.querySelector('#intro')!);
    expect(marked(root)).toEqual(['intro']);
  });
});

describe('proseFaceSwapped', () => {
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(document, 'fonts');
  });

  function fontsReadyWhen(): () => void {
    let done = () => {};
    const ready = new Promise<void>((resolve) => (done = resolve));
    Object.defineProperty(document, 'fonts', { value: { ready }, configurable: true });
    return done;
  }

  it('settles a frame after the document has no font loads left, not before', async () => {
    const loaded = fontsReadyWhen();
    const frame = vi.spyOn(window, 'requestAnimationFrame');
    let settled = false;
    void proseFaceSwapped(document).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(frame).not.toHaveBeenCalled();
    loaded();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(frame).toHaveBeenCalledTimes(1);
    expect(settled).toBe(true);
    frame.mockRestore();
  });

  it('leaves no timer behind once the face has arrived', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    const loaded = fontsReadyWhen();
    let settled = false;
    void proseFaceSwapped(document, 3000).then(() => (settled = true));
    expect(vi.getTimerCount()).toBe(1);
    loaded();
    await vi.advanceTimersByTimeAsync(20);
    expect(settled).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('settles after the timeout when the face never arrives', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    fontsReadyWhen();
    let settled = false;
    void proseFaceSwapped(document, 3000).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(2900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(true);
  });
});
