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
