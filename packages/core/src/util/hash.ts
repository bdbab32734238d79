import { hash } from 'node:crypto';
import { stableStringify } from './stable-stringify.ts';
import { textMemo } from './text-memo.ts';

/** A short content hash (sha256, 16 hex chars): enough to tell versions and blobs apart in one workflow. */
export function hashText(text: string): string {
  return text.length >= 256 ? hashLong(text) : sha256(text);
}

function sha256(text: string): string {
  // One-shot `hash` (Node >= 21.7) skips the Hash object: several times faster on short texts.
  return hash('sha256', text, 'hex').slice(0, 16);
}

// Agents re-send the same prompts and histories on every call: long texts are hashed once.
const hashLong = textMemo(sha256);

export function hashValue(value: unknown): string {
  return hashText(typeof value === 'string' ? value : stableStringify(value));
}
