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
