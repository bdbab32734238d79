/**
 * A day a task bounds ("earliest pour Tue 28 Apr", "must LAND SIN no later than Wed 10 Mar", "must
 * fire by Tue 16 Mar 2027") that a booking call of the receiver puts on the wrong side (`date:
 * "2026-04-23"`, `date: "2027-03-11"`). Without a year the call's own year is the bound's: the task
 * wrote the day for the work at hand.
 */
import { MONTHS, monthNumber } from './month-names.ts';
import { boundAt } from './normalize-values.ts';
import { nameWords } from './task-words.ts';

interface Call {
  name: string;
  args: unknown;
}

export interface DayBoundBroken {
  /** The task's words that bound the day. */
  bound: string;
  /** What the call booked, as `name key: day`. */
  booked: string;
}

const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
/** "28 Apr", "10 March", "Apr 28", "16 Mar 2027": a day and a month named, and the year if one follows. */
const DAY_MONTH = new RegExp(
  `(?<![\\d/.-])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?![\\d/.-])(?:,?\\s+((?:19|20)\\d\\d)(?![\\d/:-]|\\.\\d))?`,
  'gi',
);
/** Calls that only look (at fares, slots, stock) book nothing. */
const LOOKS = /^(?:get|list|check|read|fetch|find|search|lookup|query|show|view|describe|status|quote)\b/i;
/** Keys that hold the day a thing is booked for, not a due date or a record's history. */
const DAY_KEY =
  /\b(?:date|day|start|arrival|arrive|departure|depart|delivery|deliver|receive|received|eta|at|slot|when|scheduled|pour|pickup|dispatch)\b/i;
const FORMER_KEY =
  /\b(?:previous|prior|former|old|original|was|from|due|invoice|expiry|expires|until|end)\b/i;
/** Words after "earliest"/"latest" that name the deed bounded ("earliest pour Tue 28 Apr"). */
const DEED_AFTER = /\b(?:earliest|latest)\s+([a-z]{3,})\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?$/i;

/** Every ISO day in a call's arguments, under a key that books a day. */
function bookedDays(args: unknown, keys: string[] = [], depth = 0): { key: string; iso: string }[] {
  if (depth > 6 || args === null || args === undefined) return [];
  if (typeof args === 'string') {
    const key = keys.at(-1) ?? '';
    const words = nameWords(key);
    if (!DAY_KEY.test(words) || FORMER_KEY.test(words)) return [];
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(args.trim());
    return m ? [{ key, iso: m[0] }] : [];
  }
  if (Array.isArray(args)) return args.flatMap((item) => bookedDays(item, keys, depth + 1));
  if (typeof args === 'object')
    return Object.entries(args as Record<string, unknown>).flatMap(([key, value]) =>
      bookedDays(value, [...keys, key], depth + 1),
    );
  return [];
}

export function dayBoundBroken(task: string, calls: readonly Call[]): DayBoundBroken | undefined {
  const bounds: {
    text: string;
    month: number;
    day: number;
    year?: number;
    side: 'min' | 'max';
    deed?: string;
  }[] = [];
  for (const m of task.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2] ?? m[3]!);
    const day = Number(m[1] ?? m[4]);
    const year = m[5] ? Number(m[5]) : undefined;
    if (!month || day < 1 || day > 31) continue;
    const side = boundAt(task, m.index, m[0].length);
    if (!side) continue;
    const lead = task.slice(Math.max(0, m.index - 40), m.index);
    const deed = DEED_AFTER.exec(lead)?.[1]?.toLowerCase();
    bounds.push({
      text: `${lead
        .split(/[.;\n]/)
        .at(-1)!
        .trim()} ${m[0]}`.trim(),
      month,
      day,
      ...(year ? { year } : {}),
      side,
      ...(deed ? { deed } : {}),
    });
  }
  if (bounds.length === 0) return undefined;
  for (const call of calls) {
    if (LOOKS.test(nameWords(call.name))) continue;
    const deeds = `${nameWords(call.name)} ${JSON.stringify(call.args ?? '')}`.toLowerCase();
    for (const { key, iso } of bookedDays(call.args)) {
      const [month, day] = [Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
      for (const bound of bounds) {
        // A bound on a named deed binds only the calls that do it.
        if (bound.deed && !deeds.includes(bound.deed.slice(0, 4))) continue;
        // Without the bound's year, months apart by half a year or more may be another year's: no reading.
        if (!bound.year && Math.abs(month - bound.month) >= 6) continue;
        const at = (bound.year ? Number(iso.slice(0, 4)) * 10_000 : 0) + month * 100 + day;
        const limit = (bound.year ? bound.year * 10_000 : 0) + bound.month * 100 + bound.day;
        if (bound.side === 'min' ? at < limit : at > limit)
          return { bound: bound.text, booked: `${call.name} ${key}: ${iso}` };
      }
    }
  }
  return undefined;
}
