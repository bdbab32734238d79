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

/** "KEEP my cleaner Ana's code active", "leave the Fri slot as is": what follows a keep verb, to the clause end. */
const KEEP = /\b(?:keep|retain|preserve|leave)\b([^.;!?\n]{3,80})/gi;
/** A deed that takes something away. */
const REMOVES = /\b(?:remov|clear|delet|revok|cancel|wip|disabl|deactivat|purg|eras)\w*/i;
/** Words that spare part of what a sentence removes: "all codes except Ana's". */
const SPARES =
  /\b(?:except|but not|apart from|other than|save for|kept|keeping|left|retained|still active)\b/i;
/** A name in a clause: a capitalised word that is not the clause's first ("Ana", "Thursday" aside). */
const NAME = /(?<=\s)\p{Lu}\p{Ll}{2,}(?=['’]s\b|\b)/gu;
const NOT_NAMES = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays January February March April June July August September October November December Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec Please Thanks'.split(
    ' ',
  ),
);

/**
 * A name the receiver was told to keep ("KEEP my cleaner Ana's code active") that its answer says it
 * took away ("Cleared all guest codes (Jonas, J garage, Ana)"): it did the opposite of what it was told.
 */
export function removedKeptItem(told: string, output: string): { kept: string; removed: string } | undefined {
  const names = new Set<string>();
  for (const m of told.matchAll(KEEP))
    for (const name of ` ${m[1]!}`.match(NAME) ?? []) if (!NOT_NAMES.has(name)) names.add(name);
  if (names.size === 0) return undefined;
  for (const sentence of output.split(/(?<=[.!?])\s+|\n+/)) {
    if (!REMOVES.test(sentence) || SPARES.test(sentence)) continue;
    for (const name of names)
      if (new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'u').test(sentence))
        return { kept: name, removed: sentence.trim() };
  }
  return undefined;
}
