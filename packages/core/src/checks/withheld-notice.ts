/**
 * A list of notices the agent summarised, all but the one that stops its plan: the port's notices
 * give a draught limit, normal pilotage and a 72-hour stevedoring stoppage from the vessel's ETA;
 * the tracker reports the draught and the pilotage and not a word of the stoppage. The left-out item
 * bears on the answer: it names a day the answer (or its task) names.
 */
import { parsedResult } from '../util/parsed-result.ts';
import { findDates } from './normalize-values.ts';

/** Words of an item that stops or holds up work. */
const ADVERSE =
  /\b(?:stoppages?|strikes?|walk-?outs?|closures?|closed|shut(?:down)?|suspend(?:ed|s)?|suspension|cancell?(?:ed|ation)s?|outages?|disruptions?|delays?|delayed|embargo(?:es)?|blockades?|halt(?:ed)?|not (?:available|operating|running))\b/i;
/** Codes and figures that mark an item as the one said: "HMN-0311", "MV2-04", "13.5". */
const MARK = /(?<![\w.-])(?:[A-Za-z]+[-/]?\d[\w-]*|\d+\.\d+|\d{3,})(?![\w-])/g;
const LONG_WORD = /\b[A-Za-z]{7,}\b/g;

/** The items of a tool's result: its lines, or the entries of a JSON list. */
function itemsOf(result: unknown): string[] {
  const data = parsedResult(result, 20_000);
  if (Array.isArray(data))
    return data.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  const text = typeof result === 'string' ? result : '';
  return text.split('\n').filter((line) => line.trim().length >= 20);
}

/** Whether the output says this item: one of its codes, or two of its long words. */
function said(item: string, output: string, lower: string): boolean {
  if ((item.match(MARK) ?? []).some((mark) => !/^\d{4}$/.test(mark) && output.includes(mark))) return true;
  const words = new Set((item.match(LONG_WORD) ?? []).map((w) => w.toLowerCase()));
  return [...words].filter((w) => lower.includes(w)).length >= 2;
}

/**
 * The item of a tool's list that holds work up, on a day the output or its task names, left out of
 * an output that says others of the list and nothing of any hold-up.
 */
export function withheldNotice(result: unknown, output: string, task: string): string | undefined {
  if (ADVERSE.test(output)) return undefined;
  const items = itemsOf(result);
  if (items.length < 3) return undefined;
  const adverse = items.filter((item) => ADVERSE.test(item));
  const calm = items.filter((item) => !ADVERSE.test(item));
  if (adverse.length === 0 || calm.length === 0) return undefined;
  const lower = output.toLowerCase();
  if (!calm.some((item) => said(item, output, lower))) return undefined;
  const days = new Set(findDates(`${output}\n${task}`).map((d) => d.value));
  return adverse.find((item) => !said(item, output, lower) && findDates(item).some((d) => days.has(d.value)));
}
