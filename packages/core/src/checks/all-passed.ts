/**
 * A summary that says every item passed ("all 6 lots BG-401..406 passed") when what the agent was
 * given names some of them failing ("BG-403 (79.50, 9 defects) and BG-405 … fail"): the failures are
 * gone from what goes on. Items are codes with letters and digits; the answer must name none of the
 * failed ones and say nothing of a failure itself.
 */
import { STOP, sentencesOf } from './task-words.ts';

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

/** "8/8 exits", "6 of 8 exits", "6 von 8": a count out of a whole. */
const OUT_OF =
  /(?<![\d/.,])(\d{1,4})\s*(?:\/|\bof\b|\bvon\b|\bde\b|\bdi\b|\bav\b|\bvan\b|\bz\b|\bze\b|\bиз\b|\bз\b)\s*(\d{1,4})(?![\d/.,])/giu;
/** The words (four letters or more) of the three after a count, in its clause: what it counts. */
const countedWords = (text: string, end: number) =>
  (
    text
      .slice(end, end + 40)
      .split(/[;,.:!?\n(|]/)[0]!
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? []
  )
    .slice(0, 3)
    .filter((w) => !STOP.has(w));

/**
 * A whole count given where a source gave part of it for the same thing: the summary says "8/8 exits
 * open" after its worker reported "6/8 exits open" (two blocked). The same whole, a word of what
 * both count in common, a part below the whole on the source's side; the summary giving that part
 * anywhere tells of it.
 */
export function wholeOverPart(sources: readonly string[], output: string): string | undefined {
  const said = [...output.matchAll(OUT_OF)];
  const wholes = said.filter((m) => m[1] === m[2] && Number(m[1]) >= 2);
  if (wholes.length === 0) return undefined;
  const given = new Set(said.map((m) => `${Number(m[1])}/${Number(m[2])}`));
  const quote = (text: string, m: RegExpMatchArray) =>
    text.slice(m.index, m.index! + m[0].length + 24).trim();
  for (const whole of wholes) {
    // "fails 5/5": every one of them failed, no all-clear.
    if (FAILED.test(output.slice(Math.max(0, whole.index - 16), whole.index))) continue;
    const words = countedWords(output, whole.index + whole[0].length);
    for (const source of sources)
      for (const m of source.matchAll(OUT_OF)) {
        if (m[2] !== whole[2] || Number(m[1]) >= Number(m[2]) || given.has(`${Number(m[1])}/${Number(m[2])}`))
          continue;
        // Of one thing: a word of what each counts in common ("8/8 acil çıkış", "6/8 çıkış açık").
        const others = countedWords(source, m.index + m[0].length);
        if (!words.some((w) => others.some((o) => o.slice(0, 4) === w.slice(0, 4)))) continue;
        return `"${quote(source, m)}" (the output: "${quote(output, whole)}")`;
      }
  }
  return undefined;
}
