/**
 * Which page the reader opened: the chapter it opens at and its folder below the site root. Set once by the
 * entries (the server from the page it renders, the browser from the prerendered DOM) and never changed
 * while reading: links that leave the page (language switch, share link, data downloads) are relative to it.
 */
import { createContext, useContext } from 'react';
import './landing.css';
import type { ChapterId } from '../content/types';
import { chapterOrNull, FIRST_CHAPTER, pageDir } from './chapterPages';
import type { Edition } from './editions';

/** The page the reader opened. */
export interface PagePlace {
  /** The chapter the page opens at (the first chapter on a front page). */
  chapter: ChapterId;
  /** The page's folder below the site root (`''`, `'en/'`, `'en/almaty/'`). */
  dir: string;
}

/** The place of an edition's page for a chapter. */
export function pagePlace(edition: Pick<Edition, 'dir'>, chapter: ChapterId): PagePlace {
  return { chapter, dir: pageDir(edition, chapter) };
}

/** The root edition's front page: the development server's page and the default in tests. */
export const FRONT_PAGE: PagePlace = { chapter: FIRST_CHAPTER, dir: '' };

export const PageContext = createContext<PagePlace>(FRONT_PAGE);

/** The page the reader opened. */
export function usePage(): PagePlace {
  return useContext(PageContext);
}

/**
 * The chapter a prerendered page opens at, from the story's `data-active-chapter` before hydration (the
 * server rendered the page's chapter as the active one); the first chapter without a prerendered story.
 */
export function prerenderedChapter(doc: Pick<Document, 'getElementById'>): ChapterId {
  return chapterOrNull(doc.getElementById('story')?.dataset.activeChapter) ?? FIRST_CHAPTER;
}
