import { parsedResult } from '../util/parsed-result.ts';
import { normalizeNumbers } from './normalize-values.ts';
import type { ScoreResult, ScorerInput } from './scorers.ts';
import { keyWords, STOP, stem } from './task-words.ts';

/** A result field that counts what is missing: `short_m2: 6`, `shortfall`, `backorder_qty`, `missing`. */
const SHORT_KEY = /short|shortfall|shortage|missing|back_?order|deficit|unfilled/i;
/** An answer that says all of it is there: "fully in stock", "all available", "no shortfall". */
const ALL_THERE =
  /\b(?:fully|all|entirely|completely|100 ?%)\s+(?:in stock|available|covered|on hand)\b|\bno short(?:age|fall)s?\b|\bnothing (?:missing|short)\b/i;
const NOT_ALL =
  /\b(?:not|partly|partially|except|but|only)\s+(?:\w+\s+){0,2}(?:in stock|available|covered)\b/i;

/** The positive shortfall counts of a result's records, by their field names (nested objects too). */
function shortfalls(result: unknown, depth = 0): { key: string; value: number }[] {
  if (depth > 4 || !result || typeof result !== 'object') return [];
  const out: { key: string; value: number }[] = [];
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    if (typeof value === 'number' && value > 0 && SHORT_KEY.test(key)) out.push({ key, value });
    else if (value && typeof value === 'object') out.push(...shortfalls(value, depth + 1));
  }
  return out;
}

/**
 * An answer that says everything is there ("38 m² fully in stock") when its own tool counted some
 * short (`"short_m2": 6`) and the answer never gives that count: the receiver plans on stock that is
 * not there.
 */
export function claimedInStock({ turn, output }: ScorerInput): ScoreResult | undefined {
  if (!ALL_THERE.test(output) || NOT_ALL.test(output)) return undefined;
  // (A result given as JSON text starts a level down, as when it was parsed on the way.)
  for (const call of turn.toolCalls)
    for (const { key, value } of shortfalls(
      parsedResult(call.result, 19_999),
      typeof call.result === 'string' ? 1 : 0,
    )) {
      if (new RegExp(`(?<![\\d.,])${value}(?![\\d]|[.,]\\d)`).test(normalizeNumbers(output))) continue;
      return {
        value: 0.2,
        reason: `the output says all of it is there, while ${call.name} returned ${key}: ${value}`,
      };
    }
  return undefined;
}

/** "0 critical queries", "no open queries", "zero defects": an answer that says none of a thing. */
const NONE_OF = /(?<![\w.,/-])(?:0|no|zero|nil)\s+((?:[a-z]{3,}\s+)?[a-z]{3,})\b(?!\s*[\d≥>≤<])/gi;
/** Keys for what is no longer there: `critical_closed`, `resolved`, `prior_open`. */
const NOT_NOW = /closed|resolved|fixed|cleared|answered|prior|previous|before|last|old|history|total_ever/i;

/** Keys of a flag that says whether a record's thing applies: `eligible`, `qualifies`, `approved`, `payable`. */
const DOES_APPLY = /eligib|qualif|approv|grant|entitl|payable|applies|applicable|awarded|met$|passed/i;
/** The positive numbers of a result's records with the words of their keys and the keys above them. */
function keyedCounts(
  result: unknown,
  above: string[] = [],
  depth = 0,
): { key: string; words: string[]; value: number }[] {
  if (depth > 5 || !result || typeof result !== 'object' || Array.isArray(result)) return [];
  const out: { key: string; words: string[]; value: number }[] = [];
  const entries = Object.entries(result as Record<string, unknown>);
  // A record that says it does not apply (`eligible: false` beside `bonus: 15000`) gives what would be.
  const notHeld = entries.some(([key, value]) => value === false && DOES_APPLY.test(key));
  for (const [key, value] of entries) {
    const path = [...above, key];
    if (typeof value === 'number' && value > 0 && Number.isInteger(value)) {
      if (!notHeld)
        out.push({ key: path.join('.'), words: path.flatMap((k) => keyWords(k).map(stem)), value });
    } else if (value && typeof value === 'object') out.push(...keyedCounts(value, path, depth + 1));
  }
  return out;
}

/**
 * An answer that says there are none of a thing ("0 critical queries open") where its own tool
 * counted them (`by_severity.critical: 3`) and the answer never gives that count: the receiver acts on
 * a clean bill the data did not give. Keys for what was closed or before do not count.
 */
export function deniedCount({ turn, output }: ScorerInput): ScoreResult | undefined {
  const denied = [...output.matchAll(NONE_OF)]
    .map((m) =>
      m[1]!
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => !STOP.has(w))
        .map(stem),
    )
    .filter((words) => words.length > 0);
  if (denied.length === 0) return undefined;
  for (const call of turn.toolCalls) {
    const counts = keyedCounts(parsedResult(call.result, 19_999));
    for (const words of denied) {
      // The count whose key names most of the words, the first (the kind: "critical" of "0 critical
      // queries") before the rest.
      const named = (count: { words: string[] }) =>
        words.reduce((sum, w, i) => sum + (count.words.includes(w) ? (i === 0 ? 2 : 1) : 0), 0);
      // The kind must be the key's ("no EUR elections" is not `euroclear.elections.USD`).
      const [count] = counts
        .filter((c) => !NOT_NOW.test(c.key) && c.words.includes(words[0]!))
        .sort((a, b) => named(b) - named(a));
      // The count given in any grouping ("18 342") is given.
      if (!count || new RegExp(`(?<![\\d.,])${count.value}(?![\\d]|[.,]\\d)`).test(normalizeNumbers(output)))
        continue;
      return {
        value: 0.2,
        reason: `the output says there are none, while ${call.name} returned ${count.key}: ${count.value}`,
      };
    }
  }
  return undefined;
}
