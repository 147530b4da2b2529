import { describe, expect, it } from 'vitest';
import { embedSearch, PAGE, parseEmbedParams } from '../../../src/share/params';

describe('parseEmbedParams', () => {
  it('shows the plain page without parameters and unframed', () => {
    expect(parseEmbedParams('', false)).toEqual(PAGE);
  });

  it('reads embed=1 as a fixed-height embed and embed=auto as an auto-height one', () => {
    expect(parseEmbedParams('?embed=1', false).mode).toBe('fixed');
    expect(parseEmbedParams('?embed=auto', false).mode).toBe('auto');
  });

  it('treats a framed page without parameters as a fixed-height embed', () => {
    expect(parseEmbedParams('', true)).toEqual({ mode: 'fixed', theme: null, channel: null });
  });

  it('treats a framed page that a Pym host gave a childId as an auto-height embed on that channel', () => {
    expect(parseEmbedParams('?initialWidth=600&childId=pym-0-ab1cd&parentTitle=x', true)).toEqual({
      mode: 'auto',
      theme: null,
      channel: 'pym-0-ab1cd',
    });
  });

  it('keeps a fixed-height embed fixed when the host snippet gives it a channel', () => {
    expect(parseEmbedParams('?embed=1&childId=kz1abc', true)).toEqual({
      mode: 'fixed',
      theme: null,
      channel: 'kz1abc',
    });
  });

  it('reads the two themes', () => {
    expect(parseEmbedParams('?theme=dark', false).theme).toBe('dark');
    expect(parseEmbedParams('?embed=1&theme=light', false).theme).toBe('light');
  });

  it('ignores a channel on the plain page: it has no host to talk to', () => {
    expect(parseEmbedParams('?childId=kz1', false)).toEqual(PAGE);
  });

  it.each([
    ['an unknown embed value', '?embed=yes', false],
    ['embed=0', '?embed=0', false],
    ['an upper-case value', '?embed=AUTO&theme=DARK', false],
    ['markup', '?embed=<script>alert(1)</script>&theme=<img src=x onerror=alert(1)>', false],
    ['a padded value', '?embed=1%20&theme=dark%00', false],
    ['broken percent-encoding', '?embed=%E0%A4%A&theme=%', false],
    ['prototype keys', '?__proto__=1&constructor=auto&toString=dark', false],
    ['a 10 kB query', `?embed=1&theme=dark&x=${'a'.repeat(10_000)}`, false],
    ['not a string', 42, false],
  ])('ignores %s', (_label, search, framed) => {
    expect(parseEmbedParams(search, framed)).toEqual(PAGE);
  });

  it.each([
    ['markup', '<img src=x>'],
    ['spaces', 'a b'],
    ['a quote', 'a"b'],
    ['the Pym delimiter is fine, but not a 65-character id', 'x'.repeat(65)],
    ['an empty id', ''],
  ])('drops a channel with %s', (_label, id) => {
    const search = `?embed=auto&childId=${encodeURIComponent(id)}`;
    expect(parseEmbedParams(search, true)).toEqual({ mode: 'auto', theme: null, channel: null });
  });

  it('ignores a repeated parameter, as the module says: which one the host meant is unknown', () => {
    expect(parseEmbedParams('?embed=1&embed=auto&theme=light&theme=dark', false)).toEqual(PAGE);
    expect(parseEmbedParams('?embed=auto&theme=dark&theme=light&childId=kz1', false)).toEqual({
      mode: 'auto',
      theme: null,
      channel: 'kz1',
    });
    expect(parseEmbedParams('?embed=auto&childId=a&childId=b', true)).toEqual({
      mode: 'auto',
      theme: null,
      channel: null,
    });
  });

  it("reads the parameters of a Pym frame whose host page has a long address (Pym's parentUrl)", () => {
    const parentUrl = encodeURIComponent(`https://news.example/a?${'utm_x=1&'.repeat(300)}`);
    expect(
      parseEmbedParams(`?embed=auto&initialWidth=760&childId=kz-story&parentUrl=${parentUrl}`, true),
    ).toEqual({ mode: 'auto', theme: null, channel: 'kz-story' });
  });
});

describe('embedSearch', () => {
  it('writes only the whitelisted embed parameters back', () => {
    expect(embedSearch({ mode: 'auto', theme: 'dark', channel: 'kz1' })).toBe(
      '?embed=auto&theme=dark&childId=kz1',
    );
    expect(embedSearch({ mode: 'fixed', theme: null, channel: null })).toBe('?embed=1');
  });

  it('writes nothing for the plain page', () => {
    expect(embedSearch(PAGE)).toBe('');
  });
});
