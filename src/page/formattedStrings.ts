/**
 * The prerendered page hands the strings its server formatted (dates, numbers: src/content/format.ts) to the
 * browser in a JSON data block, so hydration neither pays for `Intl` nor risks wording them differently.
 * A `type="application/json"` script is data, never run, so the page's CSP (no inline script) allows it.
 */

/** The data block's element id. */
export const FORMATTED_STRINGS_ID = 'formatted-strings';

/**
 * JSON for a `<script>` data block (this one, the page's schema.org data): `<` escaped, so no text inside can
 * close the element or open a comment.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The `<script type="application/json">` tag for the page's `<head>`. */
export function formattedStringsTag(entries: Readonly<Record<string, string>>): string {
  return `<script type="application/json" id="${FORMATTED_STRINGS_ID}">${jsonForScript(entries)}</script>`;
}

/** The strings in a page's data block, or `null` when it is missing or unreadable. */
export function readFormattedStrings(doc: Pick<Document, 'getElementById'>): unknown {
  const text = doc.getElementById(FORMATTED_STRINGS_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
