/**
 * A task that limits the work to a run of a numbered series ("measure L1 to L6 only", "bays 3–8
 * only"), and a receiver whose deed lists, in one list with members of that run, an item outside
 * it ("levels: GF, L1 … L6"): it worked on more than it was given.
 */

const RANGE = /\b([A-Z]{1,3})\s?(\d{1,3})\s*(?:to|–|—|-|through|thru)\s*(?:\1\s?)?(\d{1,3})\b/g;
const ONLY = /\b(?:only|just|exclusively)\b/i;

export function outsideRange(
  task: string,
  calls: readonly { lists?: string[][] }[],
): { range: string; item: string } | undefined {
  for (const m of task.matchAll(RANGE)) {
    const around = task.slice(Math.max(0, m.index - 24), m.index + m[0].length + 16);
    if (!ONLY.test(around)) continue;
    const [label, low, high] = [m[1]!, Number(m[2]), Number(m[3])];
    if (high <= low) continue;
    const inRange = (item: string) => {
      const code = item.trim().toUpperCase();
      const n = code.startsWith(label) ? Number(code.slice(label.length)) : Number.NaN;
      return n >= low && n <= high;
    };
    for (const list of calls.flatMap((call) => call.lists ?? [])) {
      const members = list.filter(inRange);
      const outside = list.find((item) => !inRange(item));
      if (members.length >= 2 && outside !== undefined) return { range: m[0], item: outside };
    }
  }
  return undefined;
}

/** A task that limits the work to the items it lists: "ONLY these four", "just the 3 below", "these units only". */
const LISTED_ONLY =
  /\b(?:only|just)\s+(?:these|those|the (?:listed|following|above|below)|the \d+|\d+\b|(?:these|those)\s+\w+)|\b(?:these|those|the listed)\s+(?:\w+\s+)?only\b/i;
/** An argument that names everything instead of items: "all occupied", "every unit", "*". */
const EVERYTHING =
  /^\s*(?:all(?:\s+[a-z]+){0,2}|every(?:thing|one)?(?:\s+[a-z]+)?|entire\s+[a-z]+|whole\s+[a-z]+|\*)\s*$/i;

function stringValues(args: unknown, depth = 0): string[] {
  if (typeof args === 'string') return [args];
  if (depth > 3 || args === null || typeof args !== 'object') return [];
  return Object.values(args as Record<string, unknown>).flatMap((value) => stringValues(value, depth + 1));
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);

/**
 * A task that limits the work to the items it lists ("ONLY these four had water damage") and a
 * receiver whose call names everything instead (`units: "all occupied"`). A call whose name is about
 * what the task gives everyone ("all other tenants get the courtesy letter") is not this work.
 */
export function allInsteadOfListed(
  task: string,
  calls: readonly { name: string; args: unknown }[],
): { only: string; call: string } | undefined {
  const only = LISTED_ONLY.exec(task);
  if (!only) return undefined;
  const forAll = task
    .split(/(?<=[.;!?])\s+|\n+/)
    .filter((sentence) => /\b(?:all|every|everyone|each)\b/i.test(sentence))
    .map(wordsOf);
  for (const call of calls) {
    const name = wordsOf(call.name.replace(/[_-]/g, ' '));
    if (forAll.some((words) => [...name].some((w) => words.has(w)))) continue;
    const everything = stringValues(call.args).find((value) => EVERYTHING.test(value));
    if (everything === undefined) continue;
    const start = Math.max(0, task.lastIndexOf('\n', only.index) + 1);
    const end = task.indexOf('\n', only.index);
    return { only: task.slice(start, end < 0 ? undefined : end).trim(), call: `${call.name}(${everything})` };
  }
  return undefined;
}
