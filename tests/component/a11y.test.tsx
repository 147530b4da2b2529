import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { de } from '../../src/content/de';
import { CHAPTER_IDS } from '../../src/content/structure';
import { resetPreferences } from '../../src/chrome/usePreferences';
import { FakeObservers } from './fakeObserver';
import { FOOTER, GRAPHICS } from './graphics';
import { renderStory } from './renderStory';

beforeEach(() => {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  resetPreferences();
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.motion;
});

afterEach(() => {
  vi.restoreAllMocks();
});

function liveRegion(): HTMLElement {
  const region = document.querySelector<HTMLElement>('[aria-live="polite"]');
  if (!region) throw new Error('no live region');
  return region;
}

describe('accessibility of the story shell', () => {
  it('has a skip link to the story and a table of contents linking every chapter', () => {
    renderStory();
    expect(screen.getByRole('link', { name: de.ui.skipToStory })).toHaveAttribute('href', '#story');
    const toc = screen.getByRole('navigation', { name: de.ui.tocLabel });
    const links = [...toc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(CHAPTER_IDS.map((id) => `#${id}`));
  });

  it('gives every chapter previous/next links, none before the first or after the last', () => {
    renderStory();
    const intro = document.getElementById('intro')!;
    expect(intro.querySelector('a[rel="prev"]')).toBeNull();
    expect(intro.querySelector('a[rel="next"]')).toHaveAttribute('href', '#trigger');
    const last = document.getElementById('sources')!;
    expect(last.querySelector('a[rel="next"]')).toBeNull();
    expect(last.querySelector('a[rel="prev"]')).toHaveAttribute('href', '#reactions');
  });

  it('announces each new chapter once, politely, and nothing on load', () => {
    const fake = new FakeObservers();
    render(<App pack={de} graphics={GRAPHICS} footer={FOOTER} createIntersectionObserver={fake.factory} />);
    expect(liveRegion()).toHaveTextContent('');
    act(() => fake.cross({ intro: false, trigger: true }));
    expect(liveRegion()).toHaveTextContent(de.chapters.trigger.title);
    // The observer reporting the same chapter again does not announce it again.
    act(() => fake.cross({ trigger: true }));
    expect(liveRegion().textContent).toBe(`${de.ui.nowReading}: ${de.chapters.trigger.title}`);
    act(() => fake.cross({ trigger: false, protests: true }));
    expect(liveRegion()).toHaveTextContent(de.chapters.protests.title);
  });

  it('switches the theme, saves it, and applies it to <html>', async () => {
    renderStory();
    await userEvent.click(screen.getByRole('button', { name: de.ui.themeDark }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem('kz2022:theme')).toBe('dark');
    expect(screen.getByRole('button', { name: de.ui.themeDark })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: de.ui.themeAuto }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('keeps working silently when storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const errors = vi.spyOn(console, 'error');
    renderStory();
    await userEvent.click(screen.getByRole('button', { name: de.ui.themeLight }));
    expect(document.documentElement.dataset.theme).toBe('light');
    await userEvent.click(screen.getByRole('button', { name: de.ui.motionOff }));
    expect(document.documentElement.dataset.motion).toBe('off');
    expect(errors).not.toHaveBeenCalled();
  });

  it('turns motion off with the on-page switch', async () => {
    renderStory();
    const button = screen.getByRole('button', { name: de.ui.motionOff });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.dataset.motion).toBe('off');
    expect(document.querySelector('.panel')).toHaveAttribute('data-reduced-motion', 'true');
  });
});
