import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it } from 'vitest';
import type { ChapterId } from '../../src/content/types';
import { useActiveChapter } from '../../src/story/useActiveChapter';
import { FakeObservers } from './fakeObserver';

const IDS: ChapterId[] = ['intro', 'trigger', 'protests', 'almaty'];

function Harness({ fake, forced }: { fake: FakeObservers; forced?: { id: ChapterId } | null }) {
  const active = useActiveChapter({
    ids: IDS,
    initial: 'intro',
    createIntersectionObserver: fake.factory,
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

describe('useActiveChapter', () => {
  it('starts with the initial chapter and observes every section at the reading line', () => {
    const fake = new FakeObservers();
    render(<Harness fake={fake} />);
    expect(screen.getByTestId('active')).toHaveTextContent('intro');
    const line = fake.observers.find((o) => o.options.threshold === 0 && !o.disconnected);
    expect(line?.targets.map((t) => t.id)).toEqual(IDS);
    expect(line?.options.rootMargin).toBe('-50% 0px -50% 0px');
    // The document itself: in a cross-origin frame the implicit root would drop the margin.
    expect(line?.options.root).toBe(document);
  });

  it('makes the section that crosses the reading line active', () => {
    const fake = new FakeObservers();
    render(<Harness fake={fake} />);
    act(() => fake.cross({ intro: false, trigger: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
  });

  it('ends on the right chapter after a fast fling that skips sections', () => {
    const fake = new FakeObservers();
    render(<Harness fake={fake} />);
    // A fling from intro to almaty: the observer reports only the net change, in one batch.
    act(() => fake.cross({ intro: false, almaty: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('almaty');
    // And back up in one jump.
    act(() => fake.cross({ almaty: false, trigger: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
  });

  it('keeps the active chapter while the line sits in a gap between sections', () => {
    const fake = new FakeObservers();
    render(<Harness fake={fake} />);
    act(() => fake.cross({ protests: true }));
    act(() => fake.cross({ protests: false }));
    expect(screen.getByTestId('active')).toHaveTextContent('protests');
  });

  it('prefers the later section when two touch the line at once', () => {
    const fake = new FakeObservers();
    render(<Harness fake={fake} />);
    act(() => fake.cross({ trigger: true, protests: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('protests');
  });

  it('watches the sections with one observer at the reading line, none for positions inside them', () => {
    // A second observer with many thresholds (progress through a chapter) once re-rendered the whole story
    // every few percent of scrolling, for a value nothing displayed.
    const fake = new FakeObservers();
    render(<Harness fake={fake} />);
    const live = fake.observers.filter((o) => !o.disconnected);
    expect(live).toHaveLength(1);
    expect(live[0]?.options.threshold).toBe(0);
  });

  it('applies a forced chapter (deep link) at once, and again when forced anew', () => {
    const fake = new FakeObservers();
    const { rerender } = render(<Harness fake={fake} forced={{ id: 'almaty' }} />);
    expect(screen.getByTestId('active')).toHaveTextContent('almaty');
    act(() => fake.cross({ trigger: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('trigger');
    rerender(<Harness fake={fake} forced={{ id: 'almaty' }} />);
    expect(screen.getByTestId('active')).toHaveTextContent('almaty');
  });

  it('disconnects its observers on unmount, also under StrictMode', () => {
    const fake = new FakeObservers();
    const { unmount } = render(
      <StrictMode>
        <Harness fake={fake} />
      </StrictMode>,
    );
    unmount();
    expect(fake.observers.every((o) => o.disconnected)).toBe(true);
  });

  it('ends on the last chapter when a jump puts the reading line in the page end below the story', () => {
    const fake = new FakeObservers();
    function WithEnd() {
      const active = useActiveChapter({
        ids: IDS,
        initial: 'intro',
        createIntersectionObserver: fake.factory,
      });
      return (
        <>
          {IDS.map((id) => (
            <section key={id} id={id} />
          ))}
          <footer id="end" data-story-end="" />
          <output data-testid="active">{active.id}</output>
        </>
      );
    }
    render(<WithEnd />);
    expect(fake.observers.find((o) => !o.disconnected)?.targets.map((t) => t.id)).toEqual([...IDS, 'end']);
    // Laid out: the story scrolled above the viewport (1000 px a chapter), the line (mid-screen) below it.
    IDS.forEach((id, i) => {
      const top = -5000 + i * 1000;
      document.getElementById(id)!.getBoundingClientRect = () =>
        ({ top, bottom: top + 1000, height: 1000, left: 0, right: 0, width: 0, x: 0, y: top }) as DOMRect;
    });
    // The jump from the masthead crosses no section's edge: only the end reports.
    act(() => fake.cross({ end: true }));
    expect(screen.getByTestId('active')).toHaveTextContent('almaty');
  });
});
