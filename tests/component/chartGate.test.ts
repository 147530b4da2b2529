import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CHART_LIVE_ATTRIBUTE,
  chartsNear,
  openChartGate,
  takeTableRequest,
} from '../../src/charts/loading/chartGate';

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

function storyWithCharts(): HTMLElement {
  const root = document.createElement('main');
  root.innerHTML = ['toll', 'csto']
    .map(
      (chart) =>
        `<section id="${chart}"><figure data-chart="${chart}">` +
        '<button type="button" class="chart-table-toggle">Tabelle</button></figure></section>',
    )
    .join('');
  document.body.append(root);
  return root;
}

/** The one IntersectionObserver `chartsNear` makes, driven by hand. */
function stubObserver() {
  const made: {
    callback: IntersectionObserverCallback;
    options?: IntersectionObserverInit;
    watched: Set<Element>;
  }[] = [];
  class StubObserver {
    readonly watched = new Set<Element>();
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      made.push({ callback, options, watched: this.watched });
    }
    observe(target: Element) {
      this.watched.add(target);
    }
    unobserve(target: Element) {
      this.watched.delete(target);
    }
    disconnect() {
      this.watched.clear();
    }
  }
  vi.stubGlobal('IntersectionObserver', StubObserver);
  return {
    made,
    /** Reports the chart's figure as intersecting the grown viewport. */
    near(root: Element, chart: string) {
      const target = root.querySelector(`[data-chart="${chart}"]`)!;
      const observer = made[0]!;
      const entry = { target, isIntersecting: true } as unknown as IntersectionObserverEntry;
      observer.callback([entry], observer as unknown as IntersectionObserver);
    },
  };
}

describe('chartsNear', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('resolves a chart once it comes within a viewport of the reader, and only that chart', async () => {
    const stub = stubObserver();
    const root = storyWithCharts();
    const near = chartsNear(root);
    expect(stub.made).toHaveLength(1);
    expect(stub.made[0]!.options).toMatchObject({ root: document, rootMargin: '100% 0px 100% 0px' });
    expect(stub.made[0]!.watched.size).toBe(2);
    expect(near('toll')).toBe(near('toll'));
    stub.near(root, 'toll');
    expect(await isOpen(near('toll'))).toBe(true);
    expect(await isOpen(near('csto'))).toBe(false);
    expect(stub.made[0]!.watched.size).toBe(1);
  });

  it('resolves a chart whose table button is pressed before it came near', async () => {
    stubObserver();
    const root = storyWithCharts();
    const near = chartsNear(root);
    root.querySelector<HTMLButtonElement>('[data-chart="csto"] .chart-table-toggle')?.click();
    expect(await isOpen(near('csto'))).toBe(true);
    expect(await isOpen(near('toll'))).toBe(false);
  });

  it('resolves every chart at once without IntersectionObserver, and a chart not on the page at once', async () => {
    const root = storyWithCharts();
    const near = chartsNear(root);
    expect(await isOpen(near('toll'))).toBe(true);
    expect(await isOpen(near('csto'))).toBe(true);
    stubObserver();
    expect(await isOpen(chartsNear(storyWithCharts())('borders'))).toBe(true);
  });
});
