/**
 * Text normalisation for the plagiarism guard: the narrative must not reuse runs of six words from the source
 * report. `scripts/source-shingles.mjs` hashes the report's shingles once, by hand; the content test hashes the
 * narrative's shingles the same way and compares. Pure string functions (no hashing here), so the module is safe
 * anywhere; the script duplicates `normaliseForShingles` because Node 20 cannot import TypeScript, and a probe
 * string in the fixture proves the two still agree.
 */

/** How many consecutive words make one shingle. */
export const SHINGLE_SIZE = 6;

/**
 * Lowercase, turn every character that is not a letter or digit (punctuation, quotation marks, dashes,
 * hyphens, non-breaking spaces) into a space, and collapse runs of spaces.
 */
export function normaliseForShingles(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every run of {@link SHINGLE_SIZE} consecutive words of a normalised text, joined by single spaces. */
export function shingles(normalised: string, size: number = SHINGLE_SIZE): string[] {
  const words = normalised.split(' ').filter((w) => w.length > 0);
  const result: string[] = [];
  for (let i = 0; i + size <= words.length; i += 1) result.push(words.slice(i, i + size).join(' '));
  return result;
}
