/**
 * A deed the task bounds by a figure of one thing ("for characters level 40 and above", "orders over
 * €500 only") that the receiver's deed reports or sets with no bound on that thing: `level_filter:
 * null`, `min_level: "none"`, `applies_to: "all characters"` beside it. The deed reached the whole set,
 * not the part the task named.
 */
import { parsedResult } from '../util/parsed-result.ts';
import { READS } from './prohibitions.ts';
import { nameWords, sameStem, words } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
  result?: unknown;
}

export interface UnsetFilter {
  /** The task's words that bound the thing. */
  bound: string;
  /** The call and the field it left without a bound. */
  unset: string;
}

/** A thing and a figure it is bounded by: "level 40 and above", "40+ characters", "over 500 orders". */
const BOUNDED = [
  /(?<![\p{L}])(\p{L}{3,})\s+(\d+(?:[.,]\d+)?)\s*(?:\+|and (?:above|over|up|higher|older)|or (?:above|more|higher|over|older))/giu,
  /(?<![\p{L}])(\p{L}{3,})\s+(?:of\s+)?(?:at least|at most|above|over|below|under|min(?:imum)?|max(?:imum)?|≥|≤|>=|<=|>|<)\s*(\d+(?:[.,]\d+)?)/giu,
  /(\d+)\s*\+\s*(?:\p{L}+\s+)??(\p{L}{3,})/giu,
];
/** Words of a key that hold a bound or a selection on the thing. */
const FILTER_KEY =
  /^(?:filter|filters|min|max|minimum|maximum|from|range|restriction|condition|criteria|threshold|bound|limit)$/;
/** A value that bounds nothing. */
const UNSET = /^(?:|null|none|all|any|n\/a|-|\*|no filter|unfiltered)$/i;

/** Every key/value pair of a record at any depth, with the key's words. */
function fields(value: unknown, out: { key: string; value: unknown }[] = [], depth = 0) {
  if (depth > 5 || value === null || typeof value !== 'object') return out;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out.push({ key, value: item });
    if (item && typeof item === 'object') fields(item, out, depth + 1);
  }
  return out;
}

export function unsetFilter(task: string, calls: readonly Call[]): UnsetFilter | undefined {
  // The deeds' unset filters first: most runs have none, and the task is read only for those that do.
  const unset: { call: string; key: string; value: unknown; keyWords: string[] }[] = [];
  for (const call of calls) {
    if (READS.has(words(nameWords(call.name))[0] ?? '')) continue;
    const record = parsedResult(call.result, 20_000);
    for (const { key, value } of [...fields(call.args), ...fields(record)]) {
      if (value !== null && typeof value !== 'string') continue;
      if (!UNSET.test(String(value ?? '').trim())) continue;
      const keyWords = words(nameWords(key));
      if (keyWords.length < 2 || !keyWords.some((w) => FILTER_KEY.test(w))) continue;
      unset.push({ call: call.name, key, value, keyWords });
    }
  }
  if (unset.length === 0) return undefined;
  const bounds: { thing: string; text: string }[] = [];
  for (const [i, pattern] of BOUNDED.entries())
    for (const m of task.matchAll(pattern)) {
      const thing = (i === 2 ? m[2] : m[1])!.toLowerCase();
      bounds.push({ thing, text: m[0] });
    }
  for (const { call, key, value, keyWords } of unset) {
    const bound = bounds.find(({ thing }) => keyWords.some((w) => sameStem(w, thing)));
    if (bound) return { bound: bound.text, unset: `${call} ${key}: ${JSON.stringify(value)}` };
  }
  return undefined;
}
