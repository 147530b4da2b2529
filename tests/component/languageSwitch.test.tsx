import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { EDITIONS } from '../../src/content/editions';
import { en } from '../../src/content/en';
import { PageContext } from '../../src/page/pageContext';
import { editionHref, LanguageSwitch } from '../../src/chrome/LanguageSwitch';

describe('LanguageSwitch', () => {
  it("links the same chapter's page in each edition, relative to the current page's folder", () => {
    expect(editionHref('', 'en', 'csto')).toBe('en/csto/');
    expect(editionHref('en/', 'de', 'csto')).toBe('../csto/');
    expect(editionHref('en/almaty/', 'de', 'csto')).toBe('../../csto/');
    expect(editionHref('almaty/', 'en', 'intro')).toBe('../en/');
    expect(editionHref('en/', 'en', 'intro')).toBe('./');
    // In an embed: the edition's page with the embed parameters and the chapter, the same kind of embed.
    expect(editionHref('en/', 'de', 'toll', { mode: 'auto', theme: 'dark', channel: 'c1' })).toBe(
      '../?embed=auto&theme=dark&childId=c1#toll',
    );
    for (const from of EDITIONS)
      for (const to of EDITIONS) {
        const href = editionHref(from.dir, to.lang, 'toll');
        const resolved = new URL(href, `https://x.example/k/${from.dir}`).href;
        expect(resolved, `${from.lang} → ${to.lang}`).toBe(`https://x.example/k/${to.dir}toll/`);
      }
  });

  it('names every edition of the registry in its own language, with lang and hreflang', () => {
    render(<LanguageSwitch pack={en} active="borders" />);
    const nav = screen.getByRole('navigation', { name: en.ui.languageLabel });
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(EDITIONS.map((e) => e.name));
    links.forEach((a, i) => {
      const edition = EDITIONS[i];
      expect(a).toHaveAttribute('lang', edition?.lang);
      expect(a).toHaveAttribute('hreflang', edition?.lang);
    });
  });

  it('marks the current edition and links the others at the chapter', () => {
    render(<LanguageSwitch pack={de} active="borders" />);
    const nav = screen.getByRole('navigation', { name: de.ui.languageLabel });
    const [deLink, enLink] = nav.querySelectorAll('a');
    expect(deLink).toHaveAttribute('aria-current', 'page');
    expect(enLink).toHaveAttribute('href', 'en/borders/');
    expect(enLink).toHaveAttribute('hreflang', 'en');
    expect(enLink).not.toHaveAttribute('aria-current');
  });

  it('goes from a chapter page to the page of the chapter being read in the other edition', () => {
    render(
      <PageContext value={{ chapter: 'almaty', dir: 'en/almaty/' }}>
        <LanguageSwitch pack={en} active="csto" />
      </PageContext>,
    );
    const [deLink, enLink] = screen.getByRole('navigation').querySelectorAll('a');
    expect(deLink).toHaveAttribute('href', '../../csto/');
    expect(enLink).toHaveAttribute('href', '../csto/');
  });
});
