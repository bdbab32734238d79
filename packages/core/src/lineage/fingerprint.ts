/** Words per shingle: long enough to be specific, short enough to survive light rewording. */
export const SHINGLE_WORDS = 4;

/** Lower-case words with punctuation dropped, so formatting differences do not hide a match. */
export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}.%$€£-]+/u)
    .map((word) => word.replace(/^[.-]+|[.-]+$/g, ''))
    .filter((word) => word.length > 0);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The set of word-shingle hashes of a text. A text shorter than one shingle is one shingle of all
 * its words. Two texts share content when one's shingles are largely contained in the other's.
 */
export function fingerprint(text: string): Set<number> {
  const words = normalizeWords(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < SHINGLE_WORDS) {
    out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

/** Share of `part`'s shingles that also occur in `whole` (0 when `part` is empty). */
export function containment(part: Set<number>, whole: Set<number>): number {
  if (part.size === 0) return 0;
  let hits = 0;
  for (const shingle of part) if (whole.has(shingle)) hits++;
  return hits / part.size;
}

/**
 * Share of `part`'s content found in `whole`, for texts of any length: a part shorter than one
 * shingle counts as found when its words occur in `whole` in order.
 */
export function textContainment(part: string, whole: string): number {
  const words = normalizeWords(part);
  if (words.length === 0) return 0;
  if (words.length < SHINGLE_WORDS)
    return ` ${normalizeWords(whole).join(' ')} `.includes(` ${words.join(' ')} `) ? 1 : 0;
  return containment(fingerprint(part), fingerprint(whole));
}
