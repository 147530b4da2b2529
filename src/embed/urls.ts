/**
 * The URLs the reader and editors copy: share links, embed sources, the host script. They are built from the
 * page's own origin and folder plus whitelisted values only; the query string of the current page (embed,
 * theme, tracking parameters) is never carried over. Editions and their folders come from the registry
 * (`src/content/editions.ts`).
 */
import { EDITIONS, editionOf } from '../content/editions';
import type { ChapterId, Lang } from '../content/types';
import type { EmbedParams } from './params';
import { embedSearch } from './params';

/** Where the page lives: `window.location` or a plain object in tests and on the server. */
export type PageLocation = Pick<Location, 'origin' | 'pathname'>;

/** The folder of the original edition, from the path of any edition (`/kz/`, `/kz/en/`, `/kz/ru/index.html`). */
export function storyRoot(pathname: string): string {
  const folder = pathname.slice(0, pathname.lastIndexOf('/') + 1) || '/';
  const edition = EDITIONS.find((e) => e.dir !== '' && folder.endsWith(`/${e.dir}`));
  return edition ? folder.slice(0, -edition.dir.length) : folder;
}

/** The page of one language: the original at the root folder, every other edition in its own folder. */
export function pageUrl(location: PageLocation, lang: Lang): string {
  return `${location.origin}${storyRoot(location.pathname)}${editionOf(lang).dir}`;
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

/** The host snippet, served next to the original's page. */
export function hostScriptUrl(location: PageLocation): string {
  return `${location.origin}${storyRoot(location.pathname)}embed/host.js`;
}
