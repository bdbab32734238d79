import { asciiDigits, hasUnspacedScript, wordsOfRun } from '../util/script-words.ts';
import { textMemo } from '../util/text-memo.ts';

/** Words per shingle: long enough to be specific, short enough to survive light rewording. */
export const SHINGLE_WORDS = 4;

// Letters with their combining marks: Devanagari, Bengali and Thai vowel signs are marks, not letters.
const WORD = /[\p{L}\p{M}\p{N}.%$€£-]+/gu;
// Lower-case printable ASCII and the dashes, quotes and bullets NFKC keeps (checked char by char in the test).
const PLAIN = /^[\t\n\r -~\u2010\u2012-\u2016\u2018-\u2023€£]*$/;
const PLAIN_WORD = /[a-z0-9.%$€£-]+/g;

const isTrim = (code: number) => code === 46 || code === 45; // '.' and '-'

/** Words of a text, shared between callers: do not mutate. */
export const wordsOf: (text: string) => readonly string[] = textMemo((text) => {
  const lower = text.toLowerCase();
  // Most texts are ASCII plus dashes and quotes: NFKC leaves them as they are and a word is ASCII,
  // so a pattern without the u flag (about twice as fast as \p{L}\p{N}) finds the same words.
  const plain = PLAIN.test(lower);
  const normal = plain ? lower : asciiDigits(lower.normalize('NFKC'));
  const out: string[] = [];
  const unspaced = !plain && hasUnspacedScript(normal);
  // match() with /g gives the matched strings only (no match object per word).
  for (const match of normal.match(plain ? PLAIN_WORD : WORD) ?? []) {
    let start = 0;
    let end = match.length;
    while (start < end && isTrim(match.charCodeAt(start))) start++;
    while (end > start && isTrim(match.charCodeAt(end - 1))) end--;
    if (end <= start) continue;
    const word = start === 0 && end === match.length ? match : match.slice(start, end);
    if (unspaced) out.push(...wordsOfRun(word));
    else out.push(word);
  }
  return out;
});

/** Lower-case words with punctuation dropped, so formatting differences do not hide a match. */
export function normalizeWords(text: string): string[] {
  return [...wordsOf(text)];
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One hash for words[start..end), from the words' own hashes (no joined strings). */
function shingleHash(hashes: readonly number[], start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    hash = Math.imul(hash ^ hashes[i]!, 0x01000193);
    hash ^= hash >>> 15;
  }
  return hash >>> 0;
}

/**
 * The set of word-shingle hashes of a text (shared between callers: do not mutate). A text shorter
 * than one shingle is one shingle of all its words. Two texts share content when one's shingles are
 * largely contained in the other's.
 */
export const fingerprint: (text: string) => ReadonlySet<number> = textMemo((text) => {
  const words = wordsOf(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  const hashes = words.map((word) => fnv1a(word));
  if (words.length < SHINGLE_WORDS) {
    out.add(shingleHash(hashes, 0, hashes.length));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(shingleHash(hashes, i, i + SHINGLE_WORDS));
  return out;
});

/** Share of `part`'s shingles that also occur in `whole` (0 when `part` is empty). */
export function containment(part: ReadonlySet<number>, whole: ReadonlySet<number>): number {
  if (part.size === 0) return 0;
  let hits = 0;
  for (const shingle of part) if (whole.has(shingle)) hits++;
  return hits / part.size;
}

/**
 * `containment(part, whole) >= share`, stopping as soon as the answer is known (most pairs compared
 * against a high share fail within the first few shingles).
 */
export function containsAtLeast(
  part: ReadonlySet<number>,
  whole: ReadonlySet<number>,
  share: number,
): boolean {
  const size = part.size;
  if (size === 0) return 0 >= share;
  let hits = 0;
  let left = size;
  for (const shingle of part) {
    left--;
    if (whole.has(shingle)) {
      if (++hits / size >= share) return true;
    } else if ((hits + left) / size < share) return false;
  }
  return hits / size >= share;
}

/**
 * Share of `part`'s content found in `whole`, for texts of any length: for a part shorter than one
 * shingle, the share of its words that occur in `whole`.
 */
export function textContainment(part: string, whole: string): number {
  const words = wordsOf(part);
  if (words.length === 0) return 0;
  if (words.length < SHINGLE_WORDS) {
    const present = new Set(wordsOf(whole));
    return words.filter((word) => present.has(word)).length / words.length;
  }
  return containment(fingerprint(part), fingerprint(whole));
}
