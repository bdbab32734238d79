/**
 * Items a task limits the work to by their numbers ("trays for OR 4 and OR 6 only", "only Bus 3 and
 * Bus 7") that a deed of the receiver goes beyond with another item of the same series (`rooms: ["OR
 * 4", "OR 5", "OR 6"]`): it did more than it was told, often the very item the task held back.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { READS_ONLY } from './lexicon.ts';
import { textArgs } from './offered-options.ts';
import { nameWords } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
}

export interface BeyondListed {
  /** The task's words that limit the work. */
  rule: string;
  /** What the deed set beyond them, as `call key: value`. */
  used: string;
}

/** An item named by a noun and its number: "OR 4", "Bus 12", "Gate B7" is none (its number has letters). */
const ITEM = /(?<![\p{L}\d-])(\p{L}{1,12})[ -]?(\d{1,4})(?![\p{L}\d]|[.,:/-]\d)/gu;
const ONLY =
  /(?<![\p{L}])(?:only|solely|exclusively|nur|ausschließlich|seulement|uniquement|solo|solamente|sólo|somente|apenas|soltanto|unicamente|alleen|uitsluitend|tylko|jedynie|pouze|jen|endast|bara|kun|yalnızca|sadece|только|лише|тільки|hanya|chỉ)(?![\p{L}])/giu;

/** The items a sentence limits the work to: the run of items right before or right after its "only". */
function limited(sentence: string): { noun: string; numbers: number[] } | undefined {
  const items = [...sentence.matchAll(ITEM)].map((m) => ({
    noun: m[1]!.toLowerCase(),
    number: Number(m[2]),
    at: m.index,
    end: m.index + m[0].length,
  }));
  if (items.length === 0) return undefined;
  for (const only of sentence.matchAll(ONLY)) {
    const after = items.filter((item) => item.at > only.index);
    const before = items.filter((item) => item.end <= only.index);
    // "only OR 4 and OR 6" (not "only Bus 3 has a ramp", a fact): the first item within a few
    // characters after it. "OR 4 and OR 6 (gyne) only": nothing but a parenthesis between.
    const first = after[0];
    const afterRun =
      first !== undefined &&
      first.at - (only.index + only[0].length) <= 12 &&
      !/^\s*(?:is|are|was|has|have|had|can|could|may)\b/i.test(sentence.slice(after.at(-1)!.end));
    const last = before.at(-1);
    const beforeRun =
      last !== undefined && /^\s*(?:\([^()]*\))?\s*,?\s*$/.test(sentence.slice(last.end, only.index));
    const run = afterRun ? after : beforeRun ? before : [];
    // The series is the one of the item next to the word ("OR 6 … only", not "Wed 24" before it).
    const noun = (afterRun ? run[0] : run.at(-1))?.noun;
    if (!noun) continue;
    const series = run.filter((item) => item.noun === noun);
    const numbers = series.map((item) => item.number);
    // A range ("L1 to L6", "bays 3–7") holds every number between its ends.
    for (const [i, item] of series.slice(1).entries()) {
      const from = series[i]!;
      if (/^\s*(?:to|through|thru|until|till|[–-])\s*$/i.test(sentence.slice(from.end, item.at)))
        for (let n = from.number + 1; n < item.number && n - from.number <= 50; n++) numbers.push(n);
    }
    return { noun, numbers };
  }
  return undefined;
}

export function beyondListed(task: string, calls: readonly Call[]): BeyondListed | undefined {
  if (!new RegExp(ONLY.source, 'iu').test(task)) return undefined;
  for (const sentence of task.split(/(?<=[.!?])\s+|\n+/)) {
    const limit = limited(sentence);
    if (!limit) continue;
    const own = new RegExp(`^${escapeRegExp(limit.noun)}[ -]?(\\d{1,4})$`, 'iu');
    for (const call of calls) {
      if (READS_ONLY.test(nameWords(call.name))) continue;
      for (const { key, value } of textArgs(call.args)) {
        const m = own.exec(value);
        if (m && !limit.numbers.includes(Number(m[1])))
          return { rule: sentence.trim(), used: `${call.name} ${key}: ${value}` };
      }
    }
  }
  return undefined;
}
