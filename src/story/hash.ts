/**
 * Deep links: the URL hash names a chapter (`#csto`). Anything else — unknown, empty, over-long, malformed
 * percent-encoding, prototype keys, markup — is rejected, and nothing from the hash is ever put into the page.
 */
import { CHAPTER_IDS } from '../content/structure';
import type { ChapterId } from '../content/types';

/** Longer than any chapter id by far; longer hashes are rejected before decoding. */
const MAX_HASH_LENGTH = 64;

const IDS: ReadonlySet<string> = new Set(CHAPTER_IDS);

/** The chapter a hash names, or `null`. Accepts the hash with or without the leading `#`. */
export function parseHash(hash: unknown): ChapterId | null {
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return null;
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return IDS.has(decoded) ? (decoded as ChapterId) : null;
}

/** The URL of the current page with the hash set to a chapter, keeping path and query. */
export function urlWithChapter(location: Pick<Location, 'pathname' | 'search'>, id: ChapterId): string {
  return `${location.pathname}${location.search}#${id}`;
}
