/**
 * A threshold the task sets that the receiver's call sets to another figure: asked to disable users
 * "dormant ≥ 90 days", the auditor queries `iam_last_activity({ idle_days_min: 30 })`. The task's
 * bound names a unit and a side (at least, at most, within the last); the call's argument names the
 * same unit and side in its key (`idle_days_min`, `max_age_hours`, `lookback_days`).
 */
import { parsedResult } from '../util/parsed-result.ts';
import { quantitiesOf } from './stated-supersession.ts';
import { nameWordList, sameStem, unaccented } from './task-words.ts';

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

/**
 * A figure the task labels that a call gives the value of another figure of the task, in the same
 * unit: asked for "evacuation: people 500 m, equipment 300 m", the permit is issued with
 * `radio_evacuacion_personas_m: 300`. The key must name a word of the figure's own label that no
 * other figure of that unit has, and carry that unit where it names one.
 */
export function mixedUpFigureInArgs(
  task: string,
  calls: readonly { name: string; args?: unknown }[],
): { figure: string; call: string } | undefined {
  const text = task.replace(/\*\*/g, '');
  const figures = quantitiesOf(text).map((q) => {
    // The words before the figure in its clause, up to three: "evacuación personas 500 m".
    const lead =
      text
        .slice(Math.max(0, q.at - 48), q.at)
        .split(/[,;:.()|\n]|\d/)
        .at(-1) ?? '';
    const label = (lead.match(/\p{L}{3,}/gu) ?? []).slice(-3).map(unaccented);
    return { q, label, text: text.slice(q.at - lead.length, q.end).trim() };
  });
  if (figures.length < 2) return undefined;
  for (const call of calls) {
    if (!call.args || typeof call.args !== 'object') continue;
    for (const arg of numbersOf(call.args)) {
      const words = arg.words.map(unaccented);
      // The unit the key ends in, if its last word is one (`_m`, `_kg`): it must be the figure's.
      const keyUnit = quantitiesOf(`1 ${words.at(-1) ?? ''}`)[0]?.unit;
      const labelled = figures.filter((f) => f.label.some((w) => words.some((k) => sameStem(k, w))));
      for (const own of labelled) {
        // ("_mg_per_kg" ends in kg: a part of the figure's unit "mg/kg" will do.)
        if (keyUnit !== undefined && !own.q.unit.split('/').includes(keyUnit)) continue;
        const rivals = figures.filter((f) => f !== own && f.q.unit === own.q.unit);
        const named = (label: string[]) => label.filter((w) => words.some((k) => sameStem(k, w)));
        // The word right before the figure, named by the key, that tells it from the other figures of
        // its unit ("evacuación personas 500 m": personas; a heading word before it may be everyone's).
        const tells = (f: typeof own, others: typeof figures) =>
          named(f.label.slice(-1)).filter((w) => !others.some((o) => o.label.some((x) => sameStem(x, w))));
        if (tells(own, rivals).length === 0) continue;
        if (rivals.some((r) => tells(r, [own]).length > 0)) continue;
        // The value of another figure the task labels as something else: a mix-up, not a correction.
        const taken = rivals.find(
          (r) => r.q.value === arg.value && r.q.value !== own.q.value && r.label.length > 0,
        );
        if (taken && own.q.value !== arg.value)
          return {
            figure: own.text,
            call: `${call.name}(${arg.key}: ${arg.value}, the task's "${taken.text}")`,
          };
      }
    }
  }
  return undefined;
}
