import { describe, expect, it } from 'vitest';
import { de } from '../../src/content/de';
import { EDITIONS, LANGS, ORIGINAL, pathBetween, rootFrom } from '../../src/content/editions';
import {
  AVAILABLE_EDITIONS,
  checkedEditions,
  editionFor,
  loadAllPacks,
  loadPack,
  packFromModule,
} from '../../src/page/editions';

const folders = Object.keys(import.meta.glob('../../src/content/*/index.ts')).map(
  (path) => path.split('/').at(-2) ?? '',
);

describe('the registry of editions', () => {
  it('publishes the original at the site root and every other edition in a folder of its own', () => {
    expect(EDITIONS[0]).toMatchObject({ lang: 'de', dir: '' });
    expect(ORIGINAL).toBe(EDITIONS[0]);
    for (const edition of EDITIONS.slice(1)) expect(edition.dir).toBe(`${edition.lang}/`);
    expect(new Set(LANGS).size).toBe(EDITIONS.length);
  });

  it('names each edition in its own language and gives it an Open Graph locale of that language', () => {
    for (const edition of EDITIONS) {
      expect(edition.name.trim()).not.toBe('');
      expect(edition.ogLocale).toMatch(new RegExp(`^${edition.lang}_[A-Z]{2}$`));
    }
  });

  it('has a words folder for every edition and an edition for every words folder', () => {
    expect([...folders].sort()).toEqual([...LANGS].sort());
  });

  it('refuses an edition without a pack and a pack without an edition', () => {
    const modules = { '../content/de/index.ts': () => null };
    expect(() => checkedEditions(EDITIONS, modules)).toThrow(/No language pack for src\/content\/en/);
    const extra = Object.fromEntries(
      [...LANGS, 'xx'].map((lang) => [`../content/${lang}/index.ts`, () => null]),
    );
    expect(() => checkedEditions(EDITIONS, extra)).toThrow(/without an edition.*xx/);
    expect(AVAILABLE_EDITIONS).toEqual(EDITIONS);
  });

  it('finds relative paths between every pair of editions and to the site root', () => {
    expect(pathBetween('de', 'en')).toBe('en/');
    expect(pathBetween('en', 'de')).toBe('../');
    expect(pathBetween('en', 'en')).toBe('./');
    expect(rootFrom('de')).toBe('');
    expect(rootFrom('en')).toBe('../');
  });

  it("picks a page's edition from its <html lang>, falling back to the original", () => {
    expect(editionFor('de').lang).toBe('de');
    expect(editionFor('xx').lang).toBe('de');
    expect(editionFor(undefined).lang).toBe('de');
    for (const lang of LANGS) expect(editionFor(lang).lang).toBe(lang);
  });

  it('loads every pack by its language, the German one first', async () => {
    expect(await loadPack('de')).toBe(de);
    const packs = await loadAllPacks();
    expect(packs.map((p) => p.lang)).toEqual(LANGS);
  });

  it('accepts a pack exported by its language name or as default, and rejects a module without one', () => {
    expect(packFromModule('de', { de })).toBe(de);
    expect(packFromModule('de', { default: de })).toBe(de);
    expect(() => packFromModule('en', { de })).toThrow(/no LanguagePack with lang "en"/);
  });
});
