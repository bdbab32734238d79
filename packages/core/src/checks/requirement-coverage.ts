/**
 * A choice among listed options that meets fewer of the task's listed requirements than another
 * option on the same list: asked for someone certified, in person and female, the booker books the
 * one whose row says "video link only" while another row says "in person". The task's requirements
 * are its list items; an option is a row of a tool's table or list; the chosen one is the row the
 * receiver names in what it did.
 */

/** A list item of a task: "• in person (no remote)", "- court-certified", "2. female". */
const ITEM = /^\s*(?:[-•*–]|\d+[.)])\s+(.+)$/;
/** Items that are wishes, not requirements. */
const WISH = /\b(?:prefer(?:ably|red)?|ideally|if possible|nice to have|optional|bonus)\b/i;

const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The task's requirements: its list items, each cut before an aside in brackets. */
function requirementsOf(task: string): string[] {
  return task
    .split('\n')
    .map((line) => ITEM.exec(line)?.[1])
    .filter((item): item is string => item !== undefined && !WISH.test(item))
    .map((item) => squash(item.replace(/\(.*$/, '')))
    .filter((item) => item.length >= 3 && item.split(' ').length <= 4);
}

/** Rows of a listing: table rows or list lines, at least two of the same shape. */
function optionsOf(source: string): { key: string; text: string }[] {
  const lines = source.split('\n').map((line) => line.trim());
  const table = lines.filter((line) => line.startsWith('|') && !/^\|[\s:|-]+\|$/.test(line));
  const rows = table.length >= 3 ? table.slice(1) : lines.filter((line) => ITEM.test(line));
  return rows
    .map((text) => {
      const first = text
        .replace(/^\s*(?:[-•*–|]|\d+[.)])\s*/, '')
        .split(/\s*[|:,(]\s*/)[0]!
        .trim();
      return { key: squash(first), text: squash(text) };
    })
    .filter((row) => row.key.length >= 3);
}

export function fewerRequirementsMet(
  task: string,
  source: string,
  actions: string,
): { chosen: string; better: string; missing: string[] } | undefined {
  const requirements = requirementsOf(task);
  if (requirements.length < 2) return undefined;
  const options = optionsOf(source);
  if (options.length < 2) return undefined;
  const done = ` ${squash(actions)} `;
  const chosen = options.filter((row) => done.includes(` ${row.key} `));
  if (chosen.length !== 1) return undefined;
  // "no wheelchair access" names the requirement and says the option lacks it.
  const met = (row: { text: string }) =>
    requirements.filter(
      (r) =>
        ` ${row.text} `.includes(` ${r} `) &&
        !/ (?:no|not|non|without) $/.test(` ${row.text} `.split(` ${r} `)[0]! + ' '),
    );
  const own = met(chosen[0]!);
  const better = options.find((row) => met(row).length > own.length && met(row).length >= 2);
  if (!better) return undefined;
  return {
    chosen: chosen[0]!.key,
    better: better.key,
    missing: met(better).filter((r) => !own.includes(r)),
  };
}
