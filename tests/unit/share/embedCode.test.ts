// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedCode, escapeHtml, FIXED_HEIGHT } from '../../../src/share/embedCode';

const BASE = {
  src: 'https://x.example/k/?embed=1&theme=dark#csto',
  href: 'https://x.example/k/#csto',
  hostScript: 'https://x.example/k/embed/host.js',
  title: 'Blutiger Jänner: "Kasachstan" & <mehr>',
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('embedCode', () => {
  it('writes one fixed-height iframe with the source, an accessible name and the permissions it uses', () => {
    const html = embedCode({ ...BASE, form: 'fixed' });
    const frames = parse(html).querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0] as HTMLIFrameElement;
    expect(frame.getAttribute('src')).toBe(BASE.src);
    expect(frame.getAttribute('title')).toBe(BASE.title);
    expect(frame.getAttribute('height')).toBe(String(FIXED_HEIGHT));
    expect(frame.getAttribute('allow')).toBe('clipboard-write');
    expect(parse(html).querySelector('script')).toBeNull();
  });

  it('writes a container, a fallback link and the host script for the auto-height form', () => {
    const doc = parse(embedCode({ ...BASE, form: 'auto' }));
    const box = doc.querySelector('[data-kz-embed]');
    expect(box?.getAttribute('data-kz-embed')).toBe(BASE.src);
    expect(box?.getAttribute('data-kz-title')).toBe(BASE.title);
    expect(box?.querySelector('a')?.getAttribute('href')).toBe(BASE.href);
    expect(box?.querySelector('a')?.textContent).toBe(BASE.title);
    expect(doc.querySelector('script')?.getAttribute('src')).toBe(BASE.hostScript);
  });

  it('escapes every value, so that no value can open a tag or leave its attribute', () => {
    const hostile = '"><script>alert(1)</script><x y=\'';
    for (const form of ['fixed', 'auto'] as const) {
      const html = embedCode({ form, src: hostile, href: hostile, hostScript: 'h.js', title: hostile });
      const doc = parse(html);
      expect(doc.querySelectorAll('script:not([src])')).toHaveLength(0);
      expect(doc.querySelectorAll('x')).toHaveLength(0);
      expect(
        doc
          .querySelector('iframe, [data-kz-embed]')
          ?.getAttribute(form === 'fixed' ? 'src' : 'data-kz-embed'),
      ).toBe(hostile);
    }
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`&"'<>`)).toBe('&amp;&quot;&#39;&lt;&gt;');
  });
});
