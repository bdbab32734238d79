import type { AgentTurn } from '../model/trace.ts';
import { containment, fingerprint, SHINGLE_WORDS, wordsOf } from './fingerprint.ts';

/** A string value inside a structured output, with where it sits. */
export interface Leaf {
  path: (string | number)[];
  text: string;
}

const MAX_JSON = 1_000_000;

/** A turn's structured output (a router's decision, a plan): its payload, else its text when that is a JSON object or array. */
export function structuredOutput(turn: AgentTurn): unknown {
  if (turn.outputPayload !== undefined && typeof turn.outputPayload === 'object') return turn.outputPayload;
  const text = turn.output?.trim() ?? '';
  if (text.length > MAX_JSON || !(text.startsWith('{') || text.startsWith('['))) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function leavesOf(value: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (out.length >= 256) return out;
  if (typeof value === 'string') {
    if (/\p{L}/u.test(value) && value.trim().length >= 3) out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) leavesOf(item, [...path, i], out);
  } else if (value && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) leavesOf(item, [...path, key], out);
  return out;
}

/** The part of `value` holding every matched leaf: their deepest common container. */
export function payloadOf(value: unknown, leaves: Leaf[]): unknown {
  let prefix = leaves[0]!.path;
  for (const leaf of leaves.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < leaf.path.length && prefix[i] === leaf.path[i]) i++;
    prefix = prefix.slice(0, i);
  }
  let node = value;
  for (const key of prefix) node = (node as Record<string | number, unknown>)[key];
  if (typeof node !== 'string') return node;
  const key = prefix.at(-1);
  return typeof key === 'string' ? { [key]: node } : node;
}

/**
 * The part of a structured value whose string values a text shows: a plan of three briefs handed to
 * a worker whose prompt holds only its own brief gives that brief. Sibling values sharing a template
 * are judged by the words only they have. Returns the value itself when none or all of it is shown.
 */
export function shownPart(value: unknown, text: string, threshold = 0.5): unknown {
  if (value === null || typeof value !== 'object') return value;
  const leaves = leavesOf(value).filter((leaf) => wordsOf(leaf.text).length >= SHINGLE_WORDS);
  if (leaves.length < 2) return value;
  const shown = fingerprint(text);
  const counts = new Map<number, number>();
  for (const leaf of leaves)
    for (const shingle of fingerprint(leaf.text)) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  const matched = leaves.filter((leaf) => {
    const own = fingerprint(leaf.text);
    const distinct = new Set([...own].filter((shingle) => counts.get(shingle) === 1));
    return containment(distinct.size > 0 ? distinct : own, shown) >= threshold;
  });
  if (matched.length === 0 || matched.length === leaves.length) return value;
  return payloadOf(value, matched);
}
