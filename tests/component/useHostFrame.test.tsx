import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmbedParams } from '../../src/share/params';
import { pymMessage } from '../../src/embed/pym';
import { SILENT_HOST_MS } from '../../src/embed/hostFrame';
import { useHostFrame } from '../../src/embed/useHostFrame';
import type { IntersectionObserverFactory, ResizeObserverFactory } from '../../src/lib/observers';
import { hostCodeLoaded } from './hostCode';

/** A ResizeObserver stand-in the test triggers by hand. */
function fakeResizeObservers() {
  const records: { callback: ResizeObserverCallback; targets: Element[]; disconnected: boolean }[] = [];
  const factory: ResizeObserverFactory = (callback) => {
    const record = { callback, targets: [] as Element[], disconnected: false };
    records.push(record);
    return {
      observe: (target: Element) => record.targets.push(target),
      disconnect: () => {
        record.disconnected = true;
      },
    };
  };
  const trigger = () => {
    for (const r of records.filter((x) => !x.disconnected)) r.callback([], {} as ResizeObserver);
  };
  return { records, factory, trigger };
}

function Harness({ embed, factory }: { embed: EmbedParams; factory: ResizeObserverFactory }) {
  useHostFrame(embed, { createResizeObserver: factory });
  return null;
}

const AUTO: EmbedParams = { mode: 'auto', theme: null, channel: 'kz9' };

/** The host's answer to the frame's position request. */
function hostReports(): void {
  act(() => {
    window.dispatchEvent(
      new MessageEvent('message', {
        data: pymMessage('kz9', 'viewport-iframe-position', '390 844 100 0 5100 390'),
        source: window.parent,
      }),
    );
  });
}

function Viewport({ onViewport }: { onViewport: (known: boolean) => void }) {
  const { viewport } = useHostFrame(AUTO, { createResizeObserver: () => null });
  onViewport(viewport !== null);
  return null;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useHostFrame', () => {
  it('sends the body height whenever it changes, once per height', async () => {
    const sent: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => void sent.push(m));
    let height = 5000.4;
    vi.spyOn(document.body, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    const ro = fakeResizeObservers();
    render(<Harness embed={AUTO} factory={ro.factory} />);
    await hostCodeLoaded();
    expect(ro.records[0]?.targets).toEqual([document.body]);
    hostReports();
    ro.trigger();
    height = 6200;
    ro.trigger();
    expect(sent.filter((m) => String(m).includes('xPYMxheightxPYMx'))).toEqual([
      pymMessage('kz9', 'height', '5001'),
      pymMessage('kz9', 'height', '6200'),
    ]);
  });

  it('stays silent outside an auto-height embed and without a channel', async () => {
    const post = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const ro = fakeResizeObservers();
    render(<Harness embed={{ mode: 'fixed', theme: null, channel: 'kz9' }} factory={ro.factory} />);
    render(<Harness embed={{ mode: 'auto', theme: null, channel: null }} factory={ro.factory} />);
    await hostCodeLoaded();
    expect(ro.records).toEqual([]);
    expect(post).not.toHaveBeenCalled();
  });

  it('disconnects and stops listening on unmount, also under StrictMode', async () => {
    vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const removed = vi.spyOn(window, 'removeEventListener');
    const ro = fakeResizeObservers();
    const { unmount } = render(
      <StrictMode>
        <Harness embed={AUTO} factory={ro.factory} />
      </StrictMode>,
    );
    await hostCodeLoaded();
    expect(ro.records.length).toBeGreaterThan(0);
    unmount();
    expect(ro.records.every((r) => r.disconnected)).toBe(true);
    expect(removed.mock.calls.filter(([type]) => type === 'message')).toHaveLength(ro.records.length);
  });

  it('tells no height before the host has told its viewport, and does once a silent host had time', async () => {
    vi.useFakeTimers();
    const sent: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => void sent.push(m));
    vi.spyOn(document.body, 'getBoundingClientRect').mockImplementation(() => ({ height: 4321 }) as DOMRect);
    const seen: boolean[] = [];
    render(<Viewport onViewport={(known) => seen.push(known)} />);
    await hostCodeLoaded();
    expect(sent).toEqual([pymMessage('kz9', 'parentPositionInfo', '')]);
    expect(seen.at(-1)).toBe(true);
    act(() => void vi.advanceTimersByTime(SILENT_HOST_MS));
    expect(sent).toContainEqual(pymMessage('kz9', 'height', '4321'));
    // No answer: the chapter falls back to the browser's own viewport.
    expect(seen.at(-1)).toBe(false);
    hostReports();
    expect(seen.at(-1)).toBe(true);
    vi.useRealTimers();
  });

  it('asks the host where the frame is whenever the visible part of a section changes', async () => {
    const sent: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => void sent.push(m));
    const section = document.createElement('section');
    section.className = 'chapter';
    document.body.append(section);
    let fire: (() => void) | null = null;
    const observed: Element[] = [];
    const visibility: IntersectionObserverFactory = (callback, options) => {
      expect(options.threshold).toHaveLength(41);
      fire = () => callback([], {} as IntersectionObserver);
      return { observe: (el: Element) => void observed.push(el), disconnect: () => {} };
    };
    function WithVisibility() {
      useHostFrame(AUTO, { createResizeObserver: () => null, createIntersectionObserver: visibility });
      return null;
    }
    render(<WithVisibility />);
    await hostCodeLoaded();
    expect(observed).toEqual([section]);
    sent.length = 0;
    fire!();
    fire!();
    expect(sent).toEqual([
      pymMessage('kz9', 'parentPositionInfo', ''),
      pymMessage('kz9', 'parentPositionInfo', ''),
    ]);
    section.remove();
  });
  it('connects nothing when the frame is gone before the host link has loaded', async () => {
    const post = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const ro = fakeResizeObservers();
    const { unmount } = render(<Harness embed={AUTO} factory={ro.factory} />);
    unmount();
    await hostCodeLoaded();
    expect(ro.records).toEqual([]);
    expect(post).not.toHaveBeenCalled();
  });

  it('falls back to the browser viewport when the host link cannot load', async () => {
    vi.doMock('../../src/embed/hostFrame', () => {
      throw new Error('offline');
    });
    try {
      vi.spyOn(window, 'postMessage').mockImplementation(() => {});
      const seen: boolean[] = [];
      render(<Viewport onViewport={(known) => seen.push(known)} />);
      expect(seen.at(-1)).toBe(true);
      await hostCodeLoaded();
      expect(seen.at(-1)).toBe(false);
    } finally {
      vi.doUnmock('../../src/embed/hostFrame');
    }
  });
});
