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
