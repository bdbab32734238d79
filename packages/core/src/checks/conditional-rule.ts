/**
 * A routing rule with a threshold the task states ("anything over 14.5% moisture goes down pit 2 to
 * the dryer leg (DRY-1) first, NOT to a storage bin") that the receiver did not apply to a record
 * over it: the receiver was shown the record's value ("T-2284 16.1%"), and its line for that record
 * names none of the places the rule sends it to.
 */
import { escapeRegExp } from '../util/escape-reg-exp.ts';

const RULE =
  /\b(anything|any \w+|all \w+|every \w+|\w+s?)\s+(over|above|more than|greater than|exceeding|below|under|less than)\s+(\d+(?:\.\d+)?)\s?(%|(?!(?:goes?|go|must|is|are|to|be)\b)[a-z]{1,4}\b)?[^.;]*?\b(?:goes?|go|must go|is sent|are sent|to be sent|is routed|are routed|routes?)\b([^.;]*)/gi;
/** The places a rule names: codes and numbered things ("pit 2", "DRY-1", "bay 4"), a status in capitals ("HOLD"). */
const PLACE = /\b(?:[A-Z]{2,}-?\d+[A-Z]?|[a-z]+ \d+[a-z]?|[A-Z]{3,})\b/g;
/** A record's code: "T-2284", "LOT-88", "B12", "L2-0902". */
const RECORD = /\b[A-Z]{1,4}\d{0,3}-?\d{2,}\b/g;

interface Rule {
  /** What is measured when the rule names it and no unit ("DU below 98.0"). */
  measure?: string;
  above: boolean;
  threshold: number;
  unit: string;
  places: string[];
  text: string;
}

function rulesOf(task: string): Rule[] {
  const rules: Rule[] = [];
  for (const m of task.matchAll(RULE)) {
    // Up to where the rule turns to what is ruled out ("NOT to a storage bin").
    const action = m[5]!.split(/\bnot\b/i)[0]!;
    const places = [...action.matchAll(PLACE)].map((p) => p[0].toLowerCase());
    if (places.length === 0) continue;
    const subject = m[1]!;
    rules.push({
      ...(m[4] === undefined &&
      /^[A-Za-z][\w%]{0,15}$/.test(subject) &&
      !/^(?:anything|any|all|every)$/i.test(subject)
        ? { measure: subject }
        : {}),
      above: /^(?:over|above|more|greater|exceeding)/i.test(m[2]!),
      threshold: Number(m[3]),
      unit: (m[4] ?? '').toLowerCase(),
      places,
      text: m[0].trim(),
    });
  }
  return rules;
}

/** The first value in `unit` (or under the field `measure`: `"DU":97.4`) given for `record` in `shown`, before the next record's code. */
function recordValue(shown: string, record: string, unit: string, measure?: string): number | undefined {
  const escaped = escapeRegExp(unit);
  const pattern = measure
    ? new RegExp(`\\b${escapeRegExp(measure)}\\b["']?\\s*[:=]?\\s*(\\d+(?:\\.\\d+)?)`, 'i')
    : new RegExp(`(\\d+(?:\\.\\d+)?)\\s?${escaped}(?![a-z])`, 'i');
  for (const m of shown.matchAll(new RegExp(`\\b${record}\\b`, 'g'))) {
    const after = shown.slice(m.index + record.length);
    const next = after.search(RECORD);
    const segment = next < 0 ? after : after.slice(0, next);
    const value = pattern.exec(segment);
    if (value) return Number(value[1]);
  }
  return undefined;
}

export function conditionalRuleMissed(
  task: string,
  shownText: string | (() => string),
  output: string,
): { rule: string; record: string; value: number; line: string } | undefined {
  if (!/\d/.test(task)) return undefined;
  const rules = rulesOf(task);
  if (rules.length === 0) return undefined;
  // Read only where the task sets a rule: the text may be built from the whole trace.
  const shown = typeof shownText === 'string' ? shownText : shownText();
  for (const line of output.split('\n')) {
    const records = [...new Set(line.match(RECORD) ?? [])];
    if (records.length !== 1) continue;
    const [record] = records as [string];
    const lower = line.toLowerCase();
    for (const rule of rules) {
      if (!rule.unit && !rule.measure) continue;
      const value = recordValue(shown, record, rule.unit, rule.measure);
      if (value === undefined) continue;
      const applies = rule.above ? value > rule.threshold : value < rule.threshold;
      if (applies && !rule.places.some((place) => lower.includes(place)))
        return { rule: rule.text, record, value, line: line.trim() };
    }
  }
  return undefined;
}
