import { afterEach, describe, expect, it } from 'vitest';
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
