import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { de } from '../../src/content/de';
import { CHAPTER_IDS } from '../../src/content/structure';
import { pymMessage } from '../../src/embed/pym';
import { hostileMessages } from '../unit/embed/hostileMessages';
import { FakeObservers } from './fakeObserver';
import { hostCodeLoaded } from './hostCode';
import { FOOTER, GRAPHICS } from './graphics';
import { layOutSections } from './layout';

const CH = 'kz1abc';
let sent: unknown[];
let restoreLayout: () => void;

beforeEach(() => {
  sent = [];
  Element.prototype.scrollIntoView = function scrollIntoView() {};
  // In jsdom the page is its own parent: what the frame posts to the host lands in this spy.
  vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => {
    sent.push(message);
  });
  // Eleven sections of 1000 px from y = 0.
  restoreLayout = layOutSections(CHAPTER_IDS, { top: 0, height: 1000 });
});

afterEach(() => {
  restoreLayout();
  window.history.replaceState(null, '', '/');
});

function open(url: string) {
  window.history.replaceState(null, '', url);
  const fake = new FakeObservers();
  const view = render(
    <App pack={de} graphics={GRAPHICS} footer={FOOTER} createIntersectionObserver={fake.factory} />,
  );
  return { ...view, fake };
}

/** An auto-height embed, once its host link has loaded. */
async function openEmbed(url: string) {
  const view = open(url);
  await hostCodeLoaded();
  return view;
}

function active(): string | null {
  return screen.getByRole('main').getAttribute('data-active-chapter');
}

/** A message from the host, as the browser delivers it: `source` is the parent window. */
function fromHost(data: unknown, source: MessageEventSource | null = window.parent): void {
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://host.example' }));
  });
}

function viewport(frameTop: number, height = 1000): string {
  return pymMessage(CH, 'viewport-iframe-position', `390 ${height} ${frameTop} 0 ${frameTop + 11_000} 390`);
}

function state() {
  const root = document.documentElement;
  return {
    active: active(),
    vh: root.style.getPropertyValue('--kz-vh'),
    shift: document.querySelector<HTMLElement>('.page')?.style.getPropertyValue('--kz-panel-shift'),
    embed: root.getAttribute('data-embed'),
    theme: root.getAttribute('data-theme'),
    html: document.body.innerHTML.length,
  };
}

describe('the page', () => {
  it('keeps its chrome, shows the embed-code generator and no "open the full story" link', () => {
    open('/');
    expect(document.documentElement).not.toHaveAttribute('data-embed');
    expect(screen.getByRole('heading', { level: 2, name: de.ui.embedTitle })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: new RegExp(de.ui.openFullStory) })).toBeNull();
  });

  it('puts a share button, named with the chapter title, in every chapter', () => {
    open('/');
    for (const id of CHAPTER_IDS) {
      expect(
        screen.getByRole('button', { name: `${de.ui.share} ${de.chapters[id].title}` }),
      ).toBeInTheDocument();
    }
  });
});

describe('embed mode', () => {
  it('marks the page as a fixed-height embed, keeps the title for screen readers and links the full story', () => {
    open('/?embed=1#toll');
    expect(document.documentElement).toHaveAttribute('data-embed', 'fixed');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByText(de.ui.skipToStory)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: new RegExp(de.ui.openFullStory) });
    expect(link).toHaveAttribute('href', './#toll');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener');
    expect(screen.queryByRole('heading', { level: 2, name: de.ui.embedTitle })).toBeNull();
    // The footer stays (sources and credits go with the story), without the embed tools.
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('© OpenStreetMap-Mitwirkende');
    expect(footer.querySelector('.embed-tools')).toBeNull();
  });

  it('opens the full story on the chapter being read, not the start chapter', () => {
    const { fake } = open('/?embed=1');
    // The page as it lies when borders crosses the reading line: the observer's report says when to look,
    // the layout says what is there.
    restoreLayout();
    restoreLayout = layOutSections(CHAPTER_IDS, { top: -7000, height: 1000 });
    act(() => fake.cross({ intro: false, borders: true }));
    expect(screen.getByRole('link', { name: new RegExp(de.ui.openFullStory) })).toHaveAttribute(
      'href',
      './#borders',
    );
  });

  it('sets the theme on <html> and removes what it set on unmount', () => {
    const { unmount } = open('/?embed=1&theme=dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    unmount();
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(document.documentElement).not.toHaveAttribute('data-embed');
  });

  it('never echoes a parameter into the page', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    open(
      `/?embed=${encodeURIComponent(hostile)}&theme=${encodeURIComponent(hostile)}&childId=${encodeURIComponent(hostile)}`,
    );
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(document.documentElement.outerHTML).not.toContain('onerror');
    expect(document.querySelector('img')).toBeNull();
  });

  it('links the other edition as the same embed, on the same channel and chapter', () => {
    open(`/?embed=auto&childId=${CH}&theme=dark&initialWidth=390&parentUrl=x#toll`);
    const english = document.querySelector('.language-switch a[hreflang="en"]');
    expect(english).toHaveAttribute('href', `en/?embed=auto&theme=dark&childId=${CH}#toll`);
  });

  it('sends nothing to a host that gave no channel', () => {
    open('/?embed=1');
    expect(sent).toEqual([]);
  });
});

describe('auto-height embed', () => {
  it('asks for its position, then tells the host its height and reports the active chapter on the channel', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}`);
    // Pym's position request, as pym.Child#getParentPositionInfo writes it.
    expect(sent).toContainEqual(`pymxPYMx${CH}xPYMxparentPositionInfoxPYMx`);
    fromHost(viewport(0));
    expect(sent.some((m) => typeof m === 'string' && m.startsWith(`pymxPYMx${CH}xPYMxheightxPYMx`))).toBe(
      true,
    );
    await waitFor(() => expect(sent).toContainEqual(pymMessage(CH, 'chapter', 'intro')));
  });

  it('reports a chapter only once it holds, not each chapter passed on the way', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}`);
    fromHost(viewport(-4000)); // nazarbayev
    fromHost(viewport(-7500)); // csto
    await waitFor(() => expect(sent).toContainEqual(pymMessage(CH, 'chapter', 'csto')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent.filter((m) => String(m).includes('xPYMxchapterxPYMx'))).toEqual([
      pymMessage(CH, 'chapter', 'csto'),
    ]);
  });

  it('answers a width message with its height, as Pym children do', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}`);
    fromHost(viewport(0));
    sent.length = 0;
    // jsdom's body has no height; the frame sends each height once, so make it change.
    vi.spyOn(document.body, 'getBoundingClientRect').mockReturnValue({ height: 12_345 } as DOMRect);
    fromHost(pymMessage(CH, 'width', '390'));
    expect(sent).toEqual([pymMessage(CH, 'height', '12345')]);
  });

  it('follows the host scrolling: chapter from the virtual viewport, layout height and panel shift', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}`);
    const main = document.querySelector('.page') as HTMLElement;
    Object.defineProperty(main, 'offsetHeight', { configurable: true, value: 11_000 });
    const panel = main.querySelector('.panel') as HTMLElement;
    Object.defineProperty(panel, 'offsetHeight', { configurable: true, value: 480 });
    // The frame's top is 4000 px above the host viewport: the reader sees 4000–5000; the reading line (60 %) at
    // 4600 is in the fifth section, nazarbayev (4000–5000). The panel follows the window's top.
    fromHost(viewport(-4000));
    expect(active()).toBe('nazarbayev');
    expect(document.documentElement.style.getPropertyValue('--kz-vh')).toBe('10px');
    expect(main.style.getPropertyValue('--kz-panel-shift')).toBe('4000px');
    await waitFor(() => expect(sent).toContainEqual(pymMessage(CH, 'chapter', 'nazarbayev')));
    fromHost(viewport(-7500)); // line at 8100: csto (8000–9000)
    expect(active()).toBe('csto');
  });

  it('asks the host once to scroll to the start chapter of a deep link, after its first viewport report', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}#csto`);
    expect(active()).toBe('csto');
    expect(sent.filter((m) => String(m).includes('scrollToChildPos'))).toEqual([]);
    fromHost(viewport(500));
    fromHost(viewport(500));
    // csto is the ninth section: 8000 px down (jsdom has no scroll margin). Without a ResizeObserver (jsdom) the
    // request goes out after a short wait for the layout to settle, followed by a position request.
    await waitFor(() =>
      expect(sent.filter((m) => String(m).includes('scrollToChildPos'))).toEqual([
        pymMessage(CH, 'scrollToChildPos', '8000'),
      ]),
    );
    expect(sent.at(-1)).toBe(`pymxPYMx${CH}xPYMxparentPositionInfoxPYMx`);
    // A report sent before the host scrolled does not pull the chapter back to the top.
    fromHost(viewport(500));
    expect(active()).toBe('csto');
    fromHost(viewport(-8000));
    expect(active()).toBe('csto');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent.filter((m) => String(m).includes('scrollToChildPos'))).toHaveLength(1);
    expect(sent.filter((m) => String(m).includes('xPYMxchapterxPYMx'))).toEqual([
      pymMessage(CH, 'chapter', 'csto'),
    ]);
  });

  it('does not apply the start chapter once the reader has begun to scroll the host', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}#csto`);
    fromHost(viewport(500));
    fromHost(viewport(380));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(sent.filter((m) => String(m).includes('scrollToChildPos'))).toEqual([]);
  });

  it('asks the host to scroll to a chapter linked inside the frame, and moves focus there', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}`);
    fromHost(viewport(0));
    sent.length = 0;
    const clock = vi.spyOn(performance, 'now').mockReturnValue(performance.now());
    window.location.hash = '#borders';
    await waitFor(() => expect(sent).toContainEqual(pymMessage(CH, 'scrollToChildPos', '7000')));
    expect(sent.at(-1)).toBe(`pymxPYMx${CH}xPYMxparentPositionInfoxPYMx`);
    expect(document.activeElement).toBe(document.getElementById('borders'));
    expect(active()).toBe('borders');
    // A report under way before the host scrolled (the clock stands still: a slow test run must not age it).
    fromHost(viewport(0));
    expect(active()).toBe('borders');
    clock.mockRestore();
    fromHost(viewport(-7000));
    fromHost(viewport(-6900)); // the reader scrolls on: the chapter follows again
    expect(active()).toBe('borders');
    fromHost(viewport(-4000));
    expect(active()).toBe('nazarbayev');
  });

  it('asks again for a link to the chapter already in the hash (the browser fires no hashchange)', async () => {
    await openEmbed(`/?embed=auto&childId=${CH}#toll`);
    fromHost(viewport(0));
    fromHost(viewport(0));
    await waitFor(() => expect(sent).toContainEqual(pymMessage(CH, 'scrollToChildPos', '6000')));
    fromHost(viewport(-6000));
    fromHost(viewport(-2000)); // the reader scrolled back up; the hash still says toll until it follows
    sent.length = 0;
    const link = document.createElement('a');
    link.href = '#toll';
    document.getElementById('intro')?.append(link);
    window.history.replaceState(null, '', `/?embed=auto&childId=${CH}#toll`);
    act(() => link.click());
    expect(sent).toContainEqual(pymMessage(CH, 'scrollToChildPos', '6000'));
    expect(document.activeElement).toBe(document.getElementById('toll'));
  });

  it('ignores a thousand malformed and hostile messages: no change, no error, no markup', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    await openEmbed(`/?embed=auto&childId=${CH}&theme=light`);
    fromHost(viewport(-2000));
    const before = state();
    sent.length = 0;
    for (const data of hostileMessages(CH, 1000, 2022)) fromHost(data);
    // Valid messages from anyone but the parent window: another frame, a worker, nothing.
    fromHost(viewport(-9000), null);
    fromHost(viewport(-9000), new MessageChannel().port1);
    expect(state()).toEqual(before);
    expect(sent).toEqual([]);
    expect(document.querySelector('img, script')).toBeNull();
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    // The same listener still works: a valid message afterwards is obeyed.
    fromHost(viewport(-9000));
    expect(active()).not.toBe(before.active);
  });
});
