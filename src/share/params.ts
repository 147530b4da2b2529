/**
 * Embed parameters from the query string. Only whitelisted names and values count: anything unknown,
 * repeated, over-long or malformed is ignored, and no parameter value is ever rendered into the page.
 */

/**
 * How the page is shown: the full page; a fixed-height iframe (the story scrolls inside the frame); or an
 * auto-height iframe (the frame is as tall as its content and the host page scrolls).
 */
export type EmbedMode = 'page' | 'fixed' | 'auto';

/** A colour scheme forced by the embedding page; `null` follows the reader's system setting. */
export type Theme = 'light' | 'dark';

/** What the URL asks for. */
export interface EmbedParams {
  mode: EmbedMode;
  theme: Theme | null;
  /**
   * The id the host gave this frame (Pym.js's `childId`): every message between host and frame carries it.
   * `null`: no host script, so the frame sends nothing.
   */
  channel: string | null;
}

/** The full page, as rendered on the server. */
export const PAGE: EmbedParams = { mode: 'page', theme: null, channel: null };

/**
 * Far longer than any query string we write; longer ones are not parsed at all. Pym's parent adds the host
 * page's whole address (`parentUrl`, tracking parameters and all), so this leaves room for long host URLs.
 */
const MAX_SEARCH_LENGTH = 8192;

/** Pym.js uses the id of the host's container element; we accept the characters such ids use in practice. */
const CHANNEL = /^[A-Za-z0-9_.:-]{1,64}$/;

/** A parameter given exactly once; a repeated one (`?theme=dark&theme=light`) is ambiguous and ignored. */
function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  return values.length === 1 ? (values[0] ?? null) : null;
}

/**
 * Reads `embed` (`1`: fixed height, `auto`: auto height), `theme` (`light`, `dark`) and `childId` (the channel a
 * Pym.js-speaking host adds). A framed page without `embed` is a fixed-height embed; a framed page that a Pym host
 * gave a `childId` is an auto-height embed, because sizing the frame to its content is what such hosts do.
 */
export function parseEmbedParams(search: unknown, framed: boolean): EmbedParams {
  const params = new URLSearchParams(
    typeof search === 'string' && search.length <= MAX_SEARCH_LENGTH ? search : '',
  );
  const embed = single(params, 'embed');
  const childId = single(params, 'childId');
  const channel = childId !== null && CHANNEL.test(childId) ? childId : null;
  const theme = single(params, 'theme');

  let mode: EmbedMode = 'page';
  if (embed === 'auto' || (framed && embed !== '1' && channel !== null)) mode = 'auto';
  else if (embed === '1' || framed) mode = 'fixed';

  return {
    mode,
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    channel: mode === 'page' ? null : channel,
  };
}

/** The query string that keeps an embed an embed (for links inside the frame, e.g. to the other language). */
export function embedSearch({ mode, theme, channel }: EmbedParams): string {
  const params = new URLSearchParams();
  if (mode !== 'page') params.set('embed', mode === 'auto' ? 'auto' : '1');
  if (theme) params.set('theme', theme);
  if (mode !== 'page' && channel) params.set('childId', channel);
  const search = params.toString();
  return search ? `?${search}` : '';
}
