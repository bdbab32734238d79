/**
 * A threshold the task sets that the receiver's call sets to another figure: asked to disable users
 * "dormant ≥ 90 days", the auditor queries `iam_last_activity({ idle_days_min: 30 })`. The task's
 * bound names a unit and a side (at least, at most, within the last); the call's argument names the
 * same unit and side in its key (`idle_days_min`, `max_age_hours`, `lookback_days`).
 */
import { parsedResult } from '../util/parsed-result.ts';
import { nameWordList } from './task-words.ts';

type Side = 'min' | 'max' | 'window';

const UNITS: Record<string, string> = {
  day: 'day',
  days: 'day',
  d: 'day',
  hour: 'hour',
  hours: 'hour',
  h: 'hour',
  hrs: 'hour',
  hr: 'hour',
  week: 'week',
  weeks: 'week',
  wk: 'week',
  wks: 'week',
  month: 'month',
  months: 'month',
  mo: 'month',
  year: 'year',
  years: 'year',
  yr: 'year',
  yrs: 'year',
  minute: 'minute',
  minutes: 'minute',
  mins: 'minute',
};
const UNIT = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** "≥ 90 days", "at least 90 days", "older than 6 months", "within the last 30 days", "max 48 h". */
const BOUND_BEFORE = new RegExp(
  String.raw`(≥|>=|>|≤|<=|<|\bat least|\bminimum(?: of)?|\bmin\.?|\bno less than|\bmore than|\bover|\bolder than|\blonger than|\bat most|\bmaximum(?: of)?|\bmax\.?|\bno more than|\bless than|\bunder|\bup to|\bwithin(?: the)?(?: last| past)?|\bin the (?:last|past)|\bover the (?:last|past)|\bfor the (?:last|past))\s*(\d+(?:[.,]\d+)?)\s*(${UNIT})\b`,
  'gi',
);
/** "90+ days", "90 days or more", "30 days or less". */
const BOUND_AFTER = new RegExp(
  String.raw`\b(\d+(?:[.,]\d+)?)\s*(\+)?\s*(${UNIT})\b(\s+or (?:more|longer|older|over|less|fewer|shorter|under))?`,
  'gi',
);

function sideOf(word: string): Side {
  const w = word.toLowerCase();
  if (
    /^(?:≥|>=|>)$|least|minimum|^min|no less|more than|over$|older|longer|\+|or (?:more|longer|older|over)/.test(
      w,
    )
  )
    return 'min';
  if (/within|in the|over the|for the/.test(w)) return 'window';
  return 'max';
}

interface Bound {
  side: Side;
  value: number;
  unit: string;
  text: string;
}

function boundsOf(task: string): Bound[] {
  const found: Bound[] = [];
  for (const m of task.matchAll(BOUND_BEFORE))
    found.push({
      side: sideOf(m[1]!),
      value: Number(m[2]!.replace(',', '.')),
      unit: UNITS[m[3]!.toLowerCase()]!,
      text: m[0],
    });
  for (const m of task.matchAll(BOUND_AFTER)) {
    if (!m[2] && !m[4]) continue;
    found.push({
      side: sideOf(m[2] ?? m[4]!),
      value: Number(m[1]!.replace(',', '.')),
      unit: UNITS[m[3]!.toLowerCase()]!,
      text: m[0],
    });
  }
  return found;
}

/** Key words of a side: `idle_days_min`, `max_age_hours`, `lookback_days`, `older_than_days`. */
const KEY_SIDE: Record<Side, RegExp> = {
  min: /^(?:min|minimum|least|threshold|older|gte|gt|over|from)$/,
  max: /^(?:max|maximum|most|threshold|under|lte|lt|limit|cap|upto)$/,
  window: /^(?:lookback|window|last|past|since|period|range|recent)$/,
};

/** Every number of a call's arguments under its key path's words. */
function numbersOf(
  args: unknown,
  path: string[] = [],
  depth = 0,
): { key: string; words: string[]; value: number }[] {
  if (depth > 6 || args === null || typeof args !== 'object') return [];
  const out: { key: string; words: string[]; value: number }[] = [];
  for (const [key, value] of Object.entries(args as Record<string, unknown>)) {
    const words = [...path, ...nameWordList(key).map((w) => w.toLowerCase())];
    if (typeof value === 'number') out.push({ key, words, value });
    else if (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value.trim()))
      out.push({ key, words, value: Number(value) });
    else out.push(...numbersOf(value, words, depth + 1));
  }
  return out;
}

/**
 * The task's bound a call's argument sets to another figure, with that argument: one bound of its
 * unit in the task (several of a unit are for different things), a key of its unit and side.
 */
export function thresholdChangedInArgs(
  task: string,
  /** Each call's arguments, as an object or its JSON. */
  calls: readonly unknown[],
): { bound: string; key: string; value: number } | undefined {
  if (!/\d/.test(task)) return undefined;
  const bounds = boundsOf(task);
  if (bounds.length === 0) return undefined;
  for (const call of calls) {
    const args = typeof call === 'string' ? parsedResult(call, 20_000) : call;
    for (const arg of numbersOf(args)) {
      const unit = arg.words.map((w) => UNITS[w]).find((u) => u !== undefined);
      if (!unit) continue;
      const mine = bounds.filter((b) => b.unit === unit);
      if (new Set(mine.map((b) => b.value)).size !== 1) continue;
      const bound = mine.find((b) => arg.words.some((w) => KEY_SIDE[b.side].test(w)));
      // Off by one is the same bound ("more than 90 days" as `min_days: 91`).
      if (bound && Math.abs(bound.value - arg.value) > 1)
        return { bound: bound.text.trim(), key: arg.key, value: arg.value };
    }
  }
  return undefined;
}

/** A bound with its sign and unit: "≥ 72,0 °C", "at most 20 mg/kg", "min 3.5 bar". */
const SIGNED_BOUND =
  /(≥|>=|≤|<=|at least|at most|no less than|no more than|min(?:imum)?|max(?:imum)?)\s*:?\s*(\d+(?:[.,]\d+)?)\s*(°\s?[CF]|%|mg\/kg|ppm|kg|bar|mm|cm|kPa|MPa|dB)(?![\p{L}])/giu;
/** A key's last word for the unit it holds (`limite_critico_c`, `threshold_pct`). */
const KEY_UNIT: Record<string, string> = {
  c: '°c',
  f: '°f',
  pct: '%',
  percent: '%',
  ppm: 'ppm',
  kg: 'kg',
  bar: 'bar',
  mm: 'mm',
  cm: 'cm',
  kpa: 'kpa',
  mpa: 'mpa',
  db: 'db',
};
/** Keys that hold a limit: "limit", "limite", "threshold", "soglia", "umbral", "grenzwert", "cutoff", "setpoint". */
const LIMIT_KEY =
  /^(?:limits?|limite|limiti|threshold|soglia|umbral|grenzwert|cutoff|setpoint|critical|critico|crítico)$/i;

/**
 * A limit the task sets with its sign and unit (critical limit "≥ 72,0 °C") that the receiver's call
 * sets to another figure under a key naming a limit in that unit (`limite_critico_c: 70`). Only a
 * task with one bound in that unit is read: two are two limits the key cannot tell apart.
 */
export function limitChangedInArgs(
  task: string,
  calls: readonly { name: string; args?: unknown }[],
): { bound: string; call: string } | undefined {
  const bounds = [...task.matchAll(SIGNED_BOUND)].map((m) => ({
    text: m[0].trim(),
    value: Number(m[2]!.replace(',', '.')),
    unit: m[3]!.replace(/\s/g, '').toLowerCase(),
  }));
  if (bounds.length === 0) return undefined;
  for (const call of calls) {
    if (!call.args || typeof call.args !== 'object') continue;
    for (const [key, value] of Object.entries(call.args as Record<string, unknown>)) {
      if (typeof value !== 'number') continue;
      const words = nameWordList(key);
      const unit = KEY_UNIT[words.at(-1) ?? ''];
      if (!unit || !words.some((w) => LIMIT_KEY.test(w))) continue;
      const same = bounds.filter((b) => b.unit === unit);
      if (same.length !== 1 || same[0]!.value === value) continue;
      return { bound: same[0]!.text, call: `${call.name}(${key}: ${value})` };
    }
  }
  return undefined;
}
