import { describe, expect, it } from 'vitest';
import { chapterAtLine, type SectionBox } from '../../../src/story/readingLine';
import { layoutViewport, panelShift, virtualViewport } from '../../../src/embed/viewport';

// Three sections of 1000 px below a 200 px header inside the frame.
const SECTIONS: SectionBox[] = [
  { id: 'intro', top: 200, height: 1000 },
  { id: 'trigger', top: 1200, height: 1000 },
  { id: 'protests', top: 2200, height: 1000 },
];

describe('virtualViewport', () => {
  it('puts the visible window at minus the frame top: a frame 300 px below the host viewport top is seen from -300', () => {
    expect(virtualViewport({ width: 390, height: 844, top: 300, bottom: 3500 })).toEqual({
      top: -300,
      height: 844,
    });
  });

  it('moves the window down the frame as the host scrolls past it', () => {
    expect(virtualViewport({ width: 390, height: 844, top: -1500, bottom: 1700 })).toEqual({
      top: 1500,
      height: 844,
    });
  });
});

describe('chapterAtLine', () => {
  it('finds the section the reading line is in', () => {
    expect(chapterAtLine(SECTIONS, 1450)).toBe('trigger');
  });

  it('lets the later section win on a shared edge', () => {
    expect(chapterAtLine(SECTIONS, 1200)).toBe('trigger');
  });

  it('returns null above, below and between sections, so the caller keeps its chapter', () => {
    expect(chapterAtLine(SECTIONS, 100)).toBeNull();
    expect(chapterAtLine(SECTIONS, 5000)).toBeNull();
    expect(
      chapterAtLine([SECTIONS[0] as SectionBox, { id: 'trigger', top: 1500, height: 100 }], 1300),
    ).toBeNull();
  });

  it('skips sections that have no height (not laid out)', () => {
    expect(chapterAtLine([{ id: 'intro', top: 0, height: 0 }], 0)).toBeNull();
  });

  it('gives the same chapter for the same geometry whatever came before (a jump needs no history)', () => {
    const frameTop = -2000; // host scrolled 2000 px past the frame's top
    const viewport = virtualViewport({ width: 390, height: 800, top: frameTop, bottom: frameTop + 3400 });
    expect(chapterAtLine(SECTIONS, viewport.top + viewport.height * 0.6)).toBe('protests');
  });
});

describe('panelShift', () => {
  const panel = { top: 100, height: 400, limit: 3200 };

  it('leaves the panel in place while the visible window starts above it', () => {
    expect(panelShift({ top: -300, height: 844 }, panel)).toBe(0);
    expect(panelShift({ top: 100, height: 844 }, panel)).toBe(0);
  });

  it('moves the panel with the window once the window passes it, like sticky top 0', () => {
    expect(panelShift({ top: 1100, height: 844 }, panel)).toBe(1000);
  });

  it('stops at the end of the layout, like sticky inside its container', () => {
    expect(panelShift({ top: 9000, height: 844 }, panel)).toBe(2700);
  });

  it('never moves a panel taller than its container', () => {
    expect(panelShift({ top: 500, height: 844 }, { top: 0, height: 900, limit: 800 })).toBe(0);
  });
});

describe('layoutViewport', () => {
  it('takes the first size as it is', () => {
    expect(layoutViewport(null, { width: 390, height: 844 })).toEqual({ width: 390, height: 844 });
  });

  it('ignores the browser bars growing the viewport, like svh', () => {
    const first = { width: 390, height: 664 };
    expect(layoutViewport(first, { width: 390, height: 764 })).toBe(first);
  });

  it('follows the browser bars shrinking it, like svh', () => {
    expect(layoutViewport({ width: 390, height: 764 }, { width: 390, height: 664 })).toEqual({
      width: 390,
      height: 664,
    });
  });

  it('follows a real resize: a new width or a large height change', () => {
    expect(layoutViewport({ width: 390, height: 844 }, { width: 844, height: 390 })).toEqual({
      width: 844,
      height: 390,
    });
    expect(layoutViewport({ width: 1280, height: 600 }, { width: 1280, height: 1000 })).toEqual({
      width: 1280,
      height: 1000,
    });
  });
});
