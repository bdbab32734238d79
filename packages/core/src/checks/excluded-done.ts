/**
 * A part of a set the task keeps out of the work that a deed of the receiver did all the same: a
 * count in the receiver's tool results is broken down by code or by day (`by_account_flag: { none:
 * 47998, CB_HOLD: 212 }`, `by_freeze_date: { "2025-11-18": 24, "2026-03-04": 24 }`), the task leaves
 * out a part of it ("Leave out the … accounts carrying the CB_HOLD flag", "discard the aliquots frozen
 * before 2026-03-01 only"), and a deed reports it did as many as all the parts together
 * (`accounts_granted: 48210`, `discarded: 64`). The receiver acted on the whole set.
 */
import { parsedResult } from '../util/parsed-result.ts';
import { LEAVING_OUT } from './lexicon.ts';
import { boundAt, findDates } from './normalize-values.ts';
import { READS } from './prohibitions.ts';
import { nameWords, words } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
  result?: unknown;
}

export interface ExcludedDone {
  /** The task's sentence that leaves the group out. */
  rule: string;
  /** What the deed's result says it did, as `call: key code n of total`. */
  done: string;
}

const LEAVES_OUT = new RegExp(
  `(?<![\\p{L}])(?:${LEAVING_OUT}|leave\\s+(?:\\p{L}+\\s+){0,4}?out|left out|skip|omit)(?![\\p{L}])`,
  'iu',
);
/** A code in capitals joined by underscores or dashes, or with digits: "CB_HOLD", "VIP-2", "G17". */
const CODE = /(?<![\p{L}\d_-])(?=[A-Z\d_-]*[A-Z])[A-Z][A-Z\d]*(?:[_-][A-Z\d]+)+(?![\p{L}\d_-])/gu;
/** Keys that count what a deed did: granted, sent, applied, booked. */
const DONE_KEY =
  /^(?:grant|sent|send|appl|process|assign|credit|paid|issu|updat|schedul|book|notif|deliver|complet|execut|creat|post|charg|refund|ship|dispatch|migrat|delet|discard|disabl|enabl|transfer|award)/;
/** Keys of what a deed kept off or could not do: its numbers are not what it did. */
const KEPT_OFF_KEY = /^(?:skip|exclud|omit|held|hold|withh|reject|fail|not|den|block|error|remain|pend)/;

interface Breakdown {
  key: string;
  parts: Record<string, number>;
}

/** Every map of numbers in a record (with its key), and every number under a key of what was done. */
function readRecord(
  value: unknown,
  key: string,
  out: { breakdowns: Breakdown[]; done: { key: string; n: number }[] },
  depth = 0,
): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) readRecord(item, key, out, depth + 1);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length >= 2 && entries.every(([, v]) => typeof v === 'number'))
    out.breakdowns.push({ key, parts: Object.fromEntries(entries) as Record<string, number> });
  for (const [k, v] of entries) {
    const first = words(nameWords(k));
    if (
      typeof v === 'number' &&
      first.some((w) => DONE_KEY.test(w)) &&
      !first.some((w) => KEPT_OFF_KEY.test(w))
    )
      out.done.push({ key: k, n: v });
    else readRecord(v, k, out, depth + 1);
  }
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** "< 2026-03-01", "> 2026-03-01": a bound by a sign, which boundAt's words do not read. */
const SIGN_BEFORE = /(?:<|>|≤|≥|<=|>=)\s*$/;

/** Days the task bounds a set by: "frozen before 1 March 2026", "freeze date < 2026-03-01". */
function boundDays(task: string): { day: string; text: string }[] {
  return findDates(task).flatMap((d) => {
    if (!ISO_DAY.test(d.value)) return [];
    const at = d.index;
    const bounded = boundAt(task, at, d.text.length) || SIGN_BEFORE.test(task.slice(Math.max(0, at - 4), at));
    return bounded
      ? [{ day: d.value, text: task.slice(Math.max(0, at - 40), at + d.text.length).trim() }]
      : [];
  });
}

export function excludedGroupDone(task: string, calls: readonly Call[]): ExcludedDone | undefined {
  const breakdowns: Breakdown[] = [];
  const done: { call: string; key: string; n: number }[] = [];
  for (const call of calls) {
    const record = parsedResult(call.result, 20_000);
    if (record === undefined) continue;
    const read = { breakdowns: [] as Breakdown[], done: [] as { key: string; n: number }[] };
    readRecord(record, '', read);
    breakdowns.push(
      ...read.breakdowns.filter(({ key }) => !words(nameWords(key)).some((w) => KEPT_OFF_KEY.test(w))),
    );
    // What a call that only reads counts is no deed.
    if (!READS.has(words(nameWords(call.name))[0] ?? ''))
      done.push(...read.done.map((d) => ({ call: call.name, ...d })));
  }
  if (breakdowns.length === 0 || done.length === 0) return undefined;
  const rules = task.split(/\n+|(?<=[.;!?])\s+/).flatMap((sentence) => {
    if (!LEAVES_OUT.test(sentence)) return [];
    const codes = [...new Set(sentence.match(CODE) ?? [])];
    return codes.length === 1 ? [{ rule: sentence.trim(), code: codes[0]! }] : [];
  });
  // The task's bounding days are read only for runs whose deeds count by parts.
  let days: { day: string; text: string }[] | undefined;
  for (const { key, parts } of breakdowns) {
    const sum = Object.values(parts).reduce((a, b) => a + b, 0);
    const total = done.find(({ n }) => n === sum);
    if (!total) continue;
    const did = `${total.call}: ${total.key} ${total.n}`;
    for (const { rule, code } of rules) {
      const part = Object.entries(parts).find(([k, n]) => k.toUpperCase() === code && n > 0);
      if (part) return { rule, done: `${did}, all of ${key} with ${part[0]} ${part[1]}` };
    }
    // Parts on both sides of a day the task bounds the set by: the deed took both.
    const keys = Object.entries(parts)
      .filter(([k, n]) => ISO_DAY.test(k) && n > 0)
      .map(([k]) => k);
    if (keys.length < 2 || keys.length !== Object.keys(parts).length) continue;
    days ??= boundDays(task);
    const split = days.find(({ day }) => keys.some((k) => k < day) && keys.some((k) => k >= day));
    if (split) return { rule: split.text, done: `${did}, all of ${key} (${keys.join(', ')})` };
  }
  return undefined;
}
