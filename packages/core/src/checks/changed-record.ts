/**
 * A record an agent's own tool shows changed (`changes: [{ from: "2027-08-16T09:00", to:
 * "2027-08-17T14:00" }]`, `current: …`, `previous_…`/`new_…`) that the agent then hands on with the
 * value it changed from, the one it changed to nowhere in the brief ("measure visit Mon 08/16 at 9:00
 * AM"): it briefed the next agent from stale context.
 */
import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { textOf } from '../util/text-of.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { findDates, mentionsDay } from './normalize-values.ts';

interface Change {
  old: string;
  now: string;
}

const OLD_KEY = /^(?:from|old|previous|prior|was|original|before|old_value|previous_value)$/i;
const NEW_KEY = /^(?:to|new|now|current|after|new_value|current_value|updated)$/i;
const TELLS_CHANGE =
  /\b(?:mov(?:ed|e)|reschedul\w*|chang\w*|cancel\w*|was|were|previous\w*|instead|no longer|supersed\w*|replac\w*|old|earlier|original\w*|updat\w*|revis\w*)\b/i;
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * "from" and "to" are a change only in a record of one (`changes: [{ at, by, from, to }]`); a route
 * or a span has them too (`{ pickup: "MUC", from: "2026-12-19T09:00", to: "2026-12-23T18:00" }`).
 */
const CHANGE_PARENT = /chang|histor|amend|revis|updat|audit|log|modif|resched/i;
const CHANGE_SIBLING =
  /^(?:at|by|when|reason|changed_?(?:at|by|on)|updated_?(?:at|by|on)|modified_?(?:at|by))$/i;

/** Pairs of a value and the one it changed to, in a record at any depth. */
export function changesIn(value: unknown, out: Change[] = [], depth = 0, parent = ''): Change[] {
  if (depth > 5 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const item of value) changesIn(item, out, depth + 1, parent);
    return out;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const old = entries.find(([k, v]) => OLD_KEY.test(k) && scalar(v));
  const now = entries.find(([k, v]) => NEW_KEY.test(k) && scalar(v));
  const span = old?.[0].toLowerCase() === 'from' && now?.[0].toLowerCase() === 'to';
  const ofChange = !span || CHANGE_PARENT.test(parent) || entries.some(([k]) => CHANGE_SIBLING.test(k));
  if (old && now && ofChange && scalar(old[1]) !== scalar(now[1]))
    out.push({ old: scalar(old[1])!, now: scalar(now[1])! });
  out.push(...earlierIssue(entries));
  for (const [k, v] of entries) changesIn(v, out, depth + 1, k);
  return out;
}

/** A key holding the record as it was before, in the languages teams name fields in: `vorige_uitgifte`, `previous_forecast`. */
const EARLIER_KEY =
  /^(?:previous|prior|former|superseded|earlier|old|last|vorige|vorig|eerdere|vorherige?|alte?|frühere?|précédente?|ancienne?|anterior|precedente|poprzedni[ae]?|önceki|forrige|föregående|edellinen)(?:[_ -]|$)/i;

/** The scalar leaves of a record, each with the words of its path: `piek.m_nap` → piek, m, nap. */
function leavesOf(
  value: unknown,
  path: string[] = [],
  out: { words: string[]; value: string }[] = [],
  depth = 0,
) {
  if (depth > 3 || value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const words = [
      ...path,
      ...k
        .toLowerCase()
        .split(/[_\s.-]+/)
        .filter(Boolean),
    ];
    if (typeof v === 'string' || typeof v === 'number') out.push({ words, value: String(v) });
    else leavesOf(v, words, out, depth + 1);
  }
  return out;
}

/**
 * A record beside the one it replaced (`{ piek: { m_nap: 3.45 }, vorige_uitgifte: { piek_m_nap: 3.10 } }`):
 * each earlier value paired with the current one whose path has the same words.
 */
function earlierIssue(entries: [string, unknown][]): Change[] {
  const earlier = entries.find(
    ([k, v]) => EARLIER_KEY.test(k) && v !== null && typeof v === 'object' && !Array.isArray(v),
  );
  if (!earlier) return [];
  const current = leavesOf(Object.fromEntries(entries.filter(([k]) => k !== earlier[0])));
  const out: Change[] = [];
  for (const leaf of leavesOf(earlier[1])) {
    const same = current.filter(
      (c) => c.words.length === leaf.words.length && c.words.every((w) => leaf.words.includes(w)),
    );
    if (same.length === 1 && same[0]!.value !== leaf.value)
      out.push({ old: leaf.value, now: same[0]!.value });
  }
  return out;
}

/** The clock times a text names, as minutes after midnight: "9:00 AM", "14:00", "2 pm". */
function clockTimes(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![\d:])(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?![\d:])/gi)) {
    if (m[2] === undefined && m[3] === undefined) continue;
    let hour = Number(m[1]);
    const pm = m[3] && /^p/i.test(m[3]);
    if (m[3] && hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
    if (hour < 24) out.push(hour * 60 + Number(m[2] ?? 0));
  }
  return out;
}

/**
 * Whether a brief names a moment: its day, and its clock time where the moment has one and the brief
 * gives times. `loose` for the value in force: a one-digit figure ("2" for "**2.0%**") counts too, since
 * what it would wrongly find is only a brief that does not hand on the old value alone.
 */
function names(brief: string, value: string, loose = false): boolean {
  const m = ISO.exec(value);
  // A code or a figure ("v9", "SV-11204", "62500") as a whole word; words alone ("pending") name too much.
  if (!m) {
    if (!/\d/.test(value) || (value.length < 2 && !loose)) return false;
    if (new RegExp(`(?<![\\w.,-])${escapeRegExp(value)}(?![\\w-]|[.,]\\d)`, 'i').test(brief)) return true;
    // A figure in either decimal style, trailing zeros aside: 3.1 is "3,10" and "3.10", 182 is "182.0".
    if (!/^-?\d+(?:\.\d+)?$/.test(value)) return false;
    const figure = Number(value);
    return [...brief.matchAll(/(?<![\w.,])\d+[.,]\d+(?![\w]|[.,]\d)/g)].some(
      (f) => Number(f[0].replace(',', '.')) === figure,
    );
  }
  const day = m[1]!;
  const dayNamed =
    brief.includes(day) || findDates(brief).some((d) => d.value === day) || mentionsDay(brief, day);
  if (!dayNamed || m[2] === undefined) return dayNamed;
  const times = clockTimes(brief);
  return times.length === 0 || times.includes(Number(m[2]) * 60 + Number(m[3]));
}

export function checkChangedRecords(index: TraceIndex): Finding[] {
  const findings: Finding[] = [];
  for (const turn of index.turns.values()) {
    const out = index.outOf.get(turn.id) ?? [];
    if (out.length === 0 || turn.toolCalls.length === 0) continue;
    const changes = turn.toolCalls.flatMap((call) =>
      changesIn(parsedResult(call.result, 20_000)).map((change) => ({ call, change })),
    );
    if (changes.length === 0) continue;
    search: for (const handoff of out) {
      const brief = handoff.task ?? handoff.content;
      // A brief that tells of the change itself ("moved", "was", "cancelled") hands on both.
      if (TELLS_CHANGE.test(brief)) continue;
      for (const { call, change } of changes) {
        if (!names(brief, change.old) || names(brief, change.now, true)) continue;
        const boundary = { from: turn.agent, to: handoff.to };
        findings.push(
          makeFinding({
            kind: 'stale_context',
            boundary,
            turnId: turn.id,
            handoffId: handoff.id,
            summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${turn.agent} handed on ${change.old} after ${call.name} showed it changed to ${change.now}`,
            evidence: [
              { label: `tool ${call.name}`, detail: quote(textOf(call.result), 200), turnId: turn.id },
              { label: 'brief', detail: quote(brief, 200), handoffId: handoff.id },
            ],
          }),
        );
        break search;
      }
    }
  }
  return findings;
}
