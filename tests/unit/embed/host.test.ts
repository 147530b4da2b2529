// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import source from '../../../public/embed/host.js?raw';

const ORIGIN = 'https://grafik.example.at';

/** Runs the snippet as a host page would, on a container written as the generator writes it. */
function embed(attributes: string): HTMLIFrameElement | null {
  document.body.innerHTML = `<div ${attributes}><a href="${ORIGIN}/">Fallback</a></div>`;
  new Function(source)();
  return document.querySelector('iframe');
}

function fromFrame(
  frame: HTMLIFrameElement,
  data: unknown,
  origin = ORIGIN,
  source?: MessageEventSource | null,
) {
  window.dispatchEvent(
    new MessageEvent('message', {
      data,
      origin,
      source: source === undefined ? frame.contentWindow : source,
    }),
  );
}

function channel(frame: HTMLIFrameElement): string {
  return new URL(frame.src).searchParams.get('childId') as string;
}

afterEach(async () => {
  // Let queued position reports run while the frame is attached (jsdom keeps a removed frame's window).
  await new Promise((resolve) => requestAnimationFrame(resolve));
  document.body.innerHTML = '';
});

describe('host.js', () => {
  it('is plain script under 3 KiB', () => {
    expect(new TextEncoder().encode(source).length).toBeLessThan(3 * 1024);
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('replaces the fallback link with an auto-height frame on a fresh channel, keeping the start chapter', () => {
    const frame = embed(`data-kz-embed="${ORIGIN}/k/?theme=dark#csto" data-kz-title="Blutiger Jänner"`);
    expect(frame).not.toBeNull();
    const url = new URL((frame as HTMLIFrameElement).src);
    expect(url.origin + url.pathname).toBe(`${ORIGIN}/k/`);
    expect(url.searchParams.get('embed')).toBe('auto');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('childId')).toMatch(/^kz[a-z0-9]+$/);
    expect(url.hash).toBe('#csto');
    expect(frame).toHaveAttribute('title', 'Blutiger Jänner');
    expect(frame).toHaveAttribute('allow', 'clipboard-write');
    expect(document.querySelector('a')).toBeNull();
  });

  it('makes a fixed-height frame with data-kz-height', () => {
    const frame = embed(`data-kz-embed="${ORIGIN}/" data-kz-height="500"`) as HTMLIFrameElement;
    expect(new URL(frame.src).searchParams.get('embed')).toBe('1');
    expect(frame.style.height).toBe('500px');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://[bad'])(
    'refuses the source %s',
    (src) => {
      expect(embed(`data-kz-embed="${src}"`)).toBeNull();
    },
  );

  it('sizes the frame to the height its frame reports', () => {
    const frame = embed(`data-kz-embed="${ORIGIN}/"`) as HTMLIFrameElement;
    fromFrame(frame, `pymxPYMx${channel(frame)}xPYMxheightxPYMx7321`);
    expect(frame.style.height).toBe('7321px');
  });

  it('turns the chapter message into a kz:chapter event on the iframe', () => {
    const frame = embed(`data-kz-embed="${ORIGIN}/"`) as HTMLIFrameElement;
    const seen: unknown[] = [];
    document.body.addEventListener('kz:chapter', (e) => seen.push((e as CustomEvent).detail));
    fromFrame(frame, `pymxPYMx${channel(frame)}xPYMxchapterxPYMxcsto`);
    expect(seen).toEqual([{ id: 'csto' }]);
  });

  it('ignores malformed, foreign and hostile messages', () => {
    const frame = embed(`data-kz-embed="${ORIGIN}/"`) as HTMLIFrameElement;
    const id = channel(frame);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const seen: unknown[] = [];
    frame.addEventListener('kz:chapter', (e) => seen.push(e));
    const before = frame.style.height;
    for (const value of ['-5', '1e9', '99999999', '12.5', '<b>1</b>', '', 'NaN']) {
      fromFrame(frame, `pymxPYMx${id}xPYMxheightxPYMx${value}`);
      fromFrame(frame, `pymxPYMx${id}xPYMxscrollToChildPosxPYMx${value}`);
    }
    fromFrame(frame, `pymxPYMx${id}xPYMxchapterxPYMx<img src=x onerror=alert(1)>`);
    fromFrame(frame, `pymxPYMx${id}xPYMxchapterxPYMx${'a'.repeat(40)}`);
    fromFrame(frame, `pymxPYMx${id}xPYMxheightxPYMx100xPYMx200`);
    fromFrame(frame, `pymxPYMxotherxPYMxheightxPYMx100`);
    fromFrame(frame, `pymxPYMx${id}xPYMxheightxPYMx100`, 'https://evil.example');
    fromFrame(frame, `pymxPYMx${id}xPYMxheightxPYMx100`, ORIGIN, window);
    fromFrame(frame, { type: 'height', value: 100 });
    fromFrame(frame, null);
    expect(frame.style.height).toBe(before);
    expect(scrollTo).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
    expect(document.querySelector('img')).toBeNull();
  });

  it('scrolls the host to a position inside the frame when the frame asks', () => {
    const frame = embed(`data-kz-embed="${ORIGIN}/"`) as HTMLIFrameElement;
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    fromFrame(frame, `pymxPYMx${channel(frame)}xPYMxscrollToChildPosxPYMx8000`);
    expect(scrollTo).toHaveBeenCalledWith(0, 8000);
  });

  it('embeds each container once, also when loaded twice', () => {
    embed(`data-kz-embed="${ORIGIN}/"`);
    new Function(source)();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });
});
