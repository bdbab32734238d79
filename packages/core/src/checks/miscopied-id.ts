import { stableStringify } from '../util/stable-stringify.ts';
import { textOf } from '../util/text-of.ts';

/** A reference: capitals and a number of three digits or more ("BBL-4417", "PO 88213", "INV2291"). */
const REFERENCE = /\b([A-Z]{1,6})[ -]?(\d{3,})\b(?![-/.]\d)/g;

function referencesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(REFERENCE)) out.set(`${m[1]}${m[2]}`, m[0]);
  return out;
}

/**
 * Same length, and one digit changed or two swapped ("4417" → "4471", "4417" → "4437"); the next or
 * previous number of a series ("INV-2292" after "INV-2291") is another record, not a slip.
 */
function nearCopy(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || Math.abs(Number(a) - Number(b)) === 1) return false;
  const differ = [...a].flatMap((digit, i) => (digit === b[i] ? [] : [i]));
  if (differ.length === 1) return true;
  return differ.length === 2 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!];
}

/**
 * A reference the task gave that the receiver's call wrote with one digit changed or two swapped
 * (told "TO: BBL-4417", it booked `to_account: "BBL-4471"`), when nothing it had been shown by then
 * holds the reference it wrote and no call of its own holds the one it was given: it copied the
 * task's reference wrong, and acted on another record.
 */
export function miscopiedReference(
  task: string,
  shown: string,
  calls: readonly { name: string; args: unknown; result?: unknown }[],
): { given: string; written: string; call: string } | undefined {
  const given = referencesOf(task);
  if (given.size === 0) return undefined;
  const args = calls.map((call) => stableStringify(call.args ?? ''));
  const used = referencesOf(args.join('\n'));
  let seen = `${task}\n${shown}`;
  for (const [i, call] of calls.entries()) {
    for (const [key, written] of referencesOf(args[i]!)) {
      if (given.has(key) || seen.includes(written)) continue;
      const label = key.replace(/\d+$/, '');
      const digits = key.slice(label.length);
      for (const [other, text] of given) {
        if (!other.startsWith(label) || !/^\d+$/.test(other.slice(label.length))) continue;
        if (used.has(other) || !nearCopy(other.slice(label.length), digits)) continue;
        if (referencesOf(seen).has(key)) continue;
        return { given: text, written, call: `${call.name}(${args[i]!.slice(0, 160)})` };
      }
    }
    seen += `\n${textOf(call.result ?? '')}`;
  }
  return undefined;
}

/** Whether a text writes the number's digits as one number in another form: "620-1187" in `"+15556201187"`. */
const dialled = (text: string, code: string) => {
  const digits = code.replace(/\D/g, '');
  return (text.match(/\+?\d[\d\s().-]{5,}\d/g) ?? []).some((n) => n.replace(/\D/g, '').includes(digits));
};

/** A part or record number of digit groups, with a prefix of capitals or not: "382-1204", "PV-2027-01342". */
const DIGIT_GROUPS = /(?<![\w-])(?:[A-Z]{1,4}-)?\d{2,6}(?:-\d{2,8})+(?![\w-])/g;
/** Its shape: its prefix and the length of each group ("382-1204" → "3-4", "PV-2027-01342" → "PV-4-5"). */
const shapeOf = (code: string) =>
  code
    .split('-')
    .map((group) => (/^\d+$/.test(group) ? group.length : group))
    .join('-');
const isDay = (code: string) => /^\d{4}-\d{2}(?:-\d{2})?$|^\d{2}-\d{2}-\d{4}$/.test(code);

/**
 * A number of digit groups the task gave ("seal kit 382-1204", "Book FU#2 into PV-2027-01342") that
 * the receiver's call replaced with another of the same shape (`material: "456-7710"`, `case:
 * "PV-2027-01409"` from its own search), where no message it was given names the new one and the
 * task's number appears nowhere in what it did or its tools returned: it acted on another record.
 */
export function substitutedNumber(
  task: string,
  shown: string,
  calls: readonly { name: string; args: unknown; result?: unknown }[],
  output: string,
): { given: string; written: string; call: string } | undefined {
  const given = [...new Set(task.match(DIGIT_GROUPS) ?? [])].filter((code) => !isDay(code));
  if (given.length === 0) return undefined;
  const done = `${calls.map((call) => `${stableStringify(call.args ?? '')}\n${textOf(call.result ?? '')}`).join('\n')}\n${output}`;
  for (const call of calls) {
    const args = stableStringify(call.args ?? '');
    const numbers = [...new Set(args.match(DIGIT_GROUPS) ?? [])];
    for (const written of numbers) {
      // A number the task or another message it was given names is one it was pointed to.
      if (isDay(written) || task.includes(written) || shown.includes(written)) continue;
      const digits = written.replace(/\D/g, '').length;
      // One number of that shape in the task, of six digits or more, and none of it in the work done.
      const rivals = given.filter((code) => shapeOf(code) === shapeOf(written));
      // The call acts on one record of that shape: a list of several is a selection, not a swap.
      const alike = numbers.filter((code) => shapeOf(code) === shapeOf(written)).length;
      if (
        rivals.length !== 1 ||
        alike !== 1 ||
        digits < 6 ||
        done.includes(rivals[0]!) ||
        dialled(done, rivals[0]!)
      )
        continue;
      return { given: rivals[0]!, written, call: `${call.name}(${args.slice(0, 160)})` };
    }
  }
  return undefined;
}
