import { act, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmbedParams } from '../../src/embed/params';
import { pymMessage } from '../../src/embed/pym';
import {
  SILENT_HOST_MS,
  useHostFrame,
  type ResizeObserverFactory,
  type VisibilityObserverFactory,
} from '../../src/embed/useHostFrame';

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
  it('sends the body height whenever it changes, once per height', () => {
    const sent: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => void sent.push(m));
    let height = 5000.4;
    vi.spyOn(document.body, 'getBoundingClientRect').mockImplementation(() => ({ height }) as DOMRect);
    const ro = fakeResizeObservers();
    render(<Harness embed={AUTO} factory={ro.factory} />);
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

  it('stays silent outside an auto-height embed and without a channel', () => {
    const post = vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const ro = fakeResizeObservers();
    render(<Harness embed={{ mode: 'fixed', theme: null, channel: 'kz9' }} factory={ro.factory} />);
    render(<Harness embed={{ mode: 'auto', theme: null, channel: null }} factory={ro.factory} />);
    expect(ro.records).toEqual([]);
    expect(post).not.toHaveBeenCalled();
  });

  it('disconnects and stops listening on unmount, also under StrictMode', () => {
    vi.spyOn(window, 'postMessage').mockImplementation(() => {});
    const removed = vi.spyOn(window, 'removeEventListener');
    const ro = fakeResizeObservers();
    const { unmount } = render(
      <StrictMode>
        <Harness embed={AUTO} factory={ro.factory} />
      </StrictMode>,
    );
    unmount();
    expect(ro.records.every((r) => r.disconnected)).toBe(true);
    expect(removed.mock.calls.filter(([type]) => type === 'message')).toHaveLength(ro.records.length);
  });

  it('tells no height before the host has told its viewport, and does once a silent host had time', () => {
    vi.useFakeTimers();
    const sent: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => void sent.push(m));
    vi.spyOn(document.body, 'getBoundingClientRect').mockImplementation(() => ({ height: 4321 }) as DOMRect);
    const seen: boolean[] = [];
    render(<Viewport onViewport={(known) => seen.push(known)} />);
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

  it('asks the host where the frame is whenever the visible part of a section changes', () => {
    const sent: unknown[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation((m: unknown) => void sent.push(m));
    const section = document.createElement('section');
    section.className = 'chapter';
    document.body.append(section);
    let fire: (() => void) | null = null;
    const observed: Element[] = [];
    const visibility: VisibilityObserverFactory = (callback, options) => {
      expect(options.threshold).toHaveLength(41);
      fire = () => callback([], {} as IntersectionObserver);
      return { observe: (el: Element) => void observed.push(el), disconnect: () => {} };
    };
    function WithVisibility() {
      useHostFrame(AUTO, { createResizeObserver: () => null, createVisibilityObserver: visibility });
      return null;
    }
    render(<WithVisibility />);
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
});
