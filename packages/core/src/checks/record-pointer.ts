/**
 * A lookup whose result points elsewhere — the record was merged into, moved to or replaced by
 * another (`"merged_into": "4471930"`, "superseded by PO-2291") — answered as if it were the whole
 * story: the agent never looked the other record up and never says it exists ("0 injections found
 * … treatment-naive"). What it reports is the empty shell of a record that lives on elsewhere.
 */
import type { ToolCall } from '../model/trace.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { valuesText } from './handoff-text.ts';

const POINTER_KEY =
  /^(?:merged[_-]?into|moved[_-]?to|superseded[_-]?by|replaced[_-]?by|redirect(?:ed)?[_-]?to|forwarded[_-]?to|successor(?:[_-]?id)?|current[_-]?(?:id|record)|now[_-]?(?:under|at))$/i;
const POINTER_TEXT =
  /\b(?:merged into|moved to|superseded by|replaced by|redirected to|forwarded to|now (?:held )?under)\s+(?:record\s+|no\.?\s*|number\s+|#\s*)?((?=[\w/-]*\d)[A-Z0-9][\w/-]{2,})/i;

/** A day or a time, which a record is moved to, not a record it lives on as. */
const WHEN = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{1,2}:\d{2})/;

/** Where a result says its record now lives: the other record's identifier. */
export function pointerOf(result: unknown): string | undefined {
  const found = pointerIn(result);
  return found && !WHEN.test(found) ? found : undefined;
}

function pointerIn(result: unknown): string | undefined {
  let found: string | undefined;
  const visit = (value: unknown, depth: number) => {
    if (found || !value || typeof value !== 'object' || depth > 6) return;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (
        POINTER_KEY.test(key) &&
        (typeof item === 'string' || typeof item === 'number') &&
        /^[\w/-]*\d[\w/-]*$/.test(`${item}`) &&
        `${item}`.length >= 3
      )
        found = `${item}`;
      else visit(item, depth + 1);
    }
  };
  visit(parsedResult(result, 20_000), 0);
  if (found) return found;
  return typeof result === 'string' && result.length <= 20_000 ? POINTER_TEXT.exec(result)?.[1] : undefined;
}

/** The pointer of a call the turn never followed (no later call names it) and the output never names. */
export function unfollowedPointer(
  calls: readonly ToolCall[],
  output: string,
): { call: string; pointer: string } | undefined {
  for (const [i, call] of calls.entries()) {
    if (call.error) continue;
    const pointer = pointerOf(call.result);
    if (!pointer) continue;
    const named = new RegExp(`(?<![\\w-])${escapeRegExp(pointer)}(?![\\w-])`, 'i');
    if (named.test(output)) continue;
    if (calls.slice(i + 1).some((later) => named.test(valuesText(later.args)))) continue;
    return { call: call.name, pointer };
  }
  return undefined;
}
