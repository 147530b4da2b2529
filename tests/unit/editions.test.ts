import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import {
  AVAILABLE_EDITIONS,
  EDITIONS,
  availableEditions,
  editionFor,
  loadPack,
  packFromModule,
} from '../../src/page/editions';

describe('editions', () => {
  it('publishes the original at the site root and every other edition in a folder of its own', () => {
    expect(EDITIONS[0]).toMatchObject({ lang: 'de', dir: '' });
    for (const edition of EDITIONS.slice(1)) expect(edition.dir).toBe(`${edition.lang}/`);
    expect(new Set(EDITIONS.map((e) => e.lang)).size).toBe(EDITIONS.length);
  });

  it('keeps only the editions whose language pack exists', () => {
    const modules = { '../content/de/index.ts': () => null };
    expect(availableEditions(EDITIONS, modules).map((e) => e.lang)).toEqual(['de']);
    const both = { ...modules, '../content/en/index.ts': () => null };
    expect(availableEditions(EDITIONS, both).map((e) => e.lang)).toEqual(['de', 'en']);
  });

  it('finds the packs that exist in this checkout, the German original first', () => {
    expect(AVAILABLE_EDITIONS[0]?.lang).toBe('de');
  });

  it("picks a page's edition from its <html lang>, falling back to the original", () => {
    expect(editionFor('de').lang).toBe('de');
    expect(editionFor('xx').lang).toBe('de');
    expect(editionFor(undefined).lang).toBe('de');
    expect(editionFor('en', EDITIONS).lang).toBe('en');
  });

  it('loads the German pack by its language', async () => {
    expect(await loadPack('de')).toBe(de);
  });

  it('accepts a pack exported by its language name or as default, and rejects a module without one', () => {
    expect(packFromModule('de', { de })).toBe(de);
    expect(packFromModule('de', { default: de })).toBe(de);
    expect(() => packFromModule('en', { de })).toThrow(/no LanguagePack with lang "en"/);
  });
});
