import { act, render, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { App } from '../../src/App';
import { useHashTarget } from '../../src/story/useDeepLink';
import { de } from '../../src/content/de';
import { CHAPTER_IDS } from '../../src/content/structure';
import { FakeObservers } from './fakeObserver';
import { FOOTER, GRAPHICS } from './graphics';
import { renderStory } from './renderStory';

let scrolled: string[];

beforeEach(() => {
  scrolled = [];
  // jsdom has no layout; record which section was scrolled to.
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this.id);
  };
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

function main(): HTMLElement {
  return screen.getByRole('main');
}

describe('App', () => {
  it('renders all eleven chapters as sections, in story order, with their titles', () => {
    renderStory();
    const ids = [...document.querySelectorAll('section.chapter')].map((s) => s.id);
    expect(ids).toEqual([...CHAPTER_IDS]);
    for (const id of CHAPTER_IDS) {
      expect(screen.getByRole('heading', { level: 2, name: de.chapters[id].title })).toBeInTheDocument();
    }
  });

  it('starts on the first chapter and keeps a clean URL at the top', () => {
    renderStory();
    expect(main()).toHaveAttribute('data-active-chapter', 'intro');
    expect(window.location.hash).toBe('');
  });

  it('follows the reading line and writes the chapter into the hash without new history entries', () => {
    const fake = new FakeObservers();
    render(<App pack={de} graphics={GRAPHICS} footer={FOOTER} createIntersectionObserver={fake.factory} />);
    const before = window.history.length;
    act(() => fake.cross({ intro: false, csto: true }));
    expect(main()).toHaveAttribute('data-active-chapter', 'csto');
    expect(window.location.hash).toBe('#csto');
    expect(window.history.length).toBe(before);
    expect(document.getElementById('csto')).toHaveAttribute('data-active', 'true');
  });

  it('opens a deep link on its chapter', () => {
    window.history.replaceState(null, '', '/#toll');
    renderStory();
    expect(main()).toHaveAttribute('data-active-chapter', 'toll');
    expect(scrolled).toEqual(['toll']);
    expect(window.location.hash).toBe('#toll');
  });

  it('lands a chapter page on its chapter without a second render (its chapter is active from the first)', () => {
    window.history.replaceState(null, '', '/almaty/');
    const sections = ['almaty', 'csto'].map((id) => {
      const section = document.createElement('section');
      section.id = id;
      return document.body.appendChild(section);
    });
    onTestFinished(() => sections.forEach((section) => section.remove()));
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useHashTarget('almaty');
    });
    expect(scrolled).toEqual(['almaty']);
    // A forced target here would re-render the whole story right after hydration, in the page's longest task.
    expect(result.current).toBeNull();
    expect(renders).toBe(1);
    // A hash on the chapter page still forces its chapter.
    act(() => {
      window.history.pushState(null, '', '/almaty/#csto');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current).toEqual({ id: 'csto' });
    expect(scrolled).toEqual(['almaty', 'csto']);
  });

  it('follows back/forward between chapter hashes', () => {
    renderStory();
    act(() => {
      window.history.pushState(null, '', '/#borders');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(main()).toHaveAttribute('data-active-chapter', 'borders');
    expect(scrolled).toContain('borders');
  });

  it.each([
    '#',
    '#nope',
    `#${'x'.repeat(10_000)}`,
    '#<img src=x onerror=alert(1)>',
    '#%E0%A4%A',
    '#__proto__',
  ])('ignores the hostile or unknown hash %s', (hash) => {
    const errors = vi.spyOn(console, 'error');
    window.history.replaceState(null, '', `/${hash}`);
    renderStory();
    expect(main()).toHaveAttribute('data-active-chapter', 'intro');
    expect(scrolled).toEqual([]);
    expect(document.querySelector('img')).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it('renders on the server without touching window, document or Leaflet', () => {
    const html = renderToString(<App pack={de} graphics={GRAPHICS} footer={FOOTER} />);
    expect(html).toContain('id="csto"');
    expect(html).toContain(de.chapters.toll.title);
    expect(html).not.toContain('leaflet');
  });

  it('ends with a footer landmark: sources, data downloads, map credits, dates and the embed tools', () => {
    renderStory();
    const footer = screen.getByRole('contentinfo');
    // After the story and its map, not inside them.
    expect(main().compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const within = (name: string | RegExp) =>
      [...footer.querySelectorAll('a')].find((a) =>
        typeof name === 'string' ? a.textContent === name : name.test(a.textContent ?? ''),
      );
    expect(within(de.chapters.sources.title)).toHaveAttribute('href', '#sources');
    expect(within(/^CSV$/)).toHaveAttribute('href', 'data/figures.de.csv');
    expect(within(/^JSON$/)).toHaveAttribute('href', 'data/figures.de.json');
    expect(within('© OpenStreetMap-Mitwirkende')).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/copyright',
    );
    expect(within('ODbL 1.0')).toHaveAttribute('href', 'https://opendatacommons.org/licenses/odbl/1-0/');
    expect(within('Natural Earth')).toHaveAttribute('href', 'https://www.naturalearthdata.com/');
    expect(within('SRTM (NASA)')).toBeInstanceOf(HTMLAnchorElement);
    expect(within('APA/dpa')).toHaveAttribute('href', 'https://www.apa.at/');
    expect(footer).toHaveTextContent('Veröffentlicht: 8. Jänner 2022');
    expect(footer).toHaveTextContent('Stand der Zahlen: 8. Jänner 2022');
    expect(footer.querySelectorAll('time[datetime="2022-01-08"]').length).toBeGreaterThanOrEqual(2);
    expect(footer.querySelector('.embed-tools')).not.toBeNull();
    expect(document.querySelectorAll('.embed-tools')).toHaveLength(1);
  });
});
