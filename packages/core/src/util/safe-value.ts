/** A JSON-safe copy of any value: what the recorder stores instead of the user's live object. */
export type SafeValue = null | boolean | number | string | SafeValue[] | { [key: string]: SafeValue };

export interface SafeValueOptions {
  /** Budget for all strings of the value, in UTF-16 code units (≈ bytes for ASCII). */
  maxBytes: number;
  maxDepth?: number;
}

export const TRUNCATION_MARKER = '…[truncated';

/**
 * Copies `value` into plain JSON data without ever throwing: cycles, BigInt, functions, symbols,
 * Buffers, Maps, Sets, Errors, Dates and lone surrogates all become readable placeholders, and
 * strings past the budget are cut with a marker that says how much was dropped.
 */
export function toSafeValue(value: unknown, options: SafeValueOptions): SafeValue {
  const state: CopyState = {
    remaining: options.maxBytes,
    maxDepth: options.maxDepth ?? 48,
    ancestors: [],
  };
  return copy(value, 0, state);
}

interface CopyState {
  remaining: number;
  maxDepth: number;
  /** The objects being copied, outermost first: one met again is a cycle (a short list, no WeakSet). */
  ancestors: object[];
}

function copy(value: unknown, depth: number, state: CopyState): SafeValue {
  switch (typeof value) {
    case 'string':
      return safeString(value, state);
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'boolean':
      return value;
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return null;
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function ${value.name || 'anonymous'}]`;
  }
  if (value === null) return null;
  const object = value as object;
  if (state.ancestors.includes(object)) return '[Circular]';
  if (depth >= state.maxDepth) return '[MaxDepth]';
  if (state.remaining <= 0) return `${TRUNCATION_MARKER} object]`;
  if (ArrayBuffer.isView(object))
    return `[${object.constructor?.name ?? 'Binary'} ${object.byteLength} bytes]`;
  if (object instanceof ArrayBuffer) return `[ArrayBuffer ${object.byteLength} bytes]`;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
  if (object instanceof RegExp) return object.toString();
  state.ancestors.push(object);
  try {
    if (object instanceof Error) {
      return {
        name: safeString(object.name, state),
        message: safeString(object.message, state),
        ...(object.stack ? { stack: safeString(object.stack, state) } : {}),
      };
    }
    if (Array.isArray(object) || object instanceof Set) {
      const out: SafeValue[] = [];
      for (const item of object) {
        if (state.remaining <= 0) {
          out.push(`${TRUNCATION_MARKER} items]`);
          break;
        }
        out.push(copy(item, depth + 1, state));
      }
      return out;
    }
    // Keys, then values: no [key, value] pair per property on a copy made for every event.
    const map = object instanceof Map ? object : undefined;
    const record = object as Record<string, unknown>;
    const keys: unknown[] = map ? [...map.keys()] : Object.keys(record);
    const out: { [key: string]: SafeValue } = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const item = map ? map.get(key) : record[key as string];
      if (state.remaining <= 0) {
        out['…'] = `${TRUNCATION_MARKER} keys]`;
        break;
      }
      if (typeof item === 'function' && !map) continue;
      out[safeString(String(key), state)] = copy(item, depth + 1, state);
    }
    return out;
  } catch (error) {
    // A getter or proxy that throws: keep what is known, say why the rest is missing.
    return `[Unreadable: ${error instanceof Error ? error.message : 'error'}]`;
  } finally {
    state.ancestors.pop();
  }
}

function safeString(text: string, state: CopyState): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  if (wellFormed.length <= state.remaining) {
    state.remaining -= wellFormed.length;
    return wellFormed;
  }
  const keep = Math.max(0, state.remaining);
  state.remaining = 0;
  return `${wellFormed.slice(0, keep).toWellFormed()}${TRUNCATION_MARKER} ${wellFormed.length - keep} chars]`;
}
