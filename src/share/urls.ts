/**
 * The URLs the reader and editors copy: share links, embed sources, the host script. They are built from the
 * page's own origin and folder plus whitelisted values only; the query string of the current page (embed,
 * theme, tracking parameters) is never carried over. Editions and their folders come from the registry
 * (`src/content/editions.ts`).
 */
import { CHAPTER_IDS } from '../content/structure';
import type { ChapterId } from '../content/types';
import { EDITIONS, editionOf, type Lang } from '../content/editions';
import { depthOfDir, FIRST_CHAPTER, pageDir } from '../page/chapterPages';
import type { EmbedParams } from './params';
import { embedSearch } from './params';

/** Where the page lives: `window.location` or a plain object in tests and on the server. */
export type PageLocation = Pick<Location, 'origin' | 'pathname'>;

const CHAPTER_FOLDERS: ReadonlySet<string> = new Set(CHAPTER_IDS.filter((id) => id !== FIRST_CHAPTER));
const EDITION_FOLDERS: readonly string[] = EDITIONS.map((e) => e.dir).filter(Boolean);

/** `folder` without its last `count` folders (`'/k/en/almaty/'`, 2 → `'/k/'`). */
function upFolders(folder: string, count: number): string {
  const parts = folder.split('/');
  // parts of "/k/en/almaty/": ["", "k", "en", "almaty", ""]
  return `${parts.slice(0, Math.max(1, parts.length - 1 - count)).join('/')}/`;
}

/**
 * The site root (the folder of the original edition's front page) from the path of any page: `/kz/`,
 * `/kz/en/`, `/kz/almaty/`, `/kz/en/almaty/index.html`. `here`, the page's own folder below the root
 * (src/page/pageContext.ts), makes it exact; without it a trailing chapter folder and edition folder are
 * recognised by name.
 */
export function storyRoot(pathname: string, here?: string): string {
  const folder = pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/';
  if (here !== undefined && folder.endsWith(`/${here}`)) return upFolders(folder, depthOfDir(here));
  let root = folder;
  const last = root.split('/').at(-2) ?? '';
  if (CHAPTER_FOLDERS.has(last)) root = upFolders(root, 1);
  const edition = EDITION_FOLDERS.find((dir) => root.endsWith(`/${dir}`));
  return edition ? upFolders(root, depthOfDir(edition)) : root;
}

/** The front page of one language: the original at the site root, every other edition in its folder. */
export function pageUrl(location: PageLocation, lang: Lang, here?: string): string {
  return `${location.origin}${storyRoot(location.pathname, here)}${editionOf(lang).dir}`;
}

/**
 * The link a reader shares: the chapter's own page in one language (`…/en/almaty/`), which carries its own
 * preview card and title; nothing else from the current URL.
 */
export function shareUrl(location: PageLocation, lang: Lang, chapter: ChapterId, here?: string): string {
  return `${location.origin}${storyRoot(location.pathname, here)}${pageDir(editionOf(lang), chapter)}`;
}

/** The `src` of an embed: the page in one language with the embed parameters and the start chapter. */
export function embedSrc(
  location: PageLocation,
  lang: Lang,
  chapter: ChapterId,
  params: Pick<EmbedParams, 'mode' | 'theme'>,
): string {
  return `${pageUrl(location, lang)}${embedSearch({ ...params, channel: null })}#${chapter}`;
}

/**
 * A link from inside the page to another edition (`path`: its folder, relative or absolute) at a chapter. In
 * an embed it keeps the embed parameters, so the other edition is the same kind of embed on the same channel:
 * an auto-height frame stays one, and the host keeps sizing it. On the plain page it is the bare link.
 */
export function editionLink(path: string, chapter: ChapterId, params: EmbedParams): string {
  return `${path}${embedSearch(params)}#${chapter}`;
}

/** The host snippet, served next to the original's page. */
export function hostScriptUrl(location: PageLocation): string {
  return `${location.origin}${storyRoot(location.pathname)}embed/host.js`;
}
