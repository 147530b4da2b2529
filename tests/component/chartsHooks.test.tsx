import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import { ENTERING_CLASS, useEntryAnimation } from '../../src/charts/parts/useEntryAnimation';
import { DEFAULT_CHART_WIDTH, useParentSize } from '../../src/charts/parts/useParentSize';
import type { ObserverLike, ResizeObserverFactory } from '../../src/lib/observers';
import { de } from '../../src/content/de';

afterEach(cleanup);

/** A ResizeObserver stand-in whose resize the test triggers (as in visx's useParentSize test). */
class MockResizeObserver implements ObserverLike {
  static instances: MockResizeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    MockResizeObserver.instances.push(this);
  }
  observe(target: Element): void {
    this.observed.push(target);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  trigger(width: number): void {
    const entry = { contentRect: { width, height: 100 } } as ResizeObserverEntry;
    act(() => this.callback([entry], this as unknown as ResizeObserver));
  }
}

const mockResizeObserver: ResizeObserverFactory = (callback) => new MockResizeObserver(callback);

function Probe({ initialWidth }: { initialWidth?: number }) {
  const { parentRef, width } = useParentSize<HTMLDivElement>({
    initialWidth,
    createResizeObserver: mockResizeObserver,
  });
  return (
    <div ref={parentRef} data-testid="parent">
      {width}
    </div>
  );
}

describe('useParentSize', () => {
  afterEach(() => {
    MockResizeObserver.instances = [];
  });

  it('starts at the default width, before anything is measured', () => {
    render(<Probe />);
    expect(screen.getByTestId('parent')).toHaveTextContent(String(DEFAULT_CHART_WIDTH));
  });

  it('observes the parent and follows its width when the observer reports a resize', () => {
    render(<Probe initialWidth={300} />);
    const observer = MockResizeObserver.instances.at(-1)!;
    expect(observer.observed).toEqual([screen.getByTestId('parent')]);
    observer.trigger(512.7);
    expect(screen.getByTestId('parent')).toHaveTextContent('512');
  });

  it('keeps the last width when a hidden parent reports zero', () => {
    render(<Probe initialWidth={300} />);
    const observer = MockResizeObserver.instances.at(-1)!;
    observer.trigger(420);
    observer.trigger(0);
    expect(screen.getByTestId('parent')).toHaveTextContent('420');
  });

  it('disconnects the observer on unmount', () => {
    const { unmount } = render(<Probe />);
    const observer = MockResizeObserver.instances.at(-1)!;
    unmount();
    expect(observer.disconnected).toBe(true);
  });

  it('stays at the initial width where there is no ResizeObserver at all', () => {
    function NoObserver() {
      const { parentRef, width } = useParentSize<HTMLDivElement>();
      return <div ref={parentRef}>{width}</div>;
    }
    expect(globalThis.ResizeObserver).toBeUndefined();
    const { container } = render(<NoObserver />);
    expect(container).toHaveTextContent(String(DEFAULT_CHART_WIDTH));
  });

  it('redraws a chart at the width of its column', () => {
    const { container } = render(
      <ChapterGraphic
        chart="borders"
        pack={de}
        active={false}
        reducedMotion={false}
        createResizeObserver={mockResizeObserver}
      />,
    );
    expect(container.querySelector('svg.chart-svg')).toHaveAttribute('width', String(DEFAULT_CHART_WIDTH));
    MockResizeObserver.instances.at(-1)!.trigger(296);
    expect(container.querySelector('svg.chart-svg')).toHaveAttribute('width', '296');
  });
});

describe('useEntryAnimation', () => {
  function Animated({ active, reducedMotion }: { active: boolean; reducedMotion: boolean }) {
    const ref = useRef<HTMLDivElement>(null);
    useEntryAnimation(ref, active, reducedMotion);
    return <div ref={ref} data-testid="chart" />;
  }

  function frames() {
    const queue: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    return {
      flush: () => act(() => queue.splice(0).forEach((cb) => cb(0))),
    };
  }

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('renders the final state until the chapter becomes active', () => {
    frames();
    render(<Animated active={false} reducedMotion={false} />);
    expect(screen.getByTestId('chart')).not.toHaveClass(ENTERING_CLASS);
  });

  it('puts the marks in their start state when the chapter becomes active and releases them a frame later', () => {
    const raf = frames();
    const { rerender } = render(<Animated active={false} reducedMotion={false} />);
    rerender(<Animated active reducedMotion={false} />);
    expect(screen.getByTestId('chart')).toHaveClass(ENTERING_CLASS);
    raf.flush();
    expect(screen.getByTestId('chart')).not.toHaveClass(ENTERING_CLASS);
  });

  it('plays only the first time', () => {
    const raf = frames();
    const { rerender } = render(<Animated active reducedMotion={false} />);
    raf.flush();
    rerender(<Animated active={false} reducedMotion={false} />);
    rerender(<Animated active reducedMotion={false} />);
    expect(screen.getByTestId('chart')).not.toHaveClass(ENTERING_CLASS);
  });

  it('does not move anything for readers who asked for reduced motion', () => {
    frames();
    render(<Animated active reducedMotion />);
    expect(screen.getByTestId('chart')).not.toHaveClass(ENTERING_CLASS);
  });
});
