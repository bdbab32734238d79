/**
 * Two people's slots swapped ("Deniz Aksoy EARLY <-> Lily Hart LATE", approved): afterwards each
 * holds the other's slot. A text that still puts one of them in their old slot — by its name or by
 * what the rota gives for it ("EARLY 06:30-14:30") — was written from before the swap.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';

export interface Swap {
  a: string;
  slotA: string;
  b: string;
  slotB: string;
  sentence: string;
}

const NAME = String.raw`(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)`;
/** A slot: a word in capitals ("EARLY", "LATE", "B12") or a span of clock times. */
const SLOT = String.raw`([A-Z][A-Z\d-]+|\d{1,2}[:.]\d{2}\s?[-–]\s?\d{1,2}[:.]\d{2})`;
const SWAP = new RegExp(
  String.raw`${NAME}\s+${SLOT}\s*(?:<->|<=>|↔|⇄|⟷|swaps? with)\s*${NAME}\s+${SLOT}`,
  'gu',
);
/** A swap not (yet) in force. */
const NOT_IN_FORCE = /\b(?:rejected|declined|refused|pending|requested|awaiting|cancell?ed|withdrawn)\b/i;
const CLOCK_SPAN = /\d{1,2}[:.]\d{2}\s?[-–]\s?\d{1,2}[:.]\d{2}/;

/** The approved swaps a text records: "Deniz Aksoy EARLY <-> Lily Hart LATE". */
export function swapsOf(text: string): Swap[] {
  if (!/<->|<=>|↔|⇄|⟷|swaps? with/.test(text)) return [];
  const found: Swap[] = [];
  for (const m of text.matchAll(SWAP)) {
    // The record it sits in: its line, or its JSON object.
    const start = Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('{', m.index));
    const end = [text.indexOf('\n', m.index), text.indexOf('}', m.index)].filter((i) => i >= 0);
    const record = text.slice(start + 1, end.length > 0 ? Math.min(...end) : undefined);
    if (NOT_IN_FORCE.test(record) || m[2] === m[4]) continue;
    found.push({ a: m[1]!, slotA: m[2]!, b: m[3]!, slotB: m[4]!, sentence: m[0] });
  }
  return found;
}

/** A slot's forms: its name, and the clock span a text gives right after it ("EARLY 06:30-14:30"). */
function formsOf(slot: string, context: string): string[] {
  const forms = [slot];
  const after = new RegExp(String.raw`\b${escapeRegExp(slot)}\b[^\n\d]{0,6}(${CLOCK_SPAN.source})`, 'i').exec(
    context,
  );
  if (after) forms.push(after[1]!);
  return forms.map((form) => form.replace(/\s/g, '').replace('–', '-').toLowerCase());
}

/**
 * Where `text` puts one of the swapped pair in their old slot: the slot form right after the
 * name, or the last one before it on its line with no other slot between.
 */
export function keepsOldSlot(text: string, swap: Swap, context: string): string | undefined {
  const a = formsOf(swap.slotA, context);
  const b = formsOf(swap.slotB, context);
  const flat = (s: string) => s.replace(/\s/g, '').replace(/–/g, '-').toLowerCase();
  for (const [person, old, current] of [
    [swap.a, a, b],
    [swap.b, b, a],
  ] as const) {
    // By full name, or by first name as lists and shift headers give them ("early Deniz, Priya").
    const name = `(?:${escapeRegExp(person)}|${escapeRegExp(person.split(' ')[0]!)})`;
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])${name}(?![\p{L}])`, 'gu'))) {
      const line = text.slice(
        text.lastIndexOf('\n', m.index) + 1,
        (text.indexOf('\n', m.index) + 1 || text.length + 1) - 1,
      );
      const at = m.index - (text.lastIndexOf('\n', m.index) + 1);
      const after = flat(
        line
          .slice(at + m[0].length)
          .split(/[,;(]/)[0]!
          .slice(0, 40),
      );
      const before = flat(line.slice(0, at));
      const lastOf = (forms: readonly string[]) => Math.max(...forms.map((f) => before.lastIndexOf(f)));
      const heldAfter = old.some((f) => after.includes(f)) && !current.some((f) => after.includes(f));
      const heldBefore = !after.match(/\d/) && lastOf(old) >= 0 && lastOf(old) > lastOf(current);
      if (heldAfter || heldBefore) return line.trim();
    }
  }
  return undefined;
}
