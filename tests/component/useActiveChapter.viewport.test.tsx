import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChapterId } from '../../src/content/types';
import type { ViewportSource, VirtualViewport } from '../../src/story/readingLine';
import { useActiveChapter } from '../../src/story/useActiveChapter';
import { FakeObservers } from './fakeObserver';
import { layOutSections } from './layout';

const IDS: ChapterId[] = ['intro', 'trigger', 'protests', 'almaty'];

/** A viewport source a test moves by hand. */
class FakeViewport implements ViewportSource {
  listeners = new Set<(v: VirtualViewport) => void>();
  current: VirtualViewport | null = null;
  subscribe(onChange: (v: VirtualViewport) => void) {
    this.listeners.add(onChange);
    if (this.current) onChange(this.current);
    return () => this.listeners.delete(onChange);
  }
  move(top: number, height = 1000) {
    this.current = { top, height };
    for (const l of this.listeners) l(this.current);
  }
}

function Harness({
  fake,
  viewport,
  forced,
}: {
  fake: FakeObservers;
  viewport: ViewportSource | null;
  forced?: { id: ChapterId } | null;
}) {
  const active = useActiveChapter({
    ids: IDS,
    initial: 'intro',
    line: 0.5,
    createIntersectionObserver: fake.factory,
    viewport,
    forced,
  });
  return (
    <>
      {IDS.map((id) => (
        <section key={id} id={id} />
      ))}
      <output data-testid="active">{active.id}</output>
    </>
  );
}

let restore: () => void;
beforeEach(() => {
  // Sections of 1000 px each, the first at 0 (document coordinates; jsdom has no layout).
  restore = layOutSections(IDS, { top: 0, height: 1000 });
});
afterEach(() => restore());

describe('useActiveChapter with a virtual viewport', () => {
  it('takes the chapter at the reading line of the virtual viewport, not from the observer', () => {
    const fake = new FakeObservers();
    const viewport = new FakeViewport();
    render(<Harness fake={fake} viewport={viewport} />);
    expect(fake.observers.filter((o) => !o.disconnected)).toHaveLength(0);
    // Window from 1800 to 2800: the line (middle) at 2300 is in protests (2000–3000).
    act(() => viewport.move(1800));
    expect(screen.getByTestId('active')).toHaveTextContent('protests');
  });

  it('starts from the last viewport the source knows', () => {
    const viewport = new FakeViewport();
    viewport.move(2600);
    render(<Harness fake={new FakeObservers()} viewport={viewport} />);
    expect(screen.getByTestId('active')).toHaveTextContent('almaty');
  });

  it('ends on the right chapter after a jump, whatever it passed', () => {
    const viewport = new FakeViewport();
    render(<Harness fake={new FakeObservers()} viewport={viewport} />);
    act(() => viewport.move(2800));
    act(() => viewport.move(-200));
    expect(screen.getByTestId('active')).toHaveTextContent('intro');
  });

  it('keeps the chapter while the line is above or below the story', () => {
    const viewport = new FakeViewport();
    render(<Harness fake={new FakeObservers()} viewport={viewport} />);
    act(() => viewport.move(1000));
    act(() => viewport.move(-5000));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
    act(() => viewport.move(9000));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
  });

  it('keeps a forced chapter (deep link) until the viewport says otherwise', () => {
    const viewport = new FakeViewport();
    render(<Harness fake={new FakeObservers()} viewport={viewport} forced={{ id: 'almaty' }} />);
    expect(screen.getByTestId('active')).toHaveTextContent('almaty');
    act(() => viewport.move(0));
    expect(screen.getByTestId('active')).toHaveTextContent('intro');
  });

  it('takes the chapter the layout puts at the reading line when an observer entry is older than it', () => {
    // A CI run's keyboard walk: after a jump to toll a late entry said crackdown again, with the page at toll.
    const fake = new FakeObservers();
    render(<Harness fake={fake} viewport={null} />);
    restore();
    restore = layOutSections(IDS, { top: -1000, height: 1000 });
    act(() => fake.cross({ intro: false, trigger: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
    act(() => fake.cross({ trigger: false, intro: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
  });

  it('switches from the observer to the viewport source and back', () => {
    const fake = new FakeObservers();
    const viewport = new FakeViewport();
    const { rerender, unmount } = render(<Harness fake={fake} viewport={null} />);
    // The page scrolled so that trigger lies across the reading line, as the observer reports.
    restore();
    restore = layOutSections(IDS, { top: -1000, height: 1000 });
    act(() => fake.cross({ intro: false, trigger: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
    // Back to the page at the top: the virtual viewport below measures from there.
    restore();
    restore = layOutSections(IDS, { top: 0, height: 1000 });
    rerender(<Harness fake={fake} viewport={viewport} />);
    expect(fake.observers.every((o) => o.disconnected)).toBe(true);
    act(() => viewport.move(2600));
    expect(screen.getByTestId('active')).toHaveTextContent('almaty');
    rerender(<Harness fake={fake} viewport={null} />);
    expect(viewport.listeners.size).toBe(0);
    unmount();
  });
});
