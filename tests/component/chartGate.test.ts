import { afterEach, describe, expect, it } from 'vitest';
import { CHART_LIVE_ATTRIBUTE, openChartGate, takeTableRequest } from '../../src/charts/chartGate';

/** A promise and the function that resolves it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

async function isOpen(gate: Promise<void>): Promise<boolean> {
  let open = false;
  void gate.then(() => {
    open = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  return open;
}

function storyWithChart(): HTMLElement {
  const root = document.createElement('main');
  root.innerHTML =
    '<section id="intro"></section><section id="toll"><figure data-chart="toll">' +
    '<button type="button" class="chart-table-toggle">Tabelle</button></figure></section>';
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('openChartGate', () => {
  it('keeps a chapter page on its prerendered chart until the first view is drawn and idle', async () => {
    const later = deferred();
    const gate = openChartGate({ root: storyWithChart(), pageChapter: 'almaty', later: later.promise });
    expect(await isOpen(gate)).toBe(false);
    later.resolve();
    expect(await isOpen(gate)).toBe(true);
  });

  it('does the same for a deep link to a later chapter on a front page', async () => {
    window.history.replaceState(null, '', '/#csto');
    const later = deferred();
    const gate = openChartGate({ root: storyWithChart(), later: later.promise });
    expect(await isOpen(gate)).toBe(false);
    later.resolve();
    expect(await isOpen(gate)).toBe(true);
  });

  it('opens at once on a front page in a browser without IntersectionObserver, not waiting for `later`', async () => {
    const gate = openChartGate({ root: storyWithChart(), later: deferred().promise });
    expect(await isOpen(gate)).toBe(true);
  });

  it('opens at once when the reader presses a table button before the chart code ran, and remembers it', async () => {
    const root = storyWithChart();
    const gate = openChartGate({ root, pageChapter: 'toll', later: deferred().promise });
    expect(await isOpen(gate)).toBe(false);
    root.querySelector<HTMLButtonElement>('.chart-table-toggle')?.click();
    expect(await isOpen(gate)).toBe(true);
    expect(takeTableRequest('toll')).toBe(true);
    expect(takeTableRequest('toll')).toBe(false);
  });

  it('counts two early presses as open and closed again, and leaves live charts to React', async () => {
    const root = storyWithChart();
    void openChartGate({ root, pageChapter: 'toll', later: deferred().promise });
    const button = root.querySelector<HTMLButtonElement>('.chart-table-toggle');
    button?.click();
    button?.click();
    expect(takeTableRequest('toll')).toBe(false);
    root.querySelector('figure')?.setAttribute(CHART_LIVE_ATTRIBUTE, '');
    button?.click();
    expect(takeTableRequest('toll')).toBe(false);
  });
});
