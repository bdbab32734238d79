import { textMemo } from '../util/text-memo.ts';
import { READS } from './prohibitions.ts';
import { hasId } from './stated-supersession.ts';
import { nameWords, STOP, sameStem, sentencesOf, stem, stemsOf, words } from './task-words.ts';

/** Words that join list items without being one ("on Android and on iOS"). */
const LEAD = new Set([...STOP, 'both', 'required', 'requirements', 'must', 'need', 'needs']);
const MAX_ITEM_WORDS = 4;
const REQUIRED =
  /\b(?:required|requirements?|requires?|must (?:have|include|cover|meet)|criteria|mandatory|needs? (?:to have|both)|both)\b\s*:?\s*/i;

interface Item {
  text: string;
  stems: string[];
}

function item(text: string): Item | undefined {
  const stems = words(text)
    .filter((w) => !LEAD.has(w))
    .map(stem);
  return stems.length > 0 ? { text: text.trim(), stems } : undefined;
}

/**
 * Lists a task asks for as a whole: short items joined by commas or "and" after a word that says
 * all are needed ("Required: German C1 or better, 3+ years in customer success"), and pairs of names
 * ("on Android and on iOS"). "A or B" asks for one of them and is one item.
 */
export const enumerations: (task: string) => Item[][] = textMemo(findEnumerations);

function findEnumerations(task: string): Item[][] {
  const lists: Item[][] = [];
  for (const sentence of sentencesOf(task)) {
    // Only a list the task says it needs as a whole: a fact list ("Update X: 1240 swept, 3
    // affected, …") is something to report, and a summary may leave a fact out.
    const marker = REQUIRED.exec(sentence);
    const rest = marker ? sentence.slice(marker.index + marker[0].length).replace(/[.!?]$/, '') : '';
    // A bare "both" joins two things ("both the tyres and the brakes"), up to the end of its clause;
    // "in date over both days, washout due?" lists nothing.
    const both = marker !== null && /^both\b/i.test(marker[0]);
    const items = !marker
      ? []
      : both
        ? (rest.split(/[,;:]/)[0]!.split(/\s+\band\b\s+/).length === 2
            ? rest.split(/[,;:]/)[0]!.split(/\s+\band\b\s+/)
            : []
          ).map(item)
        : rest.split(/\s*(?:,|;|&|\band\b)\s*/).map(item);
    if (
      items.length >= 2 &&
      items.every((i): i is Item => i !== undefined && i.stems.length <= MAX_ITEM_WORDS)
    )
      lists.push(items as Item[]);
    // Names (capitalised, mixed case or with digits) paired by "and" anywhere in the sentence; not
    // the inner words of two longer names ("Cruciform LT1 and Roberts G06" pairs no "LT1 and Roberts").
    for (const match of (/\sand\s/.test(sentence) ? sentence : '').matchAll(
      /\b([\p{Lu}\p{N}][\p{L}\p{N}+-]*|\p{Ll}+\p{Lu}[\p{L}]*)\s+and\s+(?:(?:on|in|for|at|to|both)\s+)?([\p{Lu}\p{N}][\p{L}\p{N}+-]*|\p{Ll}+\p{Lu}[\p{L}]*)\b(?!\s+[\p{Lu}\p{N}])/gu,
    )) {
      // (A capitalised first word of the sentence is no name: "Ship Leeds and Hull".)
      const before = NAME_BEFORE.exec(sentence.slice(0, match.index));
      if (before && sentence.slice(0, before.index).trim() !== '') continue;
      const pair = [item(match[1]!), item(match[2]!)];
      if (pair.every((i) => i !== undefined && i.stems.length === 1)) lists.push(pair as Item[]);
    }
  }
  return lists;
}

/** A name word right before a match: the match starts inside a longer name. */
const NAME_BEFORE = /(?<![\p{L}\p{N}+-])[\p{Lu}\p{N}][\p{L}\p{N}+-]*\s+$/u;

const has = (stems: readonly string[], word: string): boolean => stems.some((s) => sameStem(s, word));

/**
 * Items of a list the receiver parameterised a tool call by (every word of the item in the call's
 * arguments) while another item of the same list appears nowhere in what it did or said: it acted
 * on a narrower task than it was given.
 */
export function droppedItems(
  task: string,
  calls: readonly { name: string; args: string }[],
  said: string,
): { dropped: string; kept: string }[] {
  if (calls.length === 0) return [];
  const lists = enumerations(task);
  if (lists.length === 0) return [];
  const args = stemsOf(calls.map((c) => c.args).join('\n'));
  const everything = [
    ...stemsOf(calls.map((c) => `${nameWords(c.name)} ${c.args}`).join('\n')),
    ...stemsOf(said),
  ];
  const out: { dropped: string; kept: string }[] = [];
  const reported = new Set<string>();
  for (const list of lists) {
    const covered = list.find((i) => i.stems.every((w) => has(args, w)));
    if (!covered) continue;
    for (const other of list) {
      if (other === covered || reported.has(other.text)) continue;
      if (other.stems.some((w) => has(everything, w))) continue;
      reported.add(other.text);
      out.push({ dropped: other.text, kept: covered.text });
    }
  }
  return out;
}

/** A line of a numbered or bulleted list. */
const LIST_LINE = /^\s*(?:\d{1,2}[.)]|[-*•])\s+(.+)$/gm;
/** Words that head a list as what must hold. */
const MUST_HOLD = /\b(?:constraints?|requirements?|rules?|conditions?|must|non-negotiables?)\b[^\n]*\n?\s*$/i;
/** A code in capitals: a staff code, a unit, a line ("RDE", "JWN", "L4"). */
const CAPS_CODE = /(?<![\w-])[A-Z][A-Z\d]{1,4}(?![\w-])/g;

/**
 * An item of a listed set of requirements that one call of the receiver leaves out while it carries
 * the others by their codes: the solver's constraints name JWN and MKT, the list's first item, RDE
 * (Mon–Wed only), is nowhere in them. Items are told apart by codes only they hold.
 */
export function listedCodeLeftOut(
  task: string,
  calls: readonly { name: string; args: string }[],
): { dropped: string; kept: string } | undefined {
  const lines = [...task.matchAll(LIST_LINE)];
  // A list the task heads as what must hold ("Hard constraints:"), not any list of notes.
  const head = lines.length > 0 ? task.slice(Math.max(0, lines[0]!.index - 120), lines[0]!.index) : '';
  if (lines.length < 3 || !MUST_HOLD.test(head)) return undefined;
  const items = lines.map((m) => ({ text: m[1]!, codes: new Set(m[1]!.match(CAPS_CODE) ?? []) }));
  const count = new Map<string, number>();
  for (const item of items) for (const code of item.codes) count.set(code, (count.get(code) ?? 0) + 1);
  const own = items
    .map((item) => ({ ...item, codes: [...item.codes].filter((code) => count.get(code) === 1) }))
    .filter((item) => item.codes.length > 0);
  if (own.length < 3) return undefined;
  for (const call of calls) {
    // A call that only looks the items up acts on none of them.
    if (READS.has(words(nameWords(call.name))[0] ?? '')) continue;
    const carried = own.filter((item) => item.codes.some((code) => hasId(call.args, code)));
    if (carried.length < 2) continue;
    const left = own.find((item) => !carried.includes(item));
    if (left) return { dropped: left.text.trim(), kept: carried.map((item) => item.codes[0]).join(', ') };
  }
  return undefined;
}

/** A code of capitals and digits: a lot, a batch, a unit ("0A2211", "L-14", "MR0921"). */
export const ITEM_CODE = /(?<![\w-])(?=[A-Z\d-]*\d)(?=[A-Z\d-]*[A-Z])[A-Z\d][A-Z\d-]{3,}(?![\w-])/g;
/** What joins the codes of one set ("or" offers a choice, and is not here). */
const AND_JOIN =
  /^\s*\**\s*(?:,|&|\+|\/|and|und|et|y|e|i|oraz|en|och|og|ve|és|a|và|и|та|ja|dan)?\s*\**\s*$/iu;
/** Whether a text names a code in full, or by its last part after its series' prefix ("TA-26-331/332/333"). */
const namesCode = (text: string, code: string): boolean => {
  if (hasId(text, code)) return true;
  const cut = code.lastIndexOf('-');
  if (cut <= 0) return false;
  const [prefix, last] = [code.slice(0, cut + 1), code.slice(cut + 1)];
  return text.includes(prefix) && new RegExp(`[/,&]\\s?${last}(?![\\w-])`).test(text);
};
const shapeOfCode = (code: string) => code.replace(/\d/g, '9').replace(/[A-Z]/g, 'A');

/**
 * A code of a set the task joins by "and" ("batches 0A2211 and 0A2212") that the receiver's calls
 * leave out while they act on another of the set, and that neither its calls nor its answer name:
 * it did part of what it was told.
 */
export function joinedCodeLeftOut(
  task: string,
  calls: readonly { name: string; args: string }[],
  said: string,
): { dropped: string; kept: string } | undefined {
  if (calls.length === 0) return undefined;
  const acting = calls.filter((call) => !READS.has(words(nameWords(call.name))[0] ?? ''));
  if (acting.length === 0) return undefined;
  for (const sentence of sentencesOf(task)) {
    const codes = [...sentence.matchAll(ITEM_CODE)];
    for (let start = 0; start < codes.length; start++) {
      const set = [codes[start]!];
      for (let next = start + 1; next < codes.length; next++) {
        const last = set.at(-1)!;
        const gap = sentence.slice(last.index + last[0].length, codes[next]!.index);
        if (!AND_JOIN.test(gap) || shapeOfCode(codes[next]![0]) !== shapeOfCode(last[0])) break;
        set.push(codes[next]!);
      }
      start += set.length - 1;
      if (set.length < 2) continue;
      const named = set.map((m) => m[0]);
      const carried = named.filter((code) => acting.some((call) => hasId(call.args, code)));
      if (carried.length === 0 || carried.length === named.length) continue;
      const left = named.find(
        (code) => !calls.some((call) => namesCode(call.args, code)) && !namesCode(said, code),
      );
      if (left) return { dropped: left, kept: carried.join(', ') };
    }
  }
  return undefined;
}

/** A case set apart for one item by a label: "EXCEPTION: cand C-0417 …", "Special case: unit U-12 …". */
const SET_APART =
  /\b(?:EXCEPTION|[Ee]xception|[Ss]pecial case|NB|N\.B\.)\s*:\s*(?:[a-z]+\s+){0,3}?([A-Z]{1,4}-?\d{2,6})\b/g;

/** An item the task says is part of the work: "that includes D3 in the basement", "including P7", "T4 too". */
const INCLUDED =
  /\b(?:includ(?:es|ing|e)|incl\.?|as well as|also|plus)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?([A-Z]{1,3}-?\d{1,3})\b|\b([A-Z]{1,3}-?\d{1,3})\s+(?:too|as well)\b/g;

/**
 * An item the task names as included ("each occupied room - that includes D3 in the basement")
 * that the receiver's calls leave out while they name others of its series (D1 and D2), and its
 * answer never names: it did the usual set, not the one it was told.
 */
export function includedLeftOut(
  task: string,
  calls: readonly { name: string; args: string }[],
  said: string,
): { dropped: string; kept: string }[] {
  const args = calls.map((c) => c.args).join('\n');
  const out: { dropped: string; kept: string }[] = [];
  // A case the task sets apart for one item ("EXCEPTION: cand C-0417 has 25% extra time + separate
  // room"): work that never names that item did not handle it.
  for (const m of task.matchAll(SET_APART)) {
    const item = m[1]!;
    if (!hasId(args, item) && !hasId(said, item)) out.push({ dropped: m[0].trim(), kept: 'the rest' });
  }
  for (const m of task.matchAll(INCLUDED)) {
    const item = (m[1] ?? m[2])!;
    const prefix = /^[A-Z]+/.exec(item)![0];
    if (hasId(args, item) || hasId(said, item)) continue;
    const siblings = [...args.matchAll(new RegExp(`(?<![\\w-])${prefix}-?\\d{1,3}(?![\\w-])`, 'g'))].map(
      (s) => s[0],
    );
    if (siblings.length === 0) continue;
    out.push({ dropped: item, kept: [...new Set(siblings)].join(', ') });
  }
  return out;
}

/** Item labels of a checklist: (a) (b) (c), a) b) c), (1) (2) (3) or 1) 2) 3). */
const LABEL = /(?:^|[\s,;:])\(?([a-h]|[1-9])\)\s+/g;
const nextLabel = (label: string): string => String.fromCharCode(label.charCodeAt(0) + 1);

/** The items of a labelled checklist in the task, when it has at least three labelled in order. */
function checklist(task: string): string[] {
  const marks = [...task.matchAll(LABEL)];
  for (let start = 0; start < marks.length; start++) {
    const run = [marks[start]!];
    for (const mark of marks.slice(start + 1)) {
      if (mark[1] !== nextLabel(run.at(-1)![1]!)) break;
      run.push(mark);
    }
    if (run.length < 3 || !['a', '1'].includes(run[0]![1]!)) continue;
    const items = run.map((mark, i) => {
      const from = mark.index! + mark[0].length;
      const to = i + 1 < run.length ? run[i + 1]!.index! : task.length;
      // The last item ends with its sentence.
      const text = task.slice(from, to).replace(/[,;]?\s*(?:and\s*)?$/, '');
      return i + 1 < run.length ? text : text.split(/(?<=[.!?])\s/)[0]!.replace(/[.!?]$/, '');
    });
    // Labels that refer to items ("signs (2) and (3) get …") rather than open them: a label with
    // nothing after it before the next one is no checklist.
    if (items.some((text) => words(text).every((w) => STOP.has(w)))) continue;
    return items;
  }
  return [];
}

/**
 * Items of a checklist the task labels one by one ("(a) alcohol statement, (b) net contents, …,
 * (e) 'Contains Sulfites' declaration") that the receiver's answer never addresses (none of the
 * item's words), while it does address others: it went through the list and left one out.
 */
export function skippedChecklistItems(task: string, said: string): string[] {
  const items = checklist(task);
  if (items.length === 0) return [];
  const saidStems = stemsOf(said);
  const addressed = (text: string) =>
    words(text)
      .filter((w) => !LEAD.has(w))
      .some((w) => has(saidStems, stem(w)));
  const skipped = items.filter((text) => !addressed(text));
  return skipped.length > 0 && items.length - skipped.length >= 2 ? skipped.map((s) => s.trim()) : [];
}

/** "rules 1, 2, 3 and 4", "zones 1–4", "lanes 3, 5 & 7": a noun and the numbers it lists. */
const NUMBERED =
  /(?<![\p{L}])(\p{L}{3,})\s+(\d{1,3}(?:\s*(?:,|&|\+|and|und|et|y|e|i|en|och|og|ve|és|a)\s*\d{1,3})+|\d{1,3}\s*[-–]\s*\d{1,3})(?![\d.,:/-]*\d)/giu;

/**
 * Numbered items a task lists under one noun ("WECO rules 1, 2, 3 and 4") that a call gives under a
 * key of that noun as a shorter list (`rules: [1]`), where no call gives the others: it did part of
 * what it was told.
 */
export function numberedItemsCut(
  task: string,
  calls: readonly { raw?: unknown }[],
  answer = '',
): { dropped: string; kept: string } | undefined {
  // A receiver that stops to ask its sender something ("which figure do you want?") has not
  // finished: the rest may follow in its next turn.
  if (/\?\s*(?:$|\n|["”])/.test(answer)) return undefined;
  // Only calls that give a list of numbers can cut one: most give none, and the task is read only then.
  if (!calls.some((call) => hasNumberList(call.raw))) return undefined;
  for (const { noun: name, listed } of numberedLists(task)) {
    const noun = name.toLowerCase();
    if (listed.length < 2 || listed.length > 20) continue;
    const given = calls.flatMap((call) => numberListsUnder(call.raw, noun, name));
    if (given.length === 0) continue;
    const all = new Set(given.flat());
    const cut = given.find((list) => list.length < listed.length && list.every((n) => listed.includes(n)));
    // A number the answer gives an account of, in a sentence of its own that names none of those
    // acted on ("the 5-year-old is under the operator's minimum age of 7"), was left out openly.
    const accounted = (n: number) =>
      sentencesOf(answer).some(
        (sentence) =>
          new RegExp(`(?<![\\d.,])${n}(?![\\d.,])`).test(sentence) &&
          !(cut ?? []).some((kept) => new RegExp(`(?<![\\d.,])${kept}(?![\\d.,])`).test(sentence)),
      );
    const missing = listed.filter((n) => !all.has(n) && !accounted(n));
    if (cut && missing.length > 0)
      return { dropped: `${name} ${missing.join(', ')}`, kept: `${name} ${cut.join(', ')}` };
  }
  return undefined;
}

/** Whether a call's arguments hold a list of whole numbers anywhere. */
function hasNumberList(args: unknown, depth = 0): boolean {
  if (!args || typeof args !== 'object' || depth > 6) return false;
  if (Array.isArray(args) && args.length > 0 && args.every((v) => Number.isInteger(Number(v)))) return true;
  return Object.values(args as Record<string, unknown>).some((value) => hasNumberList(value, depth + 1));
}

/** A noun and its number, the noun repeated for each ("KST 100 Wien, KST 200 Linz und KST 300 Graz"). */
const NOUN_NUMBER = /(?<![\p{L}\d])(\p{L}{2,})\s+(\d{1,4})(?![\d.,:/-]*\d)/gu;

/**
 * The numbered lists of a task: a noun with its numbers ("rules 1, 2, 3 and 4", "zones 1–4"), or one
 * noun written before each number of a sentence ("KST 100 Wien, KST 200 Linz und KST 300 Graz").
 */
function numberedLists(task: string): { noun: string; listed: number[] }[] {
  const out: { noun: string; listed: number[] }[] = [];
  for (const m of task.matchAll(NUMBERED)) {
    const range = /^(\d{1,3})\s*[-–]\s*(\d{1,3})$/.exec(m[2]!);
    const listed = range
      ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
      : (m[2]!.match(/\d{1,3}/g) ?? []).map(Number);
    out.push({ noun: m[1]!, listed });
  }
  for (const sentence of sentencesOf(task)) {
    const byNoun = new Map<string, { noun: string; listed: number[] }>();
    for (const m of sentence.matchAll(NOUN_NUMBER)) {
      const key = m[1]!.toLowerCase();
      const list = byNoun.get(key) ?? { noun: m[1]!, listed: [] };
      if (!list.listed.includes(Number(m[2]))) list.listed.push(Number(m[2]));
      byNoun.set(key, list);
    }
    for (const list of byNoun.values()) if (list.listed.length >= 2) out.push(list);
  }
  return out;
}

/** A key's word for a noun: the same stem, or the word a short capitalised noun abbreviates ("KST", `kostenstellen`). */
function keyNames(word: string, noun: string, written: string): boolean {
  if (sameStem(word, noun) || sameStem(word.replace(/s$/, ''), noun.replace(/s$/, ''))) return true;
  if (!/^\p{Lu}{2,4}$/u.test(written) || word[0] !== noun[0] || word.length < noun.length + 3) return false;
  let at = 0;
  for (const letter of noun) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Lists of numbers in a call's arguments under a key of the noun ("rules", `rule_ids`). */
function numberListsUnder(args: unknown, noun: string, written: string, depth = 0): number[][] {
  if (!args || typeof args !== 'object' || depth > 6) return [];
  const out: number[][] = [];
  for (const [key, value] of Object.entries(args as Record<string, unknown>)) {
    const named = nameWords(key)
      .toLowerCase()
      .split(/\s+/)
      .some((w) => keyNames(w, noun, written));
    if (named && Array.isArray(value) && value.length > 0 && value.every((v) => Number.isInteger(Number(v))))
      out.push(value.map(Number));
    else if (value && typeof value === 'object')
      out.push(...numberListsUnder(value, noun, written, depth + 1));
  }
  return out;
}
