/**
 * A task that asks for something done to all of a set ("apply CUSTOMS HOLD to ALL units under
 * booking MSKU-BK-7731902"), a receiver whose own lookup lists the set (three containers), and
 * whose deeds then act on some of them only, while its answer never names the rest: it acted on a
 * narrower task than it was given.
 */

import type { ToolCall } from '../model/trace.ts';
import { recordsOf } from './broken-cap.ts';
import { valuesText } from './handoff-text.ts';
import { nameWordList, sameStem, stem } from './task-words.ts';

/** "ALL units", "every container", "each of the pallets": the words that name the set. */
const ALL = /\b(?:all|every|each)\s+(?:(?:of|the|these|those|its|our)\s+)*([a-z]+)(?:\s+([a-z]+))?/gi;

/** What a listing calls its records: the key its array sits under, and the words of the tool's name. */
function listWords(call: ToolCall): string[] {
  const out = nameWordList(call.name);
  try {
    const parsed = JSON.parse(String(call.result)) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
      for (const [key, value] of Object.entries(parsed as Record<string, unknown>))
        if (Array.isArray(value)) out.push(...nameWordList(key));
  } catch {
    // Not JSON: the tool's name alone.
  }
  return out.map(stem);
}

/** The record's own name in a listing: its first string value that no other record shares. */
function nameOf(row: Record<string, unknown>, shared: ReadonlySet<string>): string | undefined {
  return Object.values(row).find(
    (value): value is string => typeof value === 'string' && value.length >= 4 && !shared.has(value),
  );
}

/** Letters and digits only, lower-cased: "MSKU 804412-7" and "MSKU8044127" are one unit. */
const squeeze = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export function partOfAll(
  task: string,
  calls: readonly ToolCall[],
  said: string,
): { done: string[]; left: string[] } | undefined {
  const sets = [...task.matchAll(ALL)].flatMap((m) => [m[1], m[2]].filter((w): w is string => !!w).map(stem));
  if (sets.length === 0) return undefined;
  for (const [at, listing] of calls.entries()) {
    if (typeof listing.result !== 'string') continue;
    // The task's "all" names this listing's records ("ALL units" and `units: [...]`).
    const named = listWords(listing);
    if (!sets.some((word) => named.some((w) => sameStem(w, word)))) continue;
    const rows = recordsOf(listing.result);
    if (rows.length < 2) continue;
    const seen = new Map<string, number>();
    for (const row of rows)
      for (const value of Object.values(row))
        if (typeof value === 'string') seen.set(value, (seen.get(value) ?? 0) + 1);
    const shared = new Set([...seen].filter(([, n]) => n > 1).map(([value]) => value));
    const names = rows.map((row) => nameOf(row, shared));
    if (names.some((name) => name === undefined)) continue;
    // Deeds after the listing: calls that name records of it in their arguments.
    const deeds = calls
      .slice(at + 1)
      .filter((call) => call.name !== listing.name)
      .map((call) => squeeze(valuesText(call.args)));
    const done = (names as string[]).filter((name) => deeds.some((args) => args.includes(squeeze(name))));
    if (done.length === 0 || done.length === rows.length) continue;
    const answer = squeeze(said);
    const left = (names as string[]).filter((name) => !done.includes(name));
    // A record the answer names by any value of its own (its id, or its name: "SUB-0219", "Bayshore
    // Electric") is one it accounted for.
    const ownValues = (name: string) =>
      Object.values(rows[(names as string[]).indexOf(name)]!).filter(
        (value): value is string => typeof value === 'string' && value.length >= 4 && !shared.has(value),
      );
    if (left.some((name) => ownValues(name).some((value) => answer.includes(squeeze(value))))) continue;
    return { done, left };
  }
  return undefined;
}
