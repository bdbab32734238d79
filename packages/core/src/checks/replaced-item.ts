import { textOf } from '../util/text-of.ts';
import { sentencesOf } from './task-words.ts';

/** "X (replaces Y)", "X instead of Y", "X in place of Y": the task swaps an item for another. */
const REPLACES =
  /\b(?:replac(?:es|ing)|instead of|in place of|supersed(?:es|ing)|rather than)\s+(?:the\s+)?([^.;,)]+)/i;
/** Codes that name one product or part: GL28h, IPE 450, S355, 240×720. */
const CODE = /\b[A-Z]{1,4}\s?\d{2,4}[a-z]?\b|\b\d{2,4}\s?[×x]\s?\d{2,4}\b/g;

const codes = (text: string): string[] => [
  ...new Set((text.match(CODE) ?? []).map((c) => c.replace(/\s/g, ''))),
];
const squashed = (text: string): string => text.replace(/\s/g, '');

/**
 * A task that says which item replaces which ("7 × GL28h glulam beams (replaces stage-2 steel IPE
 * 450)") and a receiver whose tool call acts on the replaced item (IPE 450) and on none of the codes
 * of the new one: it worked from the old spec the task told it was gone (FM-2.5).
 */
export function replacedItemActedOn(
  task: string,
  calls: readonly { name: string; args: unknown }[],
): { old: string; call: string } | undefined {
  if (calls.length === 0 || !REPLACES.test(task)) return undefined;
  for (const sentence of sentencesOf(task)) {
    const match = REPLACES.exec(sentence);
    if (!match) continue;
    const before = codes(sentence.slice(0, match.index));
    const old = codes(match[1]!).filter((code) => !before.includes(code));
    if (before.length === 0 || old.length === 0) continue;
    for (const call of calls) {
      const args = squashed(textOf(call.args));
      const usesOld = old.filter((code) => args.includes(code));
      if (usesOld.length > 0 && !before.some((code) => args.includes(code)))
        return { old: usesOld.join(', '), call: `${call.name} ${textOf(call.args)}`.slice(0, 120) };
    }
  }
  return undefined;
}

/** Words that leave an item alone: "self-cleared, no action", "no repair needed", "leave as is". */
const LEFT_ALONE =
  /\b(?:no (?:action|work|fix|repair|visit|change)s?(?:\s+(?:needed|required|necessary))?|nothing to do|leave (?:it |them )?as is|do not touch|(?:self|auto)[- ]cleared)\b/i;
/** A unit's short code: compressor C2, dispenser D1, pump P12, line L-3. */
const UNIT = /\b[A-Z]{1,3}-?\d{1,3}\b/g;
const unitsOf = (text: string): string[] => [...new Set(text.match(UNIT) ?? [])];
/** Whether a text names a unit code as a whole segment ("D1" in "NZ-H70-D1", not in "D12"). */
const namesUnit = (text: string, unit: string): boolean =>
  new RegExp(`(?<![A-Za-z0-9])${unit}(?![A-Za-z0-9])`).test(text);

/**
 * A task that names a unit to leave alone ("D1 nozzle icing, self-cleared, no action") beside the
 * units to work on ("Plan C2 seal replacement"), and a receiver whose calls and answer work on the
 * one it was told to leave, naming none of the others in its calls: it took up the wrong item.
 */
export function leftAloneItemWorked(
  task: string,
  calls: readonly { name: string; args: unknown }[],
  output: string,
): { unit: string; call: string } | undefined {
  if (calls.length === 0 || !LEFT_ALONE.test(task)) return undefined;
  const sentences = sentencesOf(task);
  const left = new Set(sentences.filter((s) => LEFT_ALONE.test(s)).flatMap(unitsOf));
  const wanted = sentences.filter((s) => !LEFT_ALONE.test(s)).flatMap(unitsOf);
  for (const unit of wanted) left.delete(unit);
  if (left.size === 0 || wanted.length === 0) return undefined;
  const said = calls.map((call) => `${call.name} ${textOf(call.args)}`);
  if (said.some((text) => wanted.some((unit) => namesUnit(text, unit)))) return undefined;
  for (const unit of left) {
    const call = said.find((text) => namesUnit(text, unit));
    // Its answer works on it: a sentence naming it that does not leave it alone too.
    const works = sentencesOf(output).some((s) => namesUnit(s, unit) && !LEFT_ALONE.test(s));
    if (call && works) return { unit, call: call.slice(0, 120) };
  }
  return undefined;
}
