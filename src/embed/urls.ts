/**
 * The URLs the reader and editors copy: share links, embed sources, the host script. They are built from the
 * page's own origin and folder plus whitelisted values only; the query string of the current page (embed,
 * theme, tracking parameters) is never carried over.
 */
import type { ChapterId, Lang } from '../content/types';
import type { EmbedParams } from './params';
import { embedSearch } from './params';

/** Where the page lives: `window.location` or a plain object in tests and on the server. */
export type PageLocation = Pick<Location, 'origin' | 'pathname'>;

/** The folder of the German page, from the path of either edition (`/kz/`, `/kz/en/`, `/kz/index.html`). */
export function storyRoot(pathname: string): string {
  const folder = pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/';
  return folder.endsWith('/en/') ? folder.slice(0, -'en/'.length) : folder;
}

/** The page of one language: the German edition at the root folder, the English one in `en/`. */
export function pageUrl(location: PageLocation, lang: Lang): string {
  return `${location.origin}${storyRoot(location.pathname)}${lang === 'en' ? 'en/' : ''}`;
}

/** The link a reader shares: language (by path) and chapter (by hash), nothing else. */
export function shareUrl(location: PageLocation, lang: Lang, chapter: ChapterId): string {
  return `${pageUrl(location, lang)}#${chapter}`;
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

/** The host snippet, served next to the German page. */
export function hostScriptUrl(location: PageLocation): string {
  return `${location.origin}${storyRoot(location.pathname)}embed/host.js`;
}
