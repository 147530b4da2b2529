import { describe, expect, it } from 'vitest';
import { CHAPTER_IDS, STRUCTURE } from '../../src/content/structure';
import { fillFigures } from '../../src/content/format';
import {
  cardPath,
  chapterOrNull,
  FIRST_CHAPTER,
  isFrontPage,
  oembedPath,
  pageDir,
  relativeHref,
  storyPages,
  upToRoot,
} from '../../src/page/chapterPages';
import { AVAILABLE_EDITIONS, EDITIONS, loadPack } from '../../src/page/editions';
import { pageText, TITLE_SEPARATOR } from '../../src/page/pageText';

/** Folders the build puts at the site root next to the pages (Vite's assets, public/, the data downloads). */
const ROOT_FOLDERS = ['assets', 'data', 'embed', 'og'];

const packs = await Promise.all(AVAILABLE_EDITIONS.map(async (e) => [e, await loadPack(e.lang)] as const));

describe('chapter pages', () => {
  it('gives every edition one page per chapter, the first chapter being the front page', () => {
    const pages = storyPages(EDITIONS);
    expect(pages).toHaveLength(EDITIONS.length * STRUCTURE.length);
    for (const edition of EDITIONS) {
      expect(pageDir(edition, FIRST_CHAPTER)).toBe(edition.dir);
      for (const { id } of STRUCTURE.slice(1)) expect(pageDir(edition, id)).toBe(`${edition.dir}${id}/`);
    }
    const dirs = pages.map(({ edition, chapter }) => pageDir(edition, chapter));
    expect(new Set(dirs).size).toBe(dirs.length);
  });

  it('never names a chapter folder like an edition folder or a folder of the build', () => {
    const taken = new Set([...EDITIONS.map((e) => e.dir.replace(/\/$/, '')), ...ROOT_FOLDERS]);
    expect(CHAPTER_IDS.filter((id) => taken.has(id))).toEqual([]);
  });

  it('links between page folders relatively, so the site works from any folder', () => {
    expect(relativeHref('', 'almaty/')).toBe('almaty/');
    expect(relativeHref('almaty/', '')).toBe('../');
    expect(relativeHref('en/almaty/', 'csto/')).toBe('../../csto/');
    expect(relativeHref('en/almaty/', 'en/csto/')).toBe('../csto/');
    expect(relativeHref('en/', 'en/')).toBe('./');
    expect(upToRoot('en/almaty/')).toBe('../../');
    expect(upToRoot('')).toBe('');
  });

  it("names each page's card and oEmbed file below the site root", () => {
    expect(cardPath('de', FIRST_CHAPTER)).toBe('og-de.png');
    expect(cardPath('en', 'almaty')).toBe('og/en/almaty.png');
    expect(oembedPath('en/almaty/')).toBe('en/almaty/oembed.json');
    expect(oembedPath('')).toBe('oembed.json');
  });

  it('accepts only chapter ids from an untrusted string', () => {
    expect(chapterOrNull('almaty')).toBe('almaty');
    for (const bad of ['', 'Almaty', '__proto__', '<b>', null, 3]) expect(chapterOrNull(bad)).toBeNull();
  });
});

describe.each(packs)('the %o edition describes each chapter page', (_edition, pack) => {
  const chapters = STRUCTURE.map(({ id }) => id);

  it("keeps the front page's title and description: the story's", () => {
    expect(pageText(pack, FIRST_CHAPTER)).toEqual({
      title: pack.meta.title,
      description: pack.meta.description,
      headline: pack.meta.title,
    });
    expect(pack.chapters[FIRST_CHAPTER].summary).toBeUndefined();
  });

  it.each(chapters.filter((id) => !isFrontPage(id)))(
    'chapter %s: its title and the story title, and a summary of whole sentences written for it',
    (id) => {
      const text = pageText(pack, id);
      expect(text.title).toBe(`${pack.chapters[id].title}${TITLE_SEPARATOR}${pack.meta.title}`);
      expect(text.headline).toBe(pack.chapters[id].title);
      const summary = pack.chapters[id].summary ?? '';
      expect(text.description).toBe(fillFigures(summary, pack));
      // Filled in: every token known (none left over), not cut, short enough for a link preview.
      expect(text.description).not.toMatch(/\{\{|\}\}/);
      expect(text.description.length).toBeGreaterThan(80);
      expect(text.description.length).toBeLessThanOrEqual(200);
      expect(text.description).toMatch(/[.!?]$/);
      expect(text.description).not.toMatch(/…|\.\.\./);
      // No typed number: only years and day numbers outside figure tokens.
      const rest = summary.replace(/\{\{[^}]*\}\}/g, ' ').replace(/\b(?:19|20)\d{2}\b/g, ' ');
      expect(rest).not.toMatch(/\d{2,}/);
      // Not the chapter's first sentence or map text reused: written for the page.
      expect(pack.chapters[id].mapDescription).not.toContain(summary.slice(0, 40));
    },
  );
});
