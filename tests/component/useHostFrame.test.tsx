import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EmbedParams } from '../../src/embed/params';
import { pymMessage } from '../../src/embed/pym';
import { useHostFrame, type ResizeObserverFactory } from '../../src/embed/useHostFrame';

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
    ro.trigger();
    height = 6200;
    ro.trigger();
    expect(sent).toEqual([pymMessage('kz9', 'height', '5001'), pymMessage('kz9', 'height', '6200')]);
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
});
