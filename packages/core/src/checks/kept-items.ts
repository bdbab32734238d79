/**
 * Items a receiver was told not to change, changed: a checker told "do not change dishes" that
 * hands on the numbered menu with a dish rewritten. Labels added to an item keep it; replacing its
 * words does not.
 */
import { stemsOf } from './task-words.ts';

const NO_CHANGE =
  /\b(?:do not|don['’]t|dont|never|must not|without)\s+(?:change|changing|alter|altering|modify|modifying|rewrite|rewriting|edit|editing|touch|touching)\b/i;
const NUMBERED = /(?:^|\s)(\d{1,2})[).]\s+/g;

/** Numbered items of a text ("1) Grilled leeks, romesco 2) Hake"), by number. */
function numberedItems(text: string): Map<string, string> {
  const marks = [...text.matchAll(NUMBERED)];
  const items = new Map<string, string>();
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = marks[i + 1]?.index ?? text.length;
    if (!items.has(mark[1]!)) items.set(mark[1]!, text.slice(start, end).trim());
  });
  return items;
}

/** The first item of the task the output restates with most of its words replaced, when told not to change them. */
export function changedItem(
  task: string,
  rules: string,
  output: string,
): { item: string; became: string } | undefined {
  if (!NO_CHANGE.test(rules) && !NO_CHANGE.test(task)) return undefined;
  const given = numberedItems(task);
  const handed = numberedItems(output);
  if (given.size < 2 || handed.size < 2) return undefined;
  for (const [number, item] of given) {
    const became = handed.get(number);
    if (!became) continue;
    const before = new Set(stemsOf(item));
    const after = new Set(stemsOf(became));
    if (before.size < 3) continue;
    const kept = [...before].filter((word) => after.has(word)).length;
    if (kept / before.size < 0.6) return { item, became };
  }
  return undefined;
}
