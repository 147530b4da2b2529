import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS } from '../../src/content/structure';
import { parseHash, urlWithChapter } from '../../src/story/hash';

describe('parseHash', () => {
  it('accepts every chapter id, with or without the leading #', () => {
    for (const id of CHAPTER_IDS) {
      expect(parseHash(`#${id}`)).toBe(id);
      expect(parseHash(id)).toBe(id);
    }
  });

  it('accepts a percent-encoded chapter id', () => {
    expect(parseHash('#%63sto')).toBe('csto');
  });

  it.each([
    ['empty', ''],
    ['a lone #', '#'],
    ['an unknown id', '#moscow'],
    ['a different case', '#CSTO'],
    ['markup', '#<img src=x onerror=alert(1)>'],
    ['broken percent-encoding', '#%E0%A4%A'],
    ['a prototype key', '#__proto__'],
    ['constructor', '#constructor'],
    ['a 10 kB hash', `#${'a'.repeat(10_000)}`],
    ['a chapter id padded to 10 kB', `#csto${' '.repeat(10_000)}`],
    ['not a string', 42],
  ])('rejects %s', (_label, hash) => {
    expect(parseHash(hash)).toBeNull();
  });
});

describe('urlWithChapter', () => {
  it('keeps path and query and sets the hash', () => {
    expect(urlWithChapter({ pathname: '/en/', search: '?embed=1' }, 'toll')).toBe('/en/?embed=1#toll');
  });
});
