/**
 * One page per chapter and edition: the whole story, opened at that chapter. The first chapter's page is the
 * edition's front page (`…/`, `…/en/`); every other chapter has a folder below it, named by its id
 * (`…/almaty/`, `…/en/almaty/`). Editions come from `EDITIONS`, chapters from `STRUCTURE`: a new edition or
 * chapter gets its pages without a change here. Pure: the prerender script, the head tags, the share button
 * and the language switch all derive their paths from these functions.
 */
import { CHAPTER_IDS, FIRST_CHAPTER, STRUCTURE } from '../content/structure';
import type { ChapterId } from '../content/types';
import type { Edition } from './editions';

/** The chapter at the top of the story: its page is the edition's front page. */
export { FIRST_CHAPTER };

/** One page: an edition opened at a chapter. */
export interface StoryPage {
  edition: Edition;
  chapter: ChapterId;
}

/** Whether a chapter's page is the front page of its edition. */
export function isFrontPage(chapter: ChapterId): boolean {
  return chapter === FIRST_CHAPTER;
}

/** The folder of a chapter's page below the site root: `''`, `'almaty/'`, `'en/'`, `'en/almaty/'`. */
export function pageDir(edition: Pick<Edition, 'dir'>, chapter: ChapterId): string {
  return isFrontPage(chapter) ? edition.dir : `${edition.dir}${chapter}/`;
}

/** Every page of every edition: editions in their order, chapters in reading order. */
export function storyPages(editions: readonly Edition[]): StoryPage[] {
  return editions.flatMap((edition) => STRUCTURE.map(({ id }) => ({ edition, chapter: id })));
}

/** How many folders below the site root a page folder is (`''` → 0, `'en/almaty/'` → 2). */
export function depthOfDir(dir: string): number {
  return dir.split('/').filter(Boolean).length;
}

/** The relative path from a page folder up to the site root: `''`, `'../'`, `'../../'`. */
export function upToRoot(dir: string): string {
  return '../'.repeat(depthOfDir(dir));
}

/** A relative link from one page folder to another, so the pages work from any folder of any host. */
export function relativeHref(fromDir: string, toDir: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = toDir.split('/').filter(Boolean);
  let shared = 0;
  while (shared < from.length && shared < to.length && from[shared] === to[shared]) shared++;
  const down = to.slice(shared).map((folder) => `${folder}/`);
  return `${'../'.repeat(from.length - shared)}${down.join('')}` || './';
}

/** The sharing card of a page, below the site root: the story's card for a front page, else the chapter's. */
export function cardPath(lang: string, chapter: ChapterId): string {
  return isFrontPage(chapter) ? `og-${lang}.png` : `og/${lang}/${chapter}.png`;
}

/** The page's oEmbed JSON, below the site root (next to its `index.html`). */
export function oembedPath(dir: string): string {
  return `${dir}oembed.json`;
}

const IDS: ReadonlySet<string> = new Set(CHAPTER_IDS);

/** A chapter id from an untrusted string (the prerendered DOM), or `null`. */
export function chapterOrNull(value: unknown): ChapterId | null {
  return typeof value === 'string' && IDS.has(value) ? (value as ChapterId) : null;
}
