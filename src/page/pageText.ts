/**
 * The words a page says about itself (title, description, headline), for its head, its sharing card and its
 * oEmbed JSON: the story's own on a front page, the chapter's on a chapter page.
 */
import type { LanguagePack } from '../content/pack';
import type { ChapterId } from '../content/types';
import { fillFigures } from '../content/format';
import { isFrontPage } from './chapterPages';
import { storyText, type PageText } from './headTags';

/** Between the chapter's title and the story's in a chapter page's title. */
export const TITLE_SEPARATOR = ' – ';

/** Title, description and headline of an edition's page for a chapter. */
export function pageText(pack: LanguagePack, chapter: ChapterId): PageText {
  if (isFrontPage(chapter)) return storyText(pack);
  const { title, summary } = pack.chapters[chapter];
  if (!summary) throw new Error(`src/content/${pack.lang}: chapter ${chapter} has no summary`);
  return {
    title: `${title}${TITLE_SEPARATOR}${pack.meta.title}`,
    description: fillFigures(summary, pack),
    headline: title,
  };
}
