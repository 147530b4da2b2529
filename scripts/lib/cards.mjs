// @ts-check
/**
 * Shared by scripts/og-image.mjs (which makes the sharing cards) and tests/unit/ogCards.test.ts (which checks
 * that the committed cards are current): where the digests live, how a card's HTML is digested, and the page
 * styles a card is drawn with.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The SHA-256 of each chapter card's HTML, by card path below public/ (`og/de/almaty.png`). */
export const CARD_DIGESTS_FILE = 'scripts/lib/og-cards.json';

/**
 * The digest of a card's HTML document. The document holds everything the card shows (words, map shapes
 * at their projected positions, labels, styles), so the same digest means the same card.
 * @param {string} html
 */
export function cardDigest(html) {
  return createHash('sha256').update(html, 'utf8').digest('hex');
}

/**
 * The page's own stylesheets the card is drawn with.
 * @param {string} root  the project folder
 * @returns {Promise<{ tokens: string, map: string }>}
 */
export async function readCardStyles(root) {
  const [tokens, map] = await Promise.all([
    readFile(join(root, 'src/styles/tokens.css'), 'utf8'),
    readFile(join(root, 'src/map/map.css'), 'utf8'),
  ]);
  return { tokens, map };
}
