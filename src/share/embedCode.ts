/**
 * Ready-to-paste HTML for the two embed forms. Every value is escaped for an attribute or text, although the
 * callers pass only URLs built from whitelisted parts and the page's own title.
 */

/** `fixed`: one iframe of fixed height, the story scrolls inside it. `auto`: the host snippet sizes the frame. */
export type EmbedForm = 'fixed' | 'auto';

/** What {@link embedCode} needs. */
export interface EmbedCodeOptions {
  form: EmbedForm;
  /** The frame's URL ({@link embedSrc}). */
  src: string;
  /** The full story in a new tab: the fallback link where scripts do not run. */
  href: string;
  /** The host snippet ({@link hostScriptUrl}). */
  hostScript: string;
  /** The frame's accessible name: the story's title. */
  title: string;
}

/** Tall enough for the map and a screenful of text on a phone, short enough to leave the host page visible. */
export const FIXED_HEIGHT = 640;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Escapes text for an HTML attribute value or element content. */
export function escapeHtml(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ESCAPES[c] ?? c);
}

/** The HTML an editor pastes into a page. */
export function embedCode({ form, src, href, hostScript, title }: EmbedCodeOptions): string {
  const t = escapeHtml(title);
  if (form === 'fixed') {
    return (
      `<iframe src="${escapeHtml(src)}" title="${t}" width="100%" height="${FIXED_HEIGHT}" ` +
      `style="display:block;width:100%;border:0" loading="lazy" allow="clipboard-write"></iframe>`
    );
  }
  return (
    `<div data-kz-embed="${escapeHtml(src)}" data-kz-title="${t}">` +
    `<a href="${escapeHtml(href)}">${t}</a></div>\n` +
    `<script src="${escapeHtml(hostScript)}" async></script>`
  );
}
