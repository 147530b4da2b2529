import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { de } from '../../src/content/de';
import type { ChapterId } from '../../src/content/types';
import { lateComponent } from '../../src/lib/lateCode';
import { FooterSlot, type FooterSource } from '../../src/chrome/FooterSlot';
import { SiteFooter } from '../../src/chrome/SiteFooter';
import { FOOTER } from './graphics';

function Page({ source, chapter }: { source: FooterSource; chapter: ChapterId }): ReactElement {
  return <FooterSlot source={source} pack={de} dataBase="" embedChapter={chapter} />;
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

function lazyFooter(promise: Promise<void>, load = vi.fn(() => Promise.resolve(SiteFooter))) {
  const late = lateComponent(promise, load);
  return { source: { Footer: late.Component, ready: late.ready }, load };
}

let root: Root | null = null;
let container: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
});

/** The server's footer for `toll`, hydrated with `source`; `open` opens its embed disclosure first. */
async function hydrateServerHtml(
  source: FooterSource,
  onRecoverableError: (error: unknown) => void,
  open = false,
) {
  container = document.createElement('div');
  container.innerHTML = renderToString(<Page source={FOOTER} chapter="toll" />);
  if (open) container.querySelector('.embed-tools details')!.setAttribute('open', '');
  const html = container.innerHTML;
  document.body.append(container);
  await act(async () => {
    root = hydrateRoot(container!, <Page source={source} chapter="toll" />, { onRecoverableError });
  });
  return { html, container };
}

function code(container: HTMLElement): string {
  return container.querySelector<HTMLTextAreaElement>('.embed-code')!.value;
}

describe('the lazily loaded footer', () => {
  it('keeps the server HTML while its code waits, also when the reader moves on to another chapter', async () => {
    const footerGate = gate();
    const { source, load } = lazyFooter(footerGate.promise);
    const errors = vi.fn();
    const { html, container } = await hydrateServerHtml(source, errors);

    await act(async () => root!.render(<Page source={source} chapter="csto" />));

    expect(load).not.toHaveBeenCalled();
    expect(container.innerHTML === html).toBe(true);
    expect(container.querySelector('footer[data-story-end]')).not.toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it('hydrates without a mismatch once its gate opens, and then follows the chapter being read', async () => {
    const footerGate = gate();
    const { source, load } = lazyFooter(footerGate.promise);
    const errors = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = await hydrateServerHtml(source, errors);
    await act(async () => root!.render(<Page source={source} chapter="csto" />));

    await act(async () => {
      footerGate.open();
      await source.ready;
    });

    expect(load).toHaveBeenCalledTimes(1);
    const details = container.querySelector<HTMLDetailsElement>('.embed-tools details')!;
    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(code(container)).toContain('#csto"');
    expect(errors).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('writes the embed code when the reader opened the generator before its code arrived', async () => {
    const footerGate = gate();
    const { source } = lazyFooter(footerGate.promise);
    const errors = vi.fn();
    // React's development build notes the `open` attribute the reader's click added (not a recoverable error).
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = await hydrateServerHtml(source, errors, true);
    expect(code(container)).toBe('');

    await act(async () => {
      footerGate.open();
      await source.ready;
    });

    expect(code(container)).toContain('#toll"');
    expect(errors).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('leaves the prerendered footer in place when its code fails to load', async () => {
    const { source } = lazyFooter(
      Promise.resolve(),
      vi.fn(() => Promise.reject(new Error('offline'))),
    );
    const errors = vi.fn();
    const { html, container } = await hydrateServerHtml(source, errors);
    await act(async () => root!.render(<Page source={source} chapter="csto" />));

    expect(container.innerHTML === html).toBe(true);
    expect(errors).not.toHaveBeenCalled();
  });
});
