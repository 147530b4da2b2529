import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChapterGraphic } from '../../src/charts/ChapterGraphic';
import { GraphicSlot, type GraphicSource } from '../../src/charts/loading/GraphicSlot';
import { lazyGraphic } from '../../src/charts/loading/LazyGraphic';
import { de } from '../../src/content/de';
import { GRAPHICS } from './graphics';

function Story({ source, active }: { source: GraphicSource; active: boolean }): ReactElement {
  return (
    <main>
      <GraphicSlot source={source} chart="toll" pack={de} active={active} reducedMotion={false} />
      <GraphicSlot source={source} chart="csto" pack={de} active={false} reducedMotion={false} />
    </main>
  );
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

let root: Root | null = null;
let container: HTMLElement | null = null;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
});

async function hydrateServerHtml(source: GraphicSource, onRecoverableError: (error: unknown) => void) {
  container = document.createElement('div');
  container.innerHTML = renderToString(<Story source={GRAPHICS} active={false} />);
  // As the browser parsed it (entities and attribute names normalised).
  const html = container.innerHTML;
  document.body.append(container);
  await act(async () => {
    root = hydrateRoot(container!, <Story source={source} active={false} />, { onRecoverableError });
  });
  return { html, container };
}

describe('lazily loaded chapter graphics', () => {
  it('keep the server HTML while their code waits for the gate, also when the chapter becomes active', async () => {
    const chartGate = gate();
    const load = vi.fn(() => Promise.resolve({ ChapterGraphic }));
    const source = lazyGraphic(chartGate.promise, load);
    const errors = vi.fn();
    const { html, container } = await hydrateServerHtml(source, errors);

    await act(async () => root!.render(<Story source={source} active />));

    expect(load).not.toHaveBeenCalled();
    expect(container.innerHTML === html).toBe(true);
    expect(container.querySelectorAll('figure[data-chart]')).toHaveLength(2);
    expect(errors).not.toHaveBeenCalled();
  });

  it('hydrate the server HTML without a mismatch once the gate opens', async () => {
    const chartGate = gate();
    const load = vi.fn(() => Promise.resolve({ ChapterGraphic }));
    const source = lazyGraphic(chartGate.promise, load);
    const errors = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = await hydrateServerHtml(source, errors);
    await act(async () => root!.render(<Story source={source} active />));

    await act(async () => {
      chartGate.open();
      await source.ready;
    });

    expect(load).toHaveBeenCalledTimes(1);
    expect(container.querySelectorAll('figure[data-chart]')).toHaveLength(2);
    // Hydrated: the table toggle now answers clicks.
    const toggle = container.querySelector<HTMLButtonElement>('[data-chart="toll"] .chart-table-toggle')!;
    await act(async () => toggle.click());
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(errors).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('hydrate each chart only once the reader is near it (`near`), the others keep their server HTML', async () => {
    const chartGate = gate();
    const load = vi.fn(() => Promise.resolve({ ChapterGraphic }));
    const nearToll = gate();
    const nearCsto = gate();
    const near = vi.fn((chart: string) => (chart === 'toll' ? nearToll.promise : nearCsto.promise));
    const source: GraphicSource = { ...lazyGraphic(chartGate.promise, load), near };
    const errors = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = await hydrateServerHtml(source, errors);
    const live = (chart: string) =>
      container.querySelector(`[data-chart="${chart}"]`)!.hasAttribute('data-chart-live');

    await act(async () => {
      chartGate.open();
      await source.ready;
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    // The code is there, but no chart is near yet: nothing hydrated.
    expect(load).toHaveBeenCalledTimes(1);
    expect([live('toll'), live('csto')]).toEqual([false, false]);

    await act(async () => {
      nearToll.open();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect([live('toll'), live('csto')]).toEqual([true, false]);
    // The chapter becomes active: the hydrated chart gets it, the other one keeps its server HTML.
    const cstoHtml = container.querySelector('[data-chart="csto"]')!.outerHTML;
    await act(async () => root!.render(<Story source={source} active />));
    expect(container.querySelector('[data-chart="csto"]')!.outerHTML).toBe(cstoHtml);
    const cstoToggle = container.querySelector<HTMLButtonElement>('[data-chart="csto"] .chart-table-toggle')!;
    await act(async () => cstoToggle.click());
    expect(cstoToggle).toHaveAttribute('aria-expanded', 'false');

    await act(async () => {
      nearCsto.open();
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    expect([live('toll'), live('csto')]).toEqual([true, true]);
    await act(async () => cstoToggle.click());
    expect(cstoToggle).toHaveAttribute('aria-expanded', 'true');
    expect(errors).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('leave the prerendered charts in place when their code fails to load', async () => {
    const source = lazyGraphic(Promise.resolve(), () => Promise.reject(new Error('offline')));
    const errors = vi.fn();
    const { html, container } = await hydrateServerHtml(source, errors);
    await act(async () => root!.render(<Story source={source} active />));

    expect(container.innerHTML === html).toBe(true);
    expect(errors).not.toHaveBeenCalled();
  });
});
