import { SCHEMA_VERSION } from '../model/schema-version.ts';
import { hashText } from '../util/hash.ts';
import { mapShared } from '../util/map-shared.ts';

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

/**
 * Hashes of messages that cannot change: the recorder's stored copies of frozen messages recur in
 * every later event of a workflow (the whole history each time), so each is encoded and hashed once.
 */
const immutableHashes = new WeakMap<object, string>();

/** Frozen with only primitive fields: its JSON can never change. */
function isImmutable(value: object): boolean {
  if (!Object.isFrozen(value)) return false;
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'object' && item !== null) return false;
  }
  return true;
}

/** Their JSON too: a blob line of one embeds it rather than encoding the message again. */
const immutableJson = new WeakMap<object, string>();

function messageHash(message: object): string {
  const known = immutableHashes.get(message);
  if (known !== undefined) return known;
  const json = JSON.stringify(message);
  const hash = hashText(json);
  if (isImmutable(message)) {
    immutableHashes.set(message, hash);
    immutableJson.set(message, json);
  }
  return hash;
}

/** A blob line as JSON (the same text as `JSON.stringify(line)`), a frozen message's JSON reused. */
export function encodeBlobLine(line: BlobLine): string {
  const value = line.value;
  const json = typeof value === 'object' && value !== null ? immutableJson.get(value) : undefined;
  if (json === undefined) return JSON.stringify(line);
  return `{"schema":${JSON.stringify(line.schema)},"type":"blob","workflowId":${JSON.stringify(line.workflowId)},"hash":${JSON.stringify(line.hash)},"value":${json}}`;
}

function isMessage(value: object): value is { role: string; content: string } {
  return (
    typeof (value as { role?: unknown }).role === 'string' &&
    typeof (value as { content?: unknown }).content === 'string'
  );
}

interface BlobWalk {
  workflowId: string;
  seen: Set<string>;
  emitBlob: (line: BlobLine) => void;
  depth: number;
}

function intern(value: unknown, hash: string, walk: BlobWalk): BlobReference {
  if (!walk.seen.has(hash)) {
    walk.seen.add(hash);
    walk.emitBlob({ schema: SCHEMA_VERSION, type: 'blob', workflowId: walk.workflowId, hash, value });
  }
  return { $blob: hash };
}

/** `value` with its blobs replaced; parts without one come back as they are, not copied. */
function blobbed(value: unknown, walk: BlobWalk): unknown {
  if (typeof value === 'string')
    return value.length >= MIN_STRING_CHARS ? intern(value, hashText(value), walk) : value;
  if (!value || typeof value !== 'object' || walk.depth > 32) return value;
  if (!Array.isArray(value) && isMessage(value) && value.content.length >= MIN_MESSAGE_CHARS)
    return intern(value, messageHash(value), walk);
  walk.depth++;
  const out = mapShared(value, blobbed, walk);
  walk.depth--;
  return out;
}

/** An event's field: its envelope (schema, type, workflow id: short strings but the id) holds no blob. */
function blobbedField(value: unknown, walk: BlobWalk): unknown {
  return value === walk.workflowId ? value : blobbed(value, walk);
}

/**
 * Replaces messages and long strings in `event` with `{ $blob: hash }`, emitting a blob line for
 * each body `seen` does not hold yet. Agents re-send whole histories; this stores each body once.
 * An event without a blob comes back as it is (nothing is allocated for the usual event).
 */
export function encodeWithBlobs(
  event: { workflowId: string } & Record<string, unknown>,
  seen: Set<string>,
  emitBlob: (line: BlobLine) => void,
): Record<string, unknown> {
  return mapShared(event, blobbedField, { workflowId: event.workflowId, seen, emitBlob, depth: 0 });
}

const NOT_A_BLOB = Symbol('not a blob');

/** The blob a `{ $blob }` reference names, if `value` is one to a blob read so far. */
function blobOf(value: object, blobs: Map<string, unknown>): unknown {
  const reference = (value as Partial<BlobReference>).$blob;
  if (typeof reference !== 'string' || !blobs.has(reference)) return NOT_A_BLOB;
  for (const key in value) if (key !== '$blob') return NOT_A_BLOB;
  return blobs.get(reference);
}

/**
 * Resolves `{ $blob }` references inside `value` against the blobs read so far, in place (for a
 * freshly parsed line: no copies); unknown hashes stay as they are. Blob values are shared between
 * the events that reference them and never walked into.
 */
export function resolveBlobs(value: object, blobs: Map<string, unknown>, depth = 0): void {
  // The writer stores no blob deeper than this (see encodeWithBlobs).
  if (depth > 34) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!item || typeof item !== 'object') continue;
      const blob = blobOf(item, blobs);
      if (blob !== NOT_A_BLOB) value[i] = blob;
      else resolveBlobs(item, blobs, depth + 1);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (!item || typeof item !== 'object') continue;
    const blob = blobOf(item, blobs);
    if (blob !== NOT_A_BLOB) record[key] = blob;
    else resolveBlobs(item, blobs, depth + 1);
  }
}
