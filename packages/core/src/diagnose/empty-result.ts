/** The header a code executor puts before what the program printed (`exitcode: 0 (…)`, `Code output:`). */
const RUN_HEADER =
  /^[^\n]{0,80}?\bexit(?:ed with)?(?:\s+[A-Za-z]+){0,2}?\s*code\b[^\n]*\n?|^\s*(?:code )?output:/gim;
/** Printed values that hold nothing. */
const NOTHING = /^(?:\[\s*\]|\{\s*\}|\(\s*\)|none|null|nan|undefined|empty dataframe\b[\s\S]*)$/i;
/** A program saying it found nothing: "No entries found", "could not find the table". */
const FOUND_NOTHING =
  /\b(?:no\b[^\n]{0,60}\bfound|not found|could(?: not|n't) (?:find|locate)|nothing found)\b/i;
/** Finding no problems is a check's result, not a lookup that got nothing: "No errors found". */
const CLEAN_CHECK =
  /\bno (?:\w+ )?(?:errors?|issues?|problems?|warnings?|differences?|conflicts?|duplicates?|violations?|vulnerabilit\w+)\b/i;

/**
 * A successful run that returned nothing to work with: no output, only empty values (`[]`, `None`),
 * labels with no value after them (`Result: `), or a message that nothing was found. For a run known
 * to have failed, such a run is a silent failure of the code's author: the step did not get what it
 * was written to get, and the team went on without it.
 */
export function isEmptyResult(result: unknown): boolean {
  if (result === undefined) return false; // never finished: not a result at all
  if (result === null) return true;
  if (Array.isArray(result)) return result.length === 0;
  if (typeof result === 'object') return Object.keys(result).length === 0;
  if (typeof result !== 'string') return false;
  const body = result.replace(RUN_HEADER, '').trim();
  if (body === '') return true;
  const lines = body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.every((line) => NOTHING.test(line) || /:\s*(?:\[\s*\]|\{\s*\}|none|null)?$/i.test(line)))
    return true;
  return lines.length <= 3 && lines.some((line) => FOUND_NOTHING.test(line) && !CLEAN_CHECK.test(line));
}
