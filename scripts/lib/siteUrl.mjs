/**
 * The build's warning when `SITE_URL` is left at its placeholder: canonical, hreflang, Open Graph and the
 * embed code would all point to example.org. A warning, not an error, so that local and CI builds still work.
 */

/**
 * The warning to print for a normalised `SITE_URL`, or `null` when it is a real address.
 * @param {string} siteUrl
 * @param {string} placeholder the default from src/page/headTags.ts, normalised the same way
 * @returns {string | null}
 */
export function siteUrlWarning(siteUrl, placeholder) {
  if (siteUrl !== placeholder && new URL(siteUrl).hostname !== 'example.org') return null;
  const lines = [
    `SITE_URL is the placeholder ${siteUrl}.`,
    'Canonical links, hreflang, og:image and share tags of this build point there.',
    'Set SITE_URL to the public address of the German edition before publishing:',
    '  SITE_URL=https://your.site/kasachstan-2022/ npm run build',
  ];
  const width = Math.max(...lines.map((line) => line.length));
  const rule = '!'.repeat(width + 4);
  return [rule, ...lines.map((line) => `! ${line.padEnd(width)} !`), rule].join('\n');
}
