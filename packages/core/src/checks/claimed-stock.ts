import { parsedResult } from '../util/parsed-result.ts';
import type { ScoreResult, ScorerInput } from './scorers.ts';

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
      if (new RegExp(`(?<![\\d.,])${value}(?![\\d]|[.,]\\d)`).test(output)) continue;
      return {
        value: 0.2,
        reason: `the output says all of it is there, while ${call.name} returned ${key}: ${value}`,
      };
    }
  return undefined;
}
