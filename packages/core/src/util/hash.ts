import { createHash } from 'node:crypto';
import { stableStringify } from './stable-stringify.ts';

/** A short content hash (sha256, 16 hex chars): enough to tell versions and blobs apart in one workflow. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function hashValue(value: unknown): string {
  return hashText(typeof value === 'string' ? value : stableStringify(value));
}
