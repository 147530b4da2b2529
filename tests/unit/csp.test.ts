import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, tileSource } from '../../src/page/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  it("allows scripts and styles from the page's own origin only: no inline code, no eval", () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe|nonce|\*/);
  });

  it('leaves frame-ancestors out unless asked, because a meta policy cannot carry it', () => {
    expect(directives(contentSecurityPolicy()).has('frame-ancestors')).toBe(false);
    expect(
      directives(contentSecurityPolicy({ frameAncestors: "'self' https://cms.example" })).get(
        'frame-ancestors',
      ),
    ).toEqual(["'self'", 'https://cms.example']);
  });

  it('allows the tile host for images only when tiles are configured', () => {
    const policy = directives(
      contentSecurityPolicy({ tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' }),
    );
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'https://*.tiles.example.org']);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });
});

describe('tileSource', () => {
  it.each([
    ['https://tiles.example.org/{z}/{x}/{y}.png', 'https://tiles.example.org'],
    ['https://{s}.tile.example.org/{z}/{x}/{y}.png', 'https://*.tile.example.org'],
    ['https://tiles-{s}.example.org/{z}/{x}/{y}{r}.png', 'https://*.example.org'],
    ['https://Tiles.Example.org:8443/{z}/{x}/{y}.png?key=1', 'https://tiles.example.org:8443'],
  ])('turns %s into %s', (template, source) => {
    expect(tileSource(template)).toBe(source);
  });

  it.each([
    ['no template', undefined],
    ['an empty template', ''],
    ['plain http', 'http://tiles.example.org/{z}/{x}/{y}.png'],
    ['a relative path', '/tiles/{z}/{x}/{y}.png'],
    ['a quote that would end the directive', "https://a.example.org';script-src *"],
    ['a space that would add a source', 'https://a.example.org https://evil.example/{z}'],
  ])('allows nothing for %s', (_label, template) => {
    expect(tileSource(template)).toBeNull();
  });
});
