import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { editionHref, LanguageSwitch } from '../../src/story/LanguageSwitch';

describe('LanguageSwitch', () => {
  it('links each edition at the same chapter, relative to the current folder', () => {
    expect(editionHref('de', 'en', 'csto')).toBe('en/#csto');
    expect(editionHref('en', 'de', 'csto')).toBe('../#csto');
    expect(editionHref('en', 'en', 'toll')).toBe('./#toll');
  });

  it('marks the current edition and names the other language', () => {
    render(<LanguageSwitch pack={de} active="borders" />);
    const nav = screen.getByRole('navigation', { name: de.ui.languageLabel });
    const [deLink, enLink] = nav.querySelectorAll('a');
    expect(deLink).toHaveAttribute('aria-current', 'page');
    expect(enLink).toHaveAttribute('href', 'en/#borders');
    expect(enLink).toHaveAttribute('hreflang', 'en');
    expect(enLink).not.toHaveAttribute('aria-current');
  });
});
