import { SCHEMA_VERSION } from '../model/schema-version.ts';
import { hashText } from '../util/hash.ts';

/** A message or long string stored once per workflow and referenced by hash from then on. */
export interface BlobLine {
  schema: typeof SCHEMA_VERSION;
  type: 'blob';
  workflowId: string;
  hash: string;
  value: unknown;
}

export interface BlobReference {
  $blob: string;
}

const MIN_MESSAGE_CHARS = 48;
const MIN_STRING_CHARS = 200;

function isMessage(value: object): value is { role: string; content: string } {
  return (
    typeof (value as { role?: unknown }).role === 'string' &&
    typeof (value as { content?: unknown }).content === 'string'
  );
}

/**
 * Replaces messages and long strings in `event` with `{ $blob: hash }`, emitting a blob line for
 * each body `seen` does not hold yet. Agents re-send whole histories; this stores each body once.
 */
export function encodeWithBlobs(
  event: { workflowId: string } & Record<string, unknown>,
  seen: Set<string>,
  emitBlob: (line: BlobLine) => void,
): Record<string, unknown> {
  const intern = (value: unknown, text: string): BlobReference => {
    const hash = hashText(text);
    if (!seen.has(hash)) {
      seen.add(hash);
      emitBlob({ schema: SCHEMA_VERSION, type: 'blob', workflowId: event.workflowId, hash, value });
    }
    return { $blob: hash };
  };
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return value.length >= MIN_STRING_CHARS ? intern(value, value) : value;
    if (!value || typeof value !== 'object' || depth > 32) return value;
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1));
    if (isMessage(value) && value.content.length >= MIN_MESSAGE_CHARS)
      return intern(value, JSON.stringify(value));
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item, depth + 1);
    return out;
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    out[key] = key === 'schema' || key === 'type' || key === 'workflowId' ? value : walk(value, 0);
  }
  return out;
}

/** Resolves `{ $blob }` references against the blobs read so far; unknown hashes stay as they are. */
export function decodeBlobs(value: unknown, blobs: Map<string, unknown>): unknown {
  if (!value || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const decoded = decodeBlobs(item, blobs);
      if (decoded !== item) changed = true;
      return decoded;
    });
    return changed ? out : value;
  }
  const reference = (value as Partial<BlobReference>).$blob;
  if (typeof reference === 'string' && Object.keys(value).length === 1 && blobs.has(reference)) {
    return blobs.get(reference);
  }
  let out: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const decoded = decodeBlobs(item, blobs);
    if (decoded !== item) {
      out ??= { ...(value as Record<string, unknown>) };
      out[key] = decoded;
    }
  }
  return out ?? value;
}
