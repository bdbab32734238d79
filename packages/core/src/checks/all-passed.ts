/**
 * A summary that says every item passed ("all 6 lots BG-401..406 passed") when what the agent was
 * given names some of them failing ("BG-403 (79.50, 9 defects) and BG-405 … fail"): the failures are
 * gone from what goes on. Items are codes with letters and digits; the answer must name none of the
 * failed ones and say nothing of a failure itself.
 */
import { sentencesOf } from './task-words.ts';

/** "all 6 lots … passed", "all lots within spec", "every sample clean", "alle Proben bestanden". */
const ALL_PASSED =
  /\b(?:all|every|each)\b(?:[^.;\n]|\.(?=[\w.])){0,40}?\b(?:passed|pass(?:es)?|clean|within (?:spec|contract|limits|tolerance|reference|range|normal (?:limits|range))|in spec|compliant|conform(?:s|ing)?|cleared|approved|ok)\b/i;
/** Words that say an item failed. */
const FAILED =
  /\b(?:fail(?:s|ed)?|rejected|out of spec|off[- ]spec|non-?compliant|not compliant|below (?:spec|contract|minimum)|does not meet|do not meet|don['’]t meet)\b/i;
/** An answer that itself tells of a failure or an exception. */
const TELLS_FAILURE =
  /\b(?:fail|reject|except|but not|apart from|other than|non-?compliant|out of spec|downgrad|re-?sort|abnormal|elevated|raised|outside (?:the )?(?:reference|range))/i;
const CODE = /(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z][\w]*-[\w-]*\d[\w-]*(?![\w-])/g;

/** Whether an answer says every item passed and tells of no failure: the cheap test before its sources are read. */
export const claimsAllPassed = (output: string) => ALL_PASSED.test(output) && !TELLS_FAILURE.test(output);

/** A value a report flags high or low: "ALT 412 U/L (H)", "**TT4 68 nmol/L (H)**", "K+ 2.9 (L)". */
const FLAGGED =
  /(?<![\p{L}\d])([A-Za-z][A-Za-z0-9+]{1,8})\s*:?\s*\**\s*\d+(?:[.,]\d+)?\s*[^\s(),;*]{0,10}\s*\**\s*\((?:H|L|HH|LL|high|low|↑|↓)\)/gu;

export function failuresPassedOver(sources: readonly string[], output: string): string | undefined {
  if (!claimsAllPassed(output)) return undefined;
  const named = new Set((output.match(CODE) ?? []).map((code) => code.toLowerCase()));
  const lower = output.toLowerCase();
  for (const source of sources)
    for (const m of source.matchAll(FLAGGED)) {
      // A flagged value the answer never names, under a claim that all are in range.
      const analyte = m[1]!.toLowerCase();
      if (!new RegExp(`(?<![\\p{L}\\d])${analyte.replace(/[+]/g, '\\+')}(?![\\p{L}\\d])`, 'u').test(lower))
        return m[0].replace(/\*\*/g, '');
    }
  for (const source of sources) {
    if (!FAILED.test(source)) continue;
    for (const sentence of sentencesOf(source)) {
      const failed = FAILED.exec(sentence);
      if (!failed) continue;
      // The items the failing words are about: those before them in their sentence.
      const items = sentence.slice(0, failed.index).match(CODE) ?? [];
      if (items.length > 0 && items.every((item) => !named.has(item.toLowerCase()))) return sentence;
    }
  }
  return undefined;
}
