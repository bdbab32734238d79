import type { TraceIndex } from '../diagnose/trace-index.ts';
import { textContainment, wordsOf } from '../lineage/fingerprint.ts';
import type { AgentTurn, DeliveryVerdict, Evidence, Finding, Handoff } from '../model/trace.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { textOf } from '../util/text-of.ts';
import { pickedWithoutAsking } from './ambiguous-record.ts';
import { appliedPerItem } from './applied-once.ts';
import { contrastAgainstTask, flagAgainstTask, slotLeftOut } from './argument-slots.ts';
import { capBrokenByChoice, capBrokenInArgs, capBrokenInTable, totalOverCap } from './broken-cap.ts';
import { changedGrade } from './changed-grade.ts';
import { chosenOptionAgainstTask } from './chosen-option.ts';
import { conditionalRuleMissed } from './conditional-rule.ts';
import {
  type Constraint,
  contradicts,
  EXCLUSIVE_TYPES,
  extractConstraints,
  keepsConstraint,
} from './constraints.ts';
import { crossedNamedItems, crossedRow, otherRowActedOn, swappedDesignation } from './crossed-items.ts';
import { spanMissed } from './date-span.ts';
import { dayBasisChanged } from './day-basis.ts';
import { dayBoundBroken } from './day-bound.ts';
import {
  droppedItems,
  includedLeftOut,
  joinedCodeLeftOut,
  listedCodeLeftOut,
  numberedItemsCut,
  skippedChecklistItems,
} from './enumerations.ts';
import { excludedGroupDone } from './excluded-done.ts';
import { excludedItemListed } from './excluded-listed.ts';
import { excludedRowCounted, excludedRowReported } from './excluded-row.ts';
import { expiredPicked } from './expired-pick.ts';
import { boundaryLabel, makeFinding } from './finding.ts';
import { flagStateOpposed } from './flag-state.ts';
import { forbiddenUsed } from './forbidden-items.ts';
import { handoffText, valuesText } from './handoff-text.ts';
import { heldActionTaken } from './held-action.ts';
import { changedItem, removedKeptItem } from './kept-items.ts';
import { enumValueChanged, keyedValueReplaced } from './keyed-value.ts';
import { actedOnOtherRecords } from './listed-ids.ts';
import { partsMerged } from './merged-parts.ts';
import { miscopiedReference, substitutedNumber } from './miscopied-id.ts';
import { MONTHS } from './month-names.ts';
import { negatedAmountSet } from './negated-amount.ts';
import { findDates } from './normalize-values.ts';
import { oddSiblingSetting } from './odd-sibling.ts';
import { ruledOutOptionChosen } from './offered-options.ts';
import { beyondListed } from './only-listed.ts';
import { rowOfOtherCase } from './other-case-row.ts';
import { partOfAll } from './part-of-all.ts';
import {
  breaks,
  declinedStep,
  extractProhibitions,
  missingMandatoryTexts,
  removedIdentifierEdited,
  ruledOutIdentifierUsed,
  ruledOutTermUsed,
  ruledOutWordingUsed,
  saysInstead,
  substitutedAction,
  unaddressedEmphasis,
  unusedTerms,
} from './prohibitions.ts';
import { changedRateBasis } from './rate-basis.ts';
import { actionAgainstReasoning } from './reasoning-action.ts';
import { leftAloneItemWorked, replacedItemActedOn } from './replaced-item.ts';
import {
  absentWantedPicked,
  otherCodePicked,
  otherKindPicked,
  requiredKindMissing,
  requirementDenied,
  requirementUnmet,
} from './required-flag.ts';
import { fewerRequirementsMet, lapsedChosen, requiredTermMissed } from './requirement-coverage.ts';
import { reusedAnswer } from './reused-answer.ts';
import { changedBeyondRequest, keepsParts } from './revision-scope.ts';
import { allInsteadOfListed, outsideRange } from './scope-range.ts';
import { replacedValueUsed } from './stated-supersession.ts';
import { nameWords, sentencesOf, stem, unaccented, words } from './task-words.ts';
import { taxBasisSwapped } from './tax-basis.ts';
import { limitChangedInArgs, mixedUpFigureInArgs, thresholdChangedInArgs } from './threshold-args.ts';
import { localFiledAsUtc, outsideWindow, weekendBooked } from './time-windows.ts';
import {
  fannedOut,
  isGatheredResult,
  isReply,
  requestOf,
  senderOf,
  shownText,
  stoppedAtLimit,
} from './turn-links.ts';
import { rateOnOtherUnit } from './unit-mismatch.ts';
import { unsetFilter } from './unset-filter.ts';
import { versionMajorLeft } from './version-major.ts';
import { otherRecordChosen } from './wrong-row.ts';

export interface DeliveryVerdictResult {
  verdict: DeliveryVerdict;
  score: number;
  evidence: Evidence[];
  judge?: string;
}

/** What a delivery judge sees for one handoff. */
export interface DeliveryJudgeInput {
  handoff: Handoff;
  task: string;
  /** What the receiver did first: tool-call arguments, its first model output, its output. */
  receiverActions: string;
  constraints: Constraint[];
  /** The built-in heuristic's verdict, for a judge that confirms rather than replaces. */
  heuristic: DeliveryVerdictResult;
}

/** Replaces or confirms the heuristic verdict, e.g. an LLM judge (`llmJudge` in @handoff/ai-sdk). */
export type DeliveryJudge = (input: DeliveryJudgeInput) => Promise<DeliveryVerdictResult | undefined>;

export interface DeliveryOptions {
  judge?: DeliveryJudge;
  /** `replace`: the judge decides; `confirm` (default): the judge runs only on non-`understood` verdicts. */
  judgeMode?: 'replace' | 'confirm';
}

/** Handoffs that carry a task to be understood (replies, routing decisions, chatter and empty ones do not). */
function carriesTask(index: TraceIndex, handoff: Handoff): boolean {
  // A group-chat message to everyone is a task only where the sender said so.
  if (handoff.kind === 'broadcast' && handoff.task === undefined) return false;
  return (
    Boolean(handoff.toTurnId) &&
    !isReply(index, handoff) &&
    !isGatheredResult(index, handoff) &&
    handoffText(handoff, senderOf(index, handoff)).trim().length > 0
  );
}

/** The receiver's first actions: its tool-call arguments, first model output, and output. */
export function receiverActions(index: TraceIndex, turnId: string): string {
  const turn = index.turns.get(turnId);
  if (!turn) return '';
  const parts: string[] = [];
  for (const call of turn.toolCalls.slice(0, 5)) parts.push(valuesText(call.args));
  for (const call of turn.modelCalls.slice(0, 1)) {
    parts.push(call.output);
    for (const request of call.toolCalls) parts.push(valuesText(request.args));
  }
  // Work it passed on (a coordinator re-delegating the task) is an action on the task too.
  for (const handoff of index.outOf.get(turnId) ?? [])
    parts.push(handoffText(handoff, senderOf(index, handoff)));
  parts.push(index.outputTextOf(turnId));
  return parts.join('\n');
}

const DAY_MS = 86_400_000;

/**
 * A date the receiver worked out from the task's own date and a span it gave ("surgery on 1 April,
 * check two weeks after" → 15 April): a result of the task, not a change of it.
 */
function derivedDate(constraint: Constraint, other: Constraint, task: Constraint[]): boolean {
  if (constraint.type !== 'date' || constraint.value.length !== 10 || other.value.length !== 10) return false;
  // Worked out from any of the task's days ("24 months from the salting on 19.01.2025"), not only this one.
  const days = task.filter((c) => c.type === 'date' && c.value.length === 10);
  return days.some((day) => spannedFrom(day.value, other.value, task));
}

/** Whether a text's full day is one worked out from a day of the task and a span it gives. */
function derivedDay(text: string, task: Constraint[]): boolean {
  const day = findDates(text).find((d) => d.value.length === 10)?.value;
  if (!day) return false;
  return task.some((c) => c.type === 'date' && c.value.length === 10 && spannedFrom(c.value, day, task));
}

/**
 * Whether the task gives a day without its year ("expire 21/03/2027. Book … by 11/03", "by 11 Mar"):
 * an answer's 2027-03-11 is then the task's own day, not a changed one.
 */
function givenWithoutYear(task: string, iso: string): boolean {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [month, day] = [Number(m[1]), Number(m[2])];
  const name = MONTHS[month - 1]!;
  return new RegExp(
    String.raw`(?<![\d/.-])(?:0?${day}[/.]0?${month}|0?${month}/0?${day})(?![\d]|[/.-]\d)|(?<!\d)0?${day}(?:st|nd|rd|th)?\.?\s+${name}[a-z]*\.?(?!\s*\d{4})|\b${name}[a-z]*\.?\s+0?${day}(?!\d|,?\s*\d{4})`,
    'i',
  ).test(task);
}

/** Words that make a span a delay: "7 days late", "slipped 2 weeks". */
const LATE = /\b(?:late|later than|delay\w*|overdue|slipp\w*|postpon\w*|moved|push\w* back|behind)\b/i;

/**
 * A day the receiver gives with the span that takes it from the task's day, in one sentence: "a
 * 10-day standstill ending 5 Feb 2027" after "moderated 26/01/2027". A delay ("7 days late") is no
 * such span.
 */
function spannedInAnswer(constraint: Constraint, other: Constraint, actions: string): boolean {
  if (constraint.type !== 'date' || other.value.length !== 10) return false;
  // A month ("Jun 2027", a period's end) spans from its first or its last day.
  const bases =
    constraint.value.length === 10
      ? [constraint.value]
      : /^\d{4}-\d{2}$/.test(constraint.value)
        ? [`${constraint.value}-01`, lastDayOf(constraint.value)]
        : [];
  const dated = sentencesOf(actions).filter(
    (sentence) => sentence.includes(other.text) && !LATE.test(sentence),
  );
  if (
    dated.some((sentence) =>
      bases.some((base) => spannedFrom(base, other.value, extractConstraints(sentence))),
    )
  )
    return true;
  // Or a span it states elsewhere in its answer ("repeat within 2 weeks … book by 18/06/2027" from
  // the 04/06 report): a day of the task plus the receiver's own span is worked out, not changed.
  return (
    dated.length > 0 && bases.some((base) => spannedFrom(base, other.value, extractConstraints(actions)))
  );
}

/** The last day of a month given as `YYYY-MM`. */
function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * A day that opens or closes a year of a span of calendar years the task gives ("closing files
 * 2021–2023" searched from 2021-01-01 to 2023-12-31). Not where the task counts in fiscal years: their
 * calendar edges are the misreading ("FY2025/26 (1 Apr 2025 – 31 Mar 2026)" searched from 2025-01-01).
 */
function yearEdge(task: string, value: string): boolean {
  const m = /^(\d{4})-(?:01-01|12-31)$/.exec(value);
  if (!m || /\b(?:fiscal|financial year|FY\s?\d|Geschäftsjahr|ejercicio|exercice)/i.test(task)) return false;
  return [
    ...task.matchAll(/(?<!\d)((?:19|20)\d\d)\s*(?:–|-|to|through|until|bis|a|al)\s*((?:19|20)\d\d)(?!\d)/g),
  ].some((r) => r[1] === m[1] || r[2] === m[1]);
}

/**
 * The days the receiver's tools gave it that none of its calls asked with ("gyldig_til":
 * "2027-09-30" from a certificate lookup), each with the words of what the result calls it (its
 * key, or the words before it): facts it read and reports. A day a tool worked out from what the
 * call gave it (`retrocession_le` from `retrocession_jours: 7`) is about the task's own day when
 * the task names it the same way, and is not set aside here.
 */
function readDays(calls: readonly CallText[]): Map<string, string[]> {
  const asked = new Set(findDates(calls.map((call) => call.args).join('\n')).map((d) => d.value));
  const read = new Map<string, string[]>();
  for (const call of calls) {
    if (call.result === undefined) continue;
    const text = textOf(call.result).slice(0, 20_000);
    for (const day of findDates(text)) {
      if (asked.has(day.value)) continue;
      const label =
        text
          .slice(Math.max(0, day.index - 48), day.index)
          .split(/[,{}[\]]/)
          .at(-1) ?? '';
      read.set(day.value, [...(read.get(day.value) ?? []), ...labelWords(label)]);
    }
  }
  return read;
}

/** The words of a key or a label, without accents, four letters or more, stemmed to six. */
const labelWords = (text: string) =>
  unaccented(text)
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, 6));

/**
 * Whether a day falls inside a span the task gives with that end ("polisa aktywna (1.03.2026–
 * 28.02.2027)"): a day of the span, as the damage on 9.01.2027 is, changes neither end.
 */
function insideTaskSpan(task: string, end: string, day: string): boolean {
  const days = findDates(task).filter((d) => d.value.length === 10);
  for (let i = 0; i + 1 < days.length; i++) {
    const [from, to] = [days[i]!, days[i + 1]!];
    const between = task.slice(from.index + from.text.length, to.index);
    if (!/^\s*(?:[–—-]|to|until|till|through|bis|au|al|a|do)\s*$/i.test(between)) continue;
    if ((end === from.value || end === to.value) && from.value <= day && day <= to.value) return true;
  }
  return false;
}

/**
 * Whether a month an answer gives ("masa studi sampai dengan Februari 2028") stands where the task's
 * day stood ("masa studi sampai 31 Agustus 2028"): the words before them share one. A month named
 * in other words ("Efterbetalning: januari och februari 2027" beside "från och med januari 2027")
 * is another period, not the task's day changed.
 */
function sameRole(task: string, taskDay: string, actions: string, day: string): boolean {
  const own = new Set(wordsBefore(task, task.indexOf(taskDay)));
  const at = actions.indexOf(day);
  return at >= 0 && wordsBefore(actions, at).some((w) => own.has(w));
}

/** Keys that hold the month a call works on: `mes`, `month`, `period`. */
const MONTH_KEY =
  /^(?:month|mes|monat|mois|maand|måned|månad|miesiąc|bulan|ay|period[eo]?|período|période|zeitraum)$/iu;

/** Whether a call was given `month` as the month it works on (`mes: "2027-04"`): the task's month, in that role. */
const monthKeyed = (calls: readonly CallText[], month: string): boolean =>
  calls.some(
    (call) =>
      !!call.raw &&
      typeof call.raw === 'object' &&
      Object.entries(call.raw as Record<string, unknown>).some(
        ([key, value]) => value === month && MONTH_KEY.test(key),
      ),
  );

/**
 * Whether a day an answer gives stands for the task's month: the words around them on their own lines
 * share one ("the Sept 2026 remodel … cost" and "RCE-88231 (11 Feb 2027): cost"). A day a call was
 * given under its own key (`fecha: 2026-12-09` for "ejecutar en enero 2027") names another thing.
 */
function sameLineRole(task: string, taskDay: string, actions: string, day: string): boolean {
  const own = new Set(wordsAround(task, taskDay));
  return wordsAround(actions, day).some((w) => own.has(w));
}

/**
 * The label words around a value on its line (48 characters before, 32 after); a value alone on its
 * line (a call's `key\nvalue`) is named by the line before it.
 */
function wordsAround(text: string, value: string): string[] {
  const at = text.indexOf(value);
  if (at < 0) return [];
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const from =
    text.slice(lineStart, at).trim() === '' && lineStart > 0
      ? text.lastIndexOf('\n', lineStart - 2) + 1
      : lineStart;
  const start = Math.max(from, at - 48);
  const endOfLine = text.indexOf('\n', at + value.length);
  const end = Math.min(endOfLine < 0 ? text.length : endOfLine, at + value.length + 32);
  return labelWords(`${text.slice(start, at)} ${text.slice(at + value.length, end)}`);
}

/** The label words of the 48 characters before a place in a text: what names the day there. */
const wordsBefore = (text: string, at: number) =>
  labelWords(text.slice(Math.max(0, at - 48), Math.max(0, at)));

/** Whether a day a tool gave names something else than the task's day: their words differ. */
function readAsOther(read: Map<string, string[]>, day: string, taskWords: readonly string[]): boolean {
  const words = read.get(day);
  if (!words) return false;
  const named = new Set(taskWords);
  return !words.some((w) => named.has(w));
}

/** Keys under which a tool stamps its own work with a day: `run_date`, `generated_at`, `as_of`. */
const STAMP_KEY =
  /^(?:run|generated|created|issued|retrieved|printed|report|computed|calculated|as)(?:_?(?:date|at|on|of|time))?$|^(?:as_of|timestamp|run_date|report_date)$/i;

/**
 * The days the receiver's tools stamped their own work with (`"run_date": "2027-02-11"`, quoted as
 * "RCE-88231 (11 Feb 2027)"): when it worked, not days of the task.
 */
function stampedDays(calls: readonly CallText[]): string[] {
  const days: string[] = [];
  const visit = (data: unknown, depth: number): void => {
    if (depth > 5 || data === null || typeof data !== 'object') return;
    for (const [key, value] of Object.entries(data as Record<string, unknown>))
      if (typeof value === 'string' && STAMP_KEY.test(key)) days.push(value);
      else visit(value, depth + 1);
  };
  for (const call of calls) {
    if (call.result !== undefined) visit(parsedResult(call.result, 20_000), 0);
    // And the day a call reads its data as of (`corte: "2026-12-10"`, `as_of`): when it read, not a
    // day of what it read about.
    if (call.raw && typeof call.raw === 'object')
      for (const [key, value] of Object.entries(call.raw as Record<string, unknown>))
        if (typeof value === 'string' && AS_OF_KEY.test(key)) days.push(value);
  }
  return days;
}

/** Argument keys that give the day a call reads its data as of. */
const AS_OF_KEY =
  /^(?:as_?of(?:_?date)?|cut_?off(?:_?date)?|(?:fecha_?)?(?:de_?)?corte|stichtag|snapshot_?date|reference_?date|data_?di_?riferimento|date_?d_?arr[eê]t[eé])$/i;

/** The days tools gave calls that asked for no day: a slot or a record the tool itself assigned. */
function assignedDays(calls: readonly CallText[]): string[] {
  return calls.flatMap((call) => {
    if (call.result === undefined || findDates(call.args).length > 0) return [];
    const text = textOf(call.result);
    // (And its months, `"start_cycle": "2027-04"`, and the days of its times, `"2027-04-12T06:00"`.)
    return [
      ...findDates(text).map((d) => d.value),
      ...(text.match(/(?<![\d-])\d{4}-\d{2}(?![\d-])/g) ?? []),
      ...(text.match(/(?<![\d-])\d{4}-\d{2}-\d{2}(?=T\d)/g) ?? []),
    ];
  });
}

/** Words that say an item is left out of the work, as a participle ("**B 84597 exclue** : garantie … jusqu’au 30/09/2027"). */
const SET_ASIDE_ITEM =
  /(?<![\p{L}])(?:excluded|exclue?s?|excluid[oa]s?|ausgeschlossen|esclus[oaie]|wykluczon\p{L}*|uitgesloten|vyloučen\p{L}*|hors (?:campagne|périmètre|champ)|out of scope|not in scope)(?![\p{L}])/iu;

/**
 * An order to leave an item out: "— do not include", "לא לכלול", "no incluir". At a sentence's end
 * it sets the whole sentence's item aside ("5100706619 paid 14.02.2027 (receipt KB-27-118834) — do not
 * include"); elsewhere only its own clause.
 */
const LEAVE_OUT_ORDER =
  /(?<![\p{L}])(?:do not include|don['’]t include|not to be included|leave (?:it|this|them) out|exclude (?:it|this|them)|(?:לא|אין) לכלול|no (?:incluir|lo incluyas|la incluyas)|não (?:incluir|o inclua|a inclua)|ne pas (?:l['’])?inclure|non includer(?:e|lo|la)|nicht (?:aufnehmen|einbeziehen|einrechnen)|niet opnemen|لا (?:تدرج|تُدرج|تشمل)|शामिल न करें)(?![\p{L}])/iu;

/**
 * The task's constraints, less the values of sentences that set an item aside ("B 84597 exclue :
 * garantie active jusqu’au 30/09/2027"): those describe the item left out, not the work.
 */
function workConstraints(task: string): Constraint[] {
  const all = extractConstraints(task);
  if (!SET_ASIDE_ITEM.test(task) && !LEAVE_OUT_ORDER.test(task)) return all;
  const aside: string[] = [];
  const rest: string[] = [];
  for (const sentence of sentencesOf(task)) {
    const order = LEAVE_OUT_ORDER.exec(sentence);
    if (
      SET_ASIDE_ITEM.test(sentence) ||
      (order && /^[\s\p{P}]*$/u.test(sentence.slice(order.index + order[0].length)))
    )
      aside.push(sentence);
    // Mid-sentence ("Book 12–14 May; do not include breakfast"): the order's own clause only.
    else if (order) {
      const end = sentence.slice(order.index).search(/[;\n]|\.(?=\s|$)/);
      const at = end < 0 ? sentence.length : order.index + end;
      aside.push(sentence.slice(order.index, at));
      rest.push(sentence.slice(0, order.index) + sentence.slice(at));
    } else rest.push(sentence);
  }
  const kept = rest.join('\n');
  const asideOnly = new Set(
    extractConstraints(aside.join('\n'))
      .filter((c) => !kept.includes(c.text))
      .map((c) => c.text),
  );
  return all.filter((c) => !asideOnly.has(c.text));
}

/** A clause that takes items out of what the rest of a task asks: "EXCEPT trd-lx-01..06 (freeze …)". */
const EXCEPTED =
  /\b(?:except(?:ing)?|excluding|other than|apart from|aside from|save for|but not|with the exception of)\b(?:[^.;\n]|\.(?=[\w.]))*/gi;
/** Ids and codes: "trd-lx-01..06", "INV-88", "A12". */
const ITEM_ID = /(?<![\w-])(?=[\w.-]*\d)(?=[\w.-]*[a-z])[a-z\d][\w.-]*[a-z\d](?![\w-])/gi;

/**
 * The receiver's sentences about items the task excepted from the rest ("by 2026-12-11. EXCEPT
 * trd-lx-01..06 (freeze to 2026-12-14)" answered "trd-lx-01..06 not patched, deferred to
 * 2026-12-15"): a value in one of them is the exception's own, not a changed one.
 */
function exceptedItemSentences(task: string, actions: string): readonly string[] {
  if (!/\b(?:except|excluding|other than|apart from|aside from|save for|but not)/i.test(task)) return [];
  const ids = new Set(
    [...task.matchAll(EXCEPTED)].flatMap((m) => m[0].match(ITEM_ID) ?? []).map((id) => id.toLowerCase()),
  );
  if (ids.size === 0) return [];
  return sentencesOf(actions).filter((sentence) =>
    (sentence.match(ITEM_ID) ?? []).some((id) => ids.has(id.toLowerCase())),
  );
}

/**
 * Whether the receiver's days (in its answer or calls) make a window around the task's day that
 * opens or closes a span the task gives away from it ("due 2027-01-18, check-in flexible ±10 days"
 * searched 2027-01-08 to 02-25).
 */
function windowAround(constraint: Constraint, found: Constraint[], task: Constraint[]): boolean {
  if (constraint.type !== 'date' || constraint.value.length !== 10) return false;
  const days = found.filter((c) => c.type === 'date' && c.value.length === 10).map((c) => c.value);
  const before = days.filter((day) => day < constraint.value);
  const after = days.filter((day) => day > constraint.value);
  // Or a window between two of the task's own days ("class period 14/02/2023–02/08/2024, lookback to
  // 31/10/2024" searched from 2023-02-14 to 2024-10-31): the day lies inside what it searched.
  const given = new Set(task.filter((c) => c.type === 'date').map((c) => c.value));
  return (
    before.length > 0 &&
    after.length > 0 &&
    ([...before, ...after].some((day) => spannedFrom(constraint.value, day, task)) ||
      (before.some((day) => given.has(day)) && after.some((day) => given.has(day))))
  );
}

/** Whether one day lies a span the task gives (days, weeks, months, years) after or before another. */
function spannedFrom(from: string, to: string, task: Constraint[]): boolean {
  const gap = Math.abs(Date.parse(to) - Date.parse(from)) / DAY_MS;
  return task.some((c) => {
    if (c.type !== 'quantity') return false;
    const [amount, unit] = c.value.split(' ');
    const days =
      unit === 'day'
        ? Number(amount)
        : unit === 'month'
          ? Number(amount) * 30.44
          : unit === 'year'
            ? Number(amount) * 365.25
            : Number.NaN;
    return Math.abs(days - gap) <= (unit === 'day' ? 0.5 : 3);
  });
}

/** Tool names for a run on a sample of the work, not the work: `lab_trial`, `test_batch`, `pilot_run`. */
const TRIAL = /\b(?:trial|sample|sampling|test|pilot|probe|dry run|preview|simulate|simulation)\b/i;

/** A tool call: its name, its arguments' names and values, and whether it only carried a message on. */
interface CallText {
  name: string;
  args: string;
  /** The call handed work to another agent: its text is a message, read as sentences, not a deed. */
  delegates?: boolean;
  /** The lists of strings among its arguments (`levels: ["GF", "L1", …]`). */
  lists?: string[][];
  /** The arguments as the call gave them. */
  raw?: unknown;
  /** What the call returned. */
  result?: unknown;
}

/** Every array of strings in a call's arguments. */
function stringLists(args: unknown, depth = 0): string[][] {
  if (!args || typeof args !== 'object' || depth > 8) return [];
  if (Array.isArray(args)) {
    const strings = args.filter((item): item is string => typeof item === 'string');
    const nested = args.flatMap((item) => stringLists(item, depth + 1));
    return strings.length > 0 ? [strings, ...nested] : nested;
  }
  return Object.values(args as Record<string, unknown>).flatMap((item) => stringLists(item, depth + 1));
}

/** The tool calls a receiver made or asked its model for: names and argument values. */
function receiverCalls(index: TraceIndex, turnId: string): CallText[] {
  const turn = index.turns.get(turnId);
  if (!turn) return [];
  // Argument names say what a value is for (`arrive_before: "10:00"`): both count as what it did.
  const described = (args: unknown) => `${keysText(args)}\n${valuesText(args)}`;
  const sent = (index.outOf.get(turnId) ?? [])
    .map((handoff) => (handoff.task ?? handoff.content).trim())
    .filter((text) => text.length >= 20);
  const call = (name: string, args: unknown): CallText => {
    const values = valuesText(args);
    return {
      name,
      args: described(args),
      delegates: sent.some((text) => values.includes(text)),
      lists: stringLists(args),
      raw: args,
    };
  };
  const calls: CallText[] = turn.toolCalls.map((c) => ({ ...call(c.name, c.args), result: c.result }));
  for (const model of turn.modelCalls)
    for (const request of model.toolCalls) calls.push(call(request.name, request.args));
  return calls;
}

/**
 * The rules a turn was given: its system prompt, and the user's words its prompt quotes (a request
 * that says "do not publish anything yet" binds every agent shown it). Read for deeds only.
 */
function rulesOf(index: TraceIndex, turnId: string): string {
  const turn = index.turns.get(turnId);
  if (!turn) return '';
  // Some adapters record the system prompt (or the whole prompt) on the model calls only.
  const first = turn.modelCalls[0]?.input ?? [];
  const of = (role: 'system' | 'user') => {
    const own = turn.input.filter((message) => message.role === role);
    return own.length > 0 ? own : first.filter((message) => message.role === role);
  };
  return [...of('system'), ...of('user')].map((message) => message.content).join('\n');
}

/** A flag switched off (`publish: false`) names what the call does not do. */
const OFF: ReadonlySet<unknown> = new Set([false, 'false', 'no']);

/** The argument names of a tool call, as words (`arrive_before` → "arrive before"), not those switched off. */
function keysText(args: unknown, depth = 0): string {
  if (depth > 4 || args === null || typeof args !== 'object') return '';
  return Object.entries(args as Record<string, unknown>)
    .filter(([, value]) => !OFF.has(value as never))
    .map(([key, value]) => `${nameWords(key)} ${keysText(value, depth + 1)}`.trim())
    .join(' ');
}

/** A task's day (4 August, "04/08/2025") that the deeds give only with day and month swapped (2025-04-08). */
function dayMonthSwapped(
  constraints: readonly Constraint[],
  calls: readonly CallText[],
  task: string,
): { text: string; swapped: string } | undefined {
  if (calls.length === 0) return undefined;
  const given = new Set(findDates(calls.map((call) => call.args).join('\n')).map((d) => d.value));
  for (const c of constraints) {
    const m = c.type === 'date' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(c.value) : null;
    if (!m || m[2] === m[3] || Number(m[3]) > 12) continue;
    const swapped = `${m[1]}-${m[3]}-${m[2]}`;
    if (given.has(swapped) && !given.has(c.value)) return { text: c.text, swapped };
  }
  // A day the task writes either way round ("departure 03-04-2027") that a call of the receiver asks
  // for one way (2027-03-04), while that call's own result writes its day in the task's figures
  // reversed ("dep": "04-03-2027 04:15"): in the run's own way of writing days, the task named the
  // other day.
  for (const m of task.matchAll(/(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)/g)) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), m[4]!];
    if (a === b || a > 12 || b > 12) continue;
    const pad = (n: number) => String(n).padStart(2, '0');
    const written = (x: number, y: number) =>
      new RegExp(`(?<![\\d/.-])0?${x}[-/.]0?${y}[-/.]${year}(?![\\d/-]|\\.\\d)`);
    const readings = [`${year}-${pad(a)}-${pad(b)}`, `${year}-${pad(b)}-${pad(a)}`];
    for (const call of calls) {
      const result = call.result === undefined ? '' : textOf(call.result);
      if (!written(b, a).test(result) || written(a, b).test(result)) continue;
      const asked = readings.filter((iso) => call.args.includes(iso));
      if (asked.length === 1 && !given.has(readings.find((iso) => iso !== asked[0])!))
        return { text: m[0], swapped: asked[0]! };
    }
  }
  return undefined;
}

/** A call that makes or changes a record: its result is what it made, not records to choose from. */
const MAKES =
  /^(?:create|add|make|book|issue|submit|file|post|send|set|update|apply|open|register|schedule|place|generate|insert|record|log)\b/i;

const clip = (text: string): string => (text.length > 120 ? `${text.slice(0, 117)}...` : text);

/** Evidence of a deed against the task's own words: what they say, and what the deed did. */
const ruledAgainst = (label: string, rule: string, did: string) => ({
  label,
  detail: `the task says "${clip(rule)}"; ${did}`,
  expected: clip(rule),
  actual: clip(did),
});

/** Words that give a rate of exchange: "ROE 83.55", "exchange rate", "tipo de cambio", "1 USD = 83.55 INR". */
const EXCHANGE_RATE =
  /\b(?:ROE|FX rate|exchange rate|rate of exchange|conversion rate|converted at|tipo de cambio|taxa de câmbio|taux de change|tasso di cambio|Wechselkurs|wisselkoers|växelkurs|valutakurs|kurs wymiany|směnný kurz|обменный курс|курс обміну)\b|\b1\s*(?:USD|EUR|GBP|CHF|JPY|[$€£¥])\s*=\s*[\d₹$€£¥]/iu;

/**
 * Heuristic verdict: the task's constraints (periods, currencies, limits, names, quoted strings,
 * requirements) checked against the receiver's first actions. A constraint of a one-value type
 * (year, quarter, currency, limit, date) replaced by a different value is a contradiction.
 */
export function judgeDelivery(
  task: string,
  actions: string,
  /** What else the receiver was told (other handoffs into the same turn): values it may use. */
  alsoTold = '',
  /** The receiver's tool calls: where a changed count shows it acted on another number, and deeds a task forbade. */
  receiverCalls: string | readonly CallText[] = [],
  /** The receiver's own instructions (its system prompt): what they forbid, a tool call must not do. */
  rules = '',
): { result: DeliveryVerdictResult; constraints: Constraint[] } {
  const calls = typeof receiverCalls === 'string' ? [{ name: '', args: receiverCalls }] : receiverCalls;
  const constraints = workConstraints(task);
  const year = constraints.find((c) => c.type === 'year');
  const found = extractConstraints(actions, year ? { nearYear: Number(year.value) } : {});
  // Counts are rewritten in honest ways ("12 pallets in 2 trucks of 6 pallets"): only a different
  // count the receiver acted on (in a tool call) contradicts the task.
  const deeds = calls.length ? extractConstraints(calls.map((call) => call.args).join('\n')) : [];
  // A trial or sample run on a few of them (`lab_trial({ hides: 6 })` for 1,200 hides) is no
  // other count of the job.
  const acted = calls.some((call) => TRIAL.test(nameWords(call.name)))
    ? extractConstraints(
        calls
          .filter((call) => !TRIAL.test(nameWords(call.name)))
          .map((call) => call.args)
          .join('\n'),
      ).filter((c) => c.type === 'count')
    : deeds.filter((c) => c.type === 'count');
  const sanctioned = alsoTold ? extractConstraints(alsoTold) : [];
  // Read once, where a changed value needs them.
  let exceptedRead: readonly string[] | undefined;
  const excepted = () => (exceptedRead ??= exceptedItemSentences(task, actions));
  let stampedRead: string[] | undefined;
  const stamped = () => (stampedRead ??= stampedDays(calls));
  const otherDay = (text: string, taskDay: string) => {
    const day = findDates(text).find((d) => d.value.length === 10)?.value;
    return (
      day !== undefined &&
      (stamped().some((stamp) => stamp.startsWith(day)) ||
        // (The task's words on both sides: "the Sept 2026 remodel" is `remodel_date`'s.)
        readAsOther(readDay(), day, wordsAround(task, taskDay)))
    );
  };
  let assignedRead: string[] | undefined;
  const assigned = () => (assignedRead ??= assignedDays(calls));
  let readRead: Map<string, string[]> | undefined;
  const readDay = () => (readRead ??= readDays(calls));
  const evidence: Evidence[] = [];
  let kept = 0;
  let contradicted = 0;
  // Past events the task states as background: a receiver need not repeat them, and only a deed
  // about that event (a tool call naming a word of its clause: `order_date` for "the order was
  // placed on") on another day contradicts one; a day its answer or other deeds name may be another event.
  let unstated = 0;
  const deedsAbout = (event: string) => {
    const roots = event.split(' ').map((word) => stem(word).slice(0, 5));
    return extractConstraints(
      calls
        .map((call) => call.args)
        .filter((args) => words(args).some((w) => roots.some((root) => w.startsWith(root))))
        .join('\n'),
    );
  };
  const contradict = (e: Evidence) => {
    contradicted++;
    evidence.push(e);
  };
  const reported = new Set<string>();
  // A day of the task its deeds give with day and month swapped (04/08 booked as 8 April), never as given.
  const dayMonth = dayMonthSwapped(constraints, calls, task);
  if (dayMonth) {
    reported.add(dayMonth.text);
    contradict({
      label: `constraint "${dayMonth.text}"`,
      detail: `changed to "${dayMonth.swapped}" (day and month swapped)`,
      expected: dayMonth.text,
      actual: dayMonth.swapped,
    });
  }
  // A release line the task keeps to ("stays on major 6") that the receiver's versions leave.
  const major = versionMajorLeft(task, [actions, ...calls.map((call) => call.args)].join('\n'));
  if (major)
    contradict({
      label: `constraint "${major.kept}"`,
      detail: `changed to "${major.used}"`,
      expected: major.kept,
      actual: major.used,
    });
  // A value the task says it replaces, used instead of the one it wants ("excess £2,500 (from £500)" rated at 500).
  // Calls that do the work themselves (not ones handing a message on), as they gave their arguments.
  const ownCalls = calls.filter((call) => !call.delegates);
  const replaced = replacedValueUsed(
    task,
    actions,
    ownCalls.map((call) => call.raw),
  );
  if (replaced)
    contradict({
      label: `constraint "${replaced.wanted}"`,
      detail: `changed to the value the task replaces: "${clip(replaced.used)}"`,
      expected: replaced.wanted,
      actual: clip(replaced.used),
    });
  // Days counted on another basis ("7 working days" counted with `basis: "calendar"`).
  const basis = dayBasisChanged(
    task,
    actions,
    ownCalls.map((call) => call.raw ?? call.args),
  );
  if (basis)
    contradict({
      label: `constraint "${basis.asked}"`,
      detail: `changed to ${basis.used}`,
      expected: basis.asked,
      actual: basis.used,
    });
  // A threshold of the task a call sets to another figure (`idle_days_min: 30` for "≥ 90 days").
  const threshold = thresholdChangedInArgs(
    task,
    ownCalls.map((call) => call.raw ?? call.args),
  );
  if (threshold)
    contradict({
      label: `constraint "${threshold.bound}"`,
      detail: `changed to ${threshold.key}: ${threshold.value}`,
      expected: threshold.bound,
      actual: `${threshold.key}: ${threshold.value}`,
    });
  for (const constraint of constraints) {
    if (keepsConstraint(constraint, actions, found)) {
      kept++;
      continue;
    }
    const pool =
      constraint.type === 'count' ? acted : constraint.event ? deedsAbout(constraint.event) : found;
    const rivals =
      EXCLUSIVE_TYPES.has(constraint.type) && !windowAround(constraint, [...pool, ...deeds], constraints)
        ? pool.filter(
            (c) =>
              contradicts(constraint, c) &&
              !derivedDate(constraint, c, constraints) &&
              !spannedInAnswer(constraint, c, actions) &&
              !(c.type === 'date' && yearEdge(task, c.value)) &&
              !(c.type === 'date' && givenWithoutYear(task, c.value)) &&
              !(
                c.type === 'date' &&
                readAsOther(readDay(), c.value, wordsBefore(task, task.indexOf(constraint.text)))
              ) &&
              // A month against a day, either way round, is the same date only where the words
              // before them name one thing ("acta de mayo 2026" is no `corte: 2026-12-10`).
              !(
                c.type === 'date' &&
                c.value.length === 7 &&
                !sameRole(task, constraint.text, actions, c.text) &&
                !(constraint.value.length === 7 && monthKeyed(calls, c.value))
              ) &&
              !(
                c.type === 'date' &&
                constraint.value.length === 7 &&
                c.value.length === 10 &&
                !sameLineRole(task, constraint.text, actions, c.text)
              ) &&
              !(c.type === 'date' && insideTaskSpan(task, constraint.value, c.value)) &&
              // An amount carried into another currency at a rate the task or the answer gives is
              // converted, not misread: "CIF USD 52,000 … ROE 83.55" and "₹43,44,600".
              !(c.type === 'currency' && EXCHANGE_RATE.test(`${task}\n${actions}`)) &&
              // A year read off a full date is the date's: another year alone ("the old 2022
              // table") is no other day; the date is checked against dates.
              !(
                constraint.type === 'year' &&
                !/^\d{4}$/.test(constraint.text) &&
                /^\D*\d{4}\D*$/.test(c.text)
              ) &&
              // Nor is the year of a day a tool gave under another name (an addendum's
              // `fecha: "2026-10-15"` against "febrero 2027") or a day a call read its data as of.
              !(constraint.type === 'year' && c.type === 'year' && otherDay(c.text, constraint.text)) &&
              // And the year of a full day worked out from the task's day and a span it gives
              // ("award 15 Dec 2026 … 12-month embargo" → "15 December 2027") is the task's.
              !(constraint.type === 'year' && c.type === 'year' && derivedDay(c.text, constraints)) &&
              !constraints.some((t) => t.type === c.type && t.value === c.value) &&
              !sanctioned.some((t) => t.type === c.type && t.value === c.value) &&
              !excepted().some((sentence) => sentence.includes(c.text)) &&
              !(
                (c.type === 'date' || c.type === 'year') &&
                stamped().some((day) => day.startsWith(c.value))
              ) &&
              // A year the task names alone ("handed over 2026-06") against the day a tool gave a
              // call that asked for none (an appointment it assigned): the tool's day, not the task's year.
              !(
                constraint.type === 'year' &&
                /^\d{4}$/.test(constraint.text) &&
                c.type === 'year' &&
                assigned().some((day) => day.startsWith(c.value))
              ) &&
              // A month or a day a tool gave a call that asked for none ("24 months from the April
              // 2027 cycle", `start_cycle: "2027-04"`): the tool assigned it, no day of the task changed.
              !(
                constraint.type === 'date' &&
                c.type === 'date' &&
                c.value.length >= 7 &&
                assigned().some((day) => day.startsWith(c.value))
              ),
          )
        : [];
    // A year read off a date is the date's: one line of evidence for both.
    const seen = reported.has(constraint.text);
    reported.add(constraint.text);
    if (rivals.length > 0) {
      contradict({
        label: `constraint "${constraint.text}"`,
        detail: `changed to "${rivals[0]!.text}"`,
        expected: constraint.text,
        actual: rivals[0]!.text,
      });
    } else if (constraint.event) {
      unstated++;
    } else if (!seen) {
      evidence.push({
        label: `constraint "${constraint.text}"`,
        detail: 'dropped',
        expected: constraint.text,
      });
    }
  }
  // What the task forbade and the receiver did anyway, or did "instead of" what it was asked.
  let sentences: readonly string[] | undefined;
  const said = () => (sentences ??= sentencesOf(actions));
  const prohibitions = extractProhibitions(task);
  if (rules && calls.length > 0)
    for (const rule of extractProhibitions(rules))
      if (!prohibitions.some((p) => p.text === rule.text))
        prohibitions.push({ ...rule, text: `${rule.text} (its instructions)`, deedsOnly: true });
  for (const prohibition of prohibitions) {
    // A message it handed on ("no clash with ECON2031") is read as what it said, negations and all.
    const broken = breaks(
      prohibition,
      calls.filter((call) => !call.delegates),
      said(),
      actions.split('\n'),
    );
    if (broken === undefined) kept++;
    else {
      contradict({
        label: `prohibition "${prohibition.text}"`,
        detail: `broken: "${clip(broken)}"`,
        expected: prohibition.text,
        actual: clip(broken),
      });
    }
  }
  const swapped = saysInstead(actions) ? substitutedAction(task, said()) : undefined;
  if (swapped !== undefined) {
    contradict({ label: 'substituted action', detail: `"${clip(swapped)}"`, actual: clip(swapped) });
  }
  // Items the task asks for together, of which the receiver acted on some and never touched others.
  const listed =
    listedCodeLeftOut(task, calls) ??
    numberedItemsCut(task, calls, actions) ??
    joinedCodeLeftOut(task, calls, actions);
  const narrowed = [
    ...droppedItems(task, calls, actions),
    ...includedLeftOut(task, calls, actions),
    ...(listed ? [listed] : []),
  ];
  for (const { dropped, kept: covered } of narrowed) {
    contradict({
      label: `requirement "${dropped}"`,
      detail: `dropped: acted on "${covered}" only`,
      expected: dropped,
      actual: `only "${covered}"`,
    });
  }
  // Items of a labelled checklist ("(a) …, (b) …, (e) …") the answer never addresses.
  const skipped = skippedChecklistItems(task, actions);
  for (const item of skipped) {
    contradict({ label: `checklist item "${clip(item)}"`, detail: 'never addressed', expected: item });
  }
  // A rate kept by its number on another basis ("£92 a head" → "92p/kg").
  // A value of the task the receiver kept in another form: `what` it was, `how` it became `now`.
  const changed = (what: string, stated: string, how: string, now: string) =>
    contradict({ label: `${what} "${stated}"`, detail: `${how} "${now}"`, expected: stated, actual: now });
  const rebased = changedRateBasis(task, actions);
  if (rebased) changed('rate', rebased.stated, 'changed to', rebased.changed);
  // A grade the task set ("survey type B") done as another ("type C walkover").
  const regraded = calls.length > 0 ? changedGrade(task, calls) : undefined;
  if (regraded) changed('grade', regraded.asked, 'done as', regraded.done);
  // An item worked on outside the run the task limited the work to ("L1 to L6 only", the call lists GF).
  const beyond = calls.length > 0 ? outsideRange(task, calls) : undefined;
  if (beyond) {
    contradict({
      label: `scope "${beyond.range} only"`,
      detail: `acted on ${beyond.item} too`,
      expected: beyond.range,
      actual: beyond.item,
    });
  }
  // A time booked outside the window the task set ("after the 13:00 checkout, before 15:00").
  // A local time the task also gave in UTC, filed as UTC ("15:45 local = 14:45Z" → "15:45Z").
  const zoned = calls.length > 0 ? localFiledAsUtc(task, calls) : undefined;
  if (zoned)
    contradict({
      label: `time "${zoned.given}"`,
      detail: `filed the local time as UTC: "${zoned.call}"`,
      expected: zoned.given,
      actual: zoned.call,
    });
  const late = calls.length > 0 ? outsideWindow(task, calls) : undefined;
  if (late) {
    contradict({
      label: `time window "${late.window.text}"`,
      detail: `broken by "${clip(late.call)}"`,
      expected: late.window.text,
      actual: clip(late.call),
    });
  }
  // A weekend day booked where the task allowed weekdays only.
  const weekend = calls.length > 0 ? weekendBooked(task, calls) : undefined;
  if (weekend)
    contradict({
      label: `days "${weekend.rule}"`,
      detail: `broken by "${clip(weekend.call)}"`,
      expected: weekend.rule,
      actual: clip(weekend.call),
    });
  // A term the task told it to use (address the reader with "Sie") that its answer never uses.
  const unused = unusedTerms(task, actions);
  for (const term of unused) {
    contradict({
      label: `required term "${term}"`,
      detail: 'never used',
      expected: term,
      actual: 'not used',
    });
  }
  // What the task sets in bold as its subject ("forecast **hopper band** formation"), never addressed.
  const unaddressed = unaddressedEmphasis(task, actions);
  for (const term of unaddressed) {
    contradict({
      label: `subject "${term}"`,
      detail: 'never addressed',
      expected: term,
      actual: 'not in the answer or its calls',
    });
  }
  // A statement the task requires word for word ("the disclaimer, verbatim: …") the answer lacks.
  const mandatory = missingMandatoryTexts(task, actions);
  for (const text of mandatory) {
    contradict({
      label: `mandatory text "${clip(text)}"`,
      detail: 'missing',
      expected: clip(text),
      actual: 'not in the answer',
    });
  }
  // A wording the task rules out ("Not allowed: … \"lowers cholesterol\"") the answer uses.
  const ruledOut = ruledOutWordingUsed(task, actions);
  if (ruledOut) {
    contradict({
      label: `ruled-out wording "${ruledOut.wording}"`,
      detail: `used: "${clip(ruledOut.sentence)}"`,
      expected: `not "${ruledOut.wording}"`,
      actual: clip(ruledOut.sentence),
    });
  }
  // An identifier the task rules out ("not the house MF-0217 base") the receiver used in a deed.
  const usedId = ruledOutIdentifierUsed(task, calls);
  if (usedId) {
    contradict({
      label: `ruled-out "${usedId.id}"`,
      detail: `used: "${clip(usedId.call)}"`,
      expected: `not ${usedId.id}`,
      actual: clip(usedId.call),
    });
  }
  // A code the task says to take out ("remove 99214") that a deed edits as a line it keeps.
  const edited = usedId ? undefined : removedIdentifierEdited(task, calls);
  if (edited)
    contradict({
      label: `removed "${edited.id}"`,
      detail: `kept and edited: "${clip(edited.call)}"`,
      expected: `remove ${edited.id}`,
      actual: clip(edited.call),
    });
  // A value the task sets against the one it wants ("Nemeth, NOT UEB technical") the receiver set in a deed.
  const usedTerm = usedId ? undefined : ruledOutTermUsed(task, calls);
  if (usedTerm) {
    contradict({
      label: `ruled-out "${usedTerm.term}"`,
      detail: `used: "${clip(usedTerm.call)}"`,
      expected: `not ${usedTerm.term}`,
      actual: clip(usedTerm.call),
    });
  }
  // Records the task listed ("lab IDs 26-118302, -304") while the receiver's deed took others of the series.
  const otherRecords = actedOnOtherRecords(task, calls);
  if (otherRecords) {
    contradict({
      label: `records ${clip(otherRecords.listed.join(', '))}`,
      detail: `acted on ${clip(otherRecords.acted.join(', '))} instead: "${clip(otherRecords.call)}"`,
      expected: otherRecords.listed.join(', '),
      actual: clip(otherRecords.call),
    });
  }
  // A step the task asked for that the answer says was not needed ("no travel note needed").
  const declined = declinedStep(task, actions);
  if (declined) {
    contradict({
      label: `step "${declined.step}"`,
      detail: `declined: "${clip(declined.sentence)}"`,
      expected: declined.step,
      actual: clip(declined.sentence),
    });
  }
  const total =
    (declined ? 1 : 0) +
    (otherRecords ? 1 : 0) +
    mandatory.length +
    (ruledOut ? 1 : 0) +
    (usedId ? 1 : 0) +
    (usedTerm ? 1 : 0) +
    constraints.length -
    unstated +
    prohibitions.length +
    narrowed.length +
    skipped.length +
    unused.length +
    unaddressed.length +
    (late ? 1 : 0) +
    (weekend ? 1 : 0) +
    (regraded ? 1 : 0) +
    (swapped === undefined ? 0 : 1);
  const score = total === 0 ? 1 : Math.max(0, (kept - contradicted) / total);
  const dropped = total - kept - contradicted;
  const verdict: DeliveryVerdict =
    contradicted > 0 ? 'misunderstood' : total >= 2 && dropped / total > 0.5 ? 'partially' : 'understood';
  return { result: { verdict, score: Math.round(score * 100) / 100, evidence }, constraints };
}

/** Each turn's agent's earlier turns, in trace order, with the turn's own position among them. */
const agentTurns = new WeakMap<TraceIndex, Map<string, { list: AgentTurn[]; at: number }>>();

/** Sent back with what to change and what to keep, the receiver's new draft changed a part to keep. */
function revisedBeyondRequest(index: TraceIndex, handoff: Handoff, task: string): Evidence | undefined {
  const turn = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
  if (!turn || !keepsParts(task)) return undefined;
  let positions = agentTurns.get(index);
  if (!positions) {
    positions = new Map();
    const lists = new Map<string, AgentTurn[]>();
    for (const t of index.trace.turns) {
      const list = lists.get(t.agent) ?? [];
      lists.set(t.agent, list);
      positions.set(t.id, { list, at: list.length });
      list.push(t);
    }
    agentTurns.set(index, positions);
  }
  const own = positions.get(turn.id);
  let before: string | undefined;
  for (let i = (own?.at ?? 0) - 1; i >= 0 && before === undefined; i--)
    before = own!.list[i]!.output || undefined;
  const after = index.outputTextOf(turn.id);
  if (!before || !after) return undefined;
  const breach = changedBeyondRequest(task, before, after);
  if (!breach) return undefined;
  return {
    label: `kept part "${breach.label}"`,
    detail: `changed though the request kept it: "${clip(breach.was)}" → "${clip(breach.now)}"`,
    expected: clip(breach.was),
    actual: clip(breach.now),
  };
}

/**
 * What the receiver's own deeds show against its task: another record acted on than the one the
 * task singled out, a tool argument named for what the task asked that leaves it out, items it was
 * told (by its instructions or prompt) not to change handed on rewritten.
 */
function actedAgainst(
  index: TraceIndex,
  turnId: string,
  task: string,
  actions: string,
): Evidence | undefined {
  const turn = index.turns.get(turnId);
  if (!turn) return undefined;
  const replaced = replacedItemActedOn(task, turn.toolCalls);
  if (replaced)
    return {
      label: 'replaced item',
      detail: `acted on ${replaced.old}, which the task says was replaced`,
      expected: task.slice(0, 120),
      actual: replaced.call,
    };
  // Told to leave one unit alone and work on another, it worked on the one to leave.
  const left = leftAloneItemWorked(task, turn.toolCalls, index.outputTextOf(turnId));
  if (left)
    return {
      label: 'item',
      detail: `the task leaves ${left.unit} alone and asks for work on another; the receiver worked on ${left.unit}: ${clip(left.call)}`,
      expected: clip(task),
      actual: clip(left.call),
    };
  // A listed item given what only another item's line says, or the role the task gave another item.
  const crossed = crossedRow(task, turn.toolCalls) ?? crossedNamedItems(task, turn.toolCalls);
  if (crossed)
    return {
      label: 'item',
      detail: `${crossed.call} gave ${crossed.item} ${crossed.value}, which only another line of the task has: "${clip(crossed.other)}"`,
      expected: clip(crossed.other),
      actual: `${crossed.item}: ${crossed.value}`,
    };
  // A record picked from the receiver's own table that lacks what the task requires, or is of
  // another kind than the one the task restricts it to.
  const otherKind = otherKindPicked(task, turn.toolCalls) ?? otherCodePicked(task, turn.toolCalls);
  if (otherKind)
    return {
      label: 'requirement',
      detail: `the task says "${clip(otherKind.only)}"; ${otherKind.call} took a record of another kind (${otherKind.column}): ${clip(otherKind.row)}`,
      expected: clip(otherKind.only),
      actual: clip(otherKind.row),
    };
  const unmet =
    requirementUnmet(task, turn.toolCalls, index.outputTextOf(turnId)) ??
    requiredKindMissing(task, turn.toolCalls) ??
    absentWantedPicked(task, turn.toolCalls) ??
    expiredPicked(task, turn.toolCalls, index.outputTextOf(turnId));
  if (unmet)
    return {
      label: 'requirement',
      detail: `the task says "${clip(unmet.required)}"; ${unmet.call} took a record its own tool shows without it (${unmet.column}): ${clip(unmet.row)}`,
      expected: clip(unmet.required),
      actual: clip(unmet.row),
    };
  // An item the task leaves out, listed with the others in the answer.
  const listed = excludedItemListed(task, index.outputTextOf(turnId));
  if (listed)
    return {
      label: 'requirement',
      detail: `the task leaves ${listed.item} out; the answer lists it: ${clip(listed.line)}`,
      expected: `without ${listed.item}`,
      actual: clip(listed.line),
    };
  const denied = requirementDenied(task, turn.toolCalls, index.outputTextOf(turnId));
  if (denied)
    return {
      label: 'requirement',
      detail: `the task says "${clip(denied.required)}"; the result of ${denied.call} says ${denied.column}, and the answer does not say so`,
      expected: clip(denied.required),
      actual: denied.column,
    };
  // A switch the task sets one way that the receiver's own run shows the other way.
  const flag = flagStateOpposed(
    task,
    turn.toolCalls.map((call) => textOf(call.result)),
  );
  if (flag)
    return {
      label: 'switch',
      detail: `the task asks for ${flag.flag} ${flag.asked}; the receiver's run had ${flag.ran}`,
      expected: `${flag.flag} ${flag.asked}`,
      actual: flag.ran,
    };
  // An action the task holds back until something happens, taken with nothing shown that it did.
  const early = heldActionTaken(task, shownText(index, turnId), turn.toolCalls);
  if (early)
    return {
      label: 'hold',
      detail: `the task says "${clip(early.held)}"; the receiver went ahead: ${clip(early.call)}`,
      expected: clip(early.held),
      actual: clip(early.call),
    };
  // Told to act on the listed items only, it acted on all of them.
  const everything = allInsteadOfListed(task, turn.toolCalls);
  if (everything)
    return {
      label: 'scope',
      detail: `the task limits the work to the items it lists; ${clip(everything.call)} names everything`,
      expected: clip(everything.only),
      actual: clip(everything.call),
    };
  // A reference of the task written with a digit changed or two swapped in the receiver's call.
  const miscopied = miscopiedReference(task, index.inputTextOf(turnId), turn.toolCalls);
  if (miscopied)
    return {
      label: 'reference',
      detail: `the task gives ${miscopied.given}; the receiver's call wrote ${miscopied.written}, which nothing it was shown holds`,
      expected: miscopied.given,
      actual: clip(miscopied.call),
    };
  const substituted = substitutedNumber(
    task,
    index.inputTextOf(turnId),
    turn.toolCalls,
    index.outputTextOf(turnId),
  );
  if (substituted)
    return {
      label: 'reference',
      detail: `the task gives ${substituted.given}; the receiver's call wrote ${substituted.written} instead, which nothing it was shown holds`,
      expected: substituted.given,
      actual: clip(substituted.call),
    };
  const odd = oddSiblingSetting(index, turnId);
  if (odd)
    return {
      label: 'argument',
      detail: `${odd.call} set ${odd.key} to "${odd.value}" where every worker briefed alongside it set "${odd.others}"`,
      expected: `${odd.key}: ${odd.others}`,
      actual: `${odd.key}: ${odd.value}`,
    };
  const otherRow = otherRowActedOn(task, turn.toolCalls);
  if (otherRow)
    return {
      label: 'row',
      detail: `${otherRow.call} acted on "${clip(otherRow.acted)}", not the row the task singles out: "${clip(otherRow.asked)}"`,
      expected: clip(otherRow.asked),
      actual: clip(otherRow.acted),
    };
  const redesignated = swappedDesignation(task, index.outputTextOf(turnId));
  if (redesignated)
    return {
      label: 'item',
      detail: `the task makes ${redesignated.named} the ${redesignated.role}; the answer gives that role to "${clip(redesignated.given)}"`,
      expected: redesignated.named,
      actual: clip(redesignated.given),
    };
  // A rule with a threshold ("anything over 14.5% … goes down pit 2") not applied to a record over it.
  // The records' figures: what it was shown, then what earlier turns said (an agent whose lines carry
  // the sampler's 1,004 bu had the sampler's figures, though its recorded prompt holds only the brief).
  const missedRule =
    conditionalRuleMissed(task, shownText(index, turnId), index.outputTextOf(turnId)) ??
    conditionalRuleMissed(task, () => earlierOutputs(index, turnId), index.outputTextOf(turnId));
  if (missedRule)
    return {
      label: 'rule',
      detail: `${missedRule.record} (${missedRule.value}) falls under "${clip(missedRule.rule)}", but its line sends it elsewhere: "${clip(missedRule.line)}"`,
      expected: clip(missedRule.rule),
      actual: clip(missedRule.line),
    };
  // Asked to do it to all of a set its own lookup listed, it did it to some and named none of the rest.
  const part = partOfAll(task, turn.toolCalls, actions);
  if (part)
    return {
      label: 'scope',
      detail: `the task asks for all of them; acted on ${part.done.join(', ')} only, not ${part.left.join(', ')}`,
      expected: clip(task),
      actual: part.done.join(', '),
    };
  const picked = pickedWithoutAsking(task, turn.toolCalls);
  if (picked)
    return {
      label: 'record',
      detail: `changed ${picked.chosen} without asking which: the task singles out none of ${[picked.chosen, ...picked.others].join(', ')}`,
      expected: 'a question: which one?',
      actual: picked.chosen,
    };
  // What agents it delegated to answered (an agent called as a tool): their reports, no listings to choose from.
  const answered = new Set(
    (index.outOf.get(turnId) ?? []).flatMap((h) =>
      h.toTurnId && h.kind !== 'return' ? [index.outputTextOf(h.toTurnId).trim()] : [],
    ),
  );
  for (const call of turn.toolCalls) {
    if (typeof call.result !== 'string' || call.result.length > 20_000) continue;
    if (answered.size > 0 && answered.has(call.result.trim())) continue;
    const short = fewerRequirementsMet(task, call.result, actions);
    if (short)
      return {
        label: 'requirements',
        detail: `chose ${short.chosen}, which the listing shows without ${short.missing.join(', ')}, over ${short.better}, which has it`,
        expected: short.better,
        actual: short.chosen,
      };
    const lapsed = lapsedChosen(task, call.result, actions);
    if (lapsed)
      return {
        label: 'requirements',
        detail: `chose ${lapsed.chosen}, which the listing marks out of date, where the task asks for it valid and ${lapsed.better} is not`,
        expected: lapsed.better,
        actual: lapsed.chosen,
      };
    const missed = requiredTermMissed(task, call.result, actions);
    if (missed)
      return {
        label: 'requirement',
        detail: `chose a record without ${missed.missing}, which the task requires and another record has`,
        expected: clip(missed.better),
        actual: clip(missed.chosen),
      };
    const capped = capBrokenByChoice(task, call.result, actions);
    if (capped)
      return {
        label: 'limit',
        detail: `chose ${capped.chosen} (${capped.value}), which breaks "${capped.cap}", over ${capped.better}, which keeps it`,
        expected: capped.cap,
        actual: `${capped.chosen}: ${capped.value}`,
      };
    const merged = partsMerged(task, call.result, actions);
    if (merged)
      return {
        label: 'scope',
        detail: `the task asks for ${merged.parts.join(', ')} apart; answered with the ${merged.whole} figure ${merged.figure} alone`,
        expected: merged.parts.join(', '),
        actual: `${merged.whole}: ${merged.figure}`,
      };
    const otherCase = rowOfOtherCase(task, call.result, actions);
    if (otherCase)
      return {
        label: 'record',
        detail: 'read the row of another case than the one the task describes',
        expected: clip(otherCase.target),
        actual: clip(otherCase.chosen),
      };
    // A deed's own result echoes what it made (a plan and its pay link): no listing it chose from.
    const chosen = MAKES.test(nameWords(call.name))
      ? undefined
      : otherRecordChosen(task, call.result, actions);
    if (chosen)
      return {
        label: 'record',
        detail: 'acted on another record than the one the task singles out',
        expected: chosen.target,
        actual: chosen.chosen,
      };
  }
  const overCap = capBrokenInArgs(task, turn.toolCalls);
  if (overCap)
    return {
      label: 'limit',
      detail: `${overCap.call} sets ${overCap.key} to ${overCap.value}, over "${overCap.cap}"`,
      expected: overCap.cap,
      actual: `${overCap.key}: ${overCap.value}`,
    };
  // A cap may stand in the request the receiver was shown rather than in its brief.
  const overTotal = totalOverCap(index.inputTextOf(turnId) || task, index.outputTextOf(turnId));
  if (overTotal)
    return {
      label: 'limit',
      detail: `plans "${clip(overTotal.total)}", over "${overTotal.cap}"`,
      expected: overTotal.cap,
      actual: clip(overTotal.total),
    };
  const inTable = capBrokenInTable(task, index.outputTextOf(turnId));
  if (inTable)
    return {
      label: 'limit',
      detail: `selected a row whose value ${inTable.value} breaks "${inTable.cap}": ${clip(inTable.row)}`,
      expected: inTable.cap,
      actual: clip(inTable.row),
    };
  const leftOut = slotLeftOut(task, [
    ...turn.toolCalls,
    ...turn.modelCalls.flatMap((call) => call.toolCalls),
  ]);
  if (leftOut)
    return {
      label: 'argument',
      detail: 'left out what the task named',
      expected: leftOut.asked,
      actual: leftOut.call,
    };
  const flipped = flagAgainstTask(task, turn.toolCalls);
  if (flipped)
    return {
      label: 'argument',
      detail: 'set the other way than the task says',
      expected: clip(flipped.line),
      actual: flipped.call,
    };
  const forbidden = forbiddenUsed(task, turn.toolCalls);
  if (forbidden)
    return {
      label: 'argument',
      detail: 'used what the task forbids',
      expected: clip(forbidden.rule),
      actual: clip(forbidden.used),
    };
  const beyond = beyondListed(task, turn.toolCalls);
  if (beyond) return ruledAgainst('scope', beyond.rule, beyond.used);
  const counted =
    excludedRowCounted(task, turn.toolCalls) ??
    excludedRowReported(task, turn.toolCalls, index.outputTextOf(turnId));
  if (counted)
    return {
      label: 'scope',
      detail: `the task says "${clip(counted.rule)}"; ${counted.call} took the total (${counted.total}), which holds that row: ${clip(counted.row)}`,
      expected: clip(counted.rule),
      actual: `${counted.call} ${counted.total}`,
    };
  const done = excludedGroupDone(task, turn.toolCalls);
  if (done) return ruledAgainst('scope', done.rule, done.done);
  const takenOption = chosenOptionAgainstTask(task, turn.toolCalls);
  if (takenOption) return ruledAgainst('option', takenOption.rule, takenOption.chosen);
  const unbounded = unsetFilter(task, turn.toolCalls);
  if (unbounded) return ruledAgainst('scope', unbounded.bound, unbounded.unset);
  const outside = dayBoundBroken(task, turn.toolCalls);
  if (outside)
    return {
      label: 'date',
      detail: `the task bounds the day ("${clip(outside.bound)}"); ${outside.booked}`,
      expected: clip(outside.bound),
      actual: clip(outside.booked),
    };
  const limit = limitChangedInArgs(task, turn.toolCalls);
  if (limit)
    return {
      label: 'limit',
      detail: `the task sets "${limit.bound}"; ${limit.call}`,
      expected: limit.bound,
      actual: clip(limit.call),
    };
  const basis = taxBasisSwapped(task, turn.toolCalls, index.outputTextOf(turn.id));
  if (basis)
    return {
      label: 'total',
      detail: `the task asks for the total ${basis.asked}; the answer gives ${basis.given}, its tool's total on the other basis (${basis.wanted} on the one asked)`,
      expected: `${basis.asked}: ${basis.wanted}`,
      actual: String(basis.given),
    };
  const mixedUp = mixedUpFigureInArgs(task, turn.toolCalls);
  if (mixedUp)
    return {
      label: 'argument',
      detail: `the task gives ${mixedUp.figure}; ${mixedUp.call}`,
      expected: clip(mixedUp.figure),
      actual: clip(mixedUp.call),
    };
  const negated = negatedAmountSet(task, turn.toolCalls);
  if (negated)
    return {
      label: 'argument',
      detail: `the task says "${clip(negated.none)}"; ${negated.set}`,
      expected: clip(negated.none),
      actual: clip(negated.set),
    };
  const replacedValue =
    keyedValueReplaced(task, turn.toolCalls, actions) ?? enumValueChanged(task, turn.toolCalls);
  if (replacedValue)
    return {
      label: 'argument',
      detail: `set its own value where the task gave one ("${clip(replacedValue.asked)}")`,
      expected: clip(replacedValue.asked),
      actual: clip(replacedValue.set),
    };
  const option = ruledOutOptionChosen(task, turn.toolCalls);
  if (option)
    return {
      label: 'argument',
      detail: `took the option the task rules out ("${clip(option.rule)}") over ${option.asked}, which its own tool offered`,
      expected: clip(option.rule),
      actual: clip(option.used),
    };
  const perItem = appliedPerItem(task, turn.toolCalls);
  if (perItem)
    return {
      label: 'argument',
      detail: 'applied per item what the task applies once',
      expected: clip(perItem.rule),
      actual: clip(perItem.used),
    };
  const ruledOut = contrastAgainstTask(task, turn.toolCalls);
  if (ruledOut)
    return {
      label: 'argument',
      detail: 'set to what the task rules out',
      expected: clip(ruledOut.clause),
      actual: ruledOut.call,
    };
  const otherSpan = spanMissed(task, turn.toolCalls);
  if (otherSpan)
    return {
      label: 'period',
      detail: `asked for ${otherSpan.asked}; its calls asked for other days`,
      expected: otherSpan.asked,
      actual: otherSpan.call,
    };
  const against = actionAgainstReasoning(turn);
  if (against)
    return {
      label: 'action',
      detail: `its reasoning picked ${against.picked.join(', ')}; its call acted on ${against.acted.join(', ')}`,
      expected: against.picked.join(', '),
      actual: against.call,
    };
  const mixed = rateOnOtherUnit(task, index.outputTextOf(turnId));
  if (mixed)
    return {
      label: 'units',
      detail: 'a rate applied to a figure given in another unit',
      expected: mixed.given,
      actual: mixed.worked,
    };
  const told = `${rulesOf(index, turnId)}\n${index.inputTextOf(turnId)}`;
  const rewritten = changedItem(task, told, index.outputTextOf(turnId));
  if (rewritten)
    return {
      label: 'changed item',
      detail: 'rewritten although told not to change it',
      expected: clip(rewritten.item),
      actual: clip(rewritten.became),
    };
  const removed = removedKeptItem(told, index.outputTextOf(turnId));
  if (removed)
    return {
      label: 'kept item',
      detail: `told to keep ${removed.kept}, it says it took it away`,
      expected: `keep ${removed.kept}`,
      actual: clip(removed.removed),
    };
  return undefined;
}

/** What the (at most 50) turns that ended before this one started said, the last first. */
function earlierOutputs(index: TraceIndex, turnId: string): string {
  const turn = index.turns.get(turnId);
  if (!turn) return '';
  return index.trace.turns
    .filter((other) => other.id !== turnId && other.endedAt !== undefined && other.endedAt <= turn.startedAt)
    .slice(-50)
    .map((other) => index.outputTextOf(other.id))
    .reverse()
    .join('\n');
}

export interface DeliveryResult {
  deliveries: Record<string, DeliveryVerdictResult>;
  findings: Finding[];
}

/**
 * Whether a receiver answered nothing, and its calls changed nothing either (each came back with
 * nothing or only a note: an optional lookup that found no data and was left out): its misread
 * is worth a look, not the cause.
 */
function silentAndUnused(index: TraceIndex, turnId: string | undefined): boolean {
  const turn = turnId ? index.turns.get(turnId) : undefined;
  if (!turn || index.finalTurnIds.has(turn.id)) return false;
  // (A hand-back that only names its sender, "peramal_harga answered:", says nothing either.)
  const said = index
    .outputTextOf(turn.id)
    .replace(new RegExp(`^${escapeRegExp(turn.agent)}\\s+\\p{L}+:`, 'u'), '');
  if (said.trim() !== '') return false;
  return turn.toolCalls.every((call) => !/\d/.test(textOf(call.result ?? '')));
}

/**
 * The request, where `handoff` only names a route ("reschedule: K-0129", a bare `sodai`) into a
 * receiver whose prompt shows the request: the route says which job, the request what the job is.
 */
function routedRequest(index: TraceIndex, handoff: Handoff, text: string): string | undefined {
  if (!handoff.toTurnId || isReply(index, handoff) || wordsOf(text).length > 4) return undefined;
  const request = requestOf(index.trace);
  if (wordsOf(request).length < 12) return undefined;
  return textContainment(request, shownText(index, handoff.toTurnId)) >= 0.8 ? request : undefined;
}

/** Semantic delivery: did each receiver understand the task it was handed? */
export async function checkDelivery(
  index: TraceIndex,
  skip: Set<string>,
  options: DeliveryOptions = {},
): Promise<DeliveryResult> {
  const deliveries: Record<string, DeliveryVerdictResult> = {};
  const findings: Finding[] = [];
  for (const handoff of index.trace.handoffs) {
    if (skip.has(handoff.id)) continue;
    const text = handoffText(handoff, senderOf(index, handoff));
    // A reviewer's answer sending a draft back is a reply, but what it keeps is a task all the same.
    const beyond = handoff.toTurnId ? revisedBeyondRequest(index, handoff, text) : undefined;
    const routed = routedRequest(index, handoff, text);
    if (!beyond && !carriesTask(index, handoff)) {
      // A bare route ("sodai") into a receiver shown the request: its deeds answer to the request.
      const broken =
        routed && actedAgainst(index, handoff.toTurnId!, routed, receiverActions(index, handoff.toTurnId!));
      if (broken) {
        const result: DeliveryVerdictResult = { verdict: 'misunderstood', score: 0.2, evidence: [broken] };
        deliveries[handoff.id] = result;
        findings.push(deliveryFinding(index, handoff, result));
      }
      continue;
    }
    let task = text;
    // One structured payload fanned out to several receivers: each is judged on its own part.
    if (fannedOut(index, handoff)) {
      const shown = shownText(index, handoff.toTurnId!);
      task = task
        .split('\n')
        .filter((part) => part.trim() !== '' && textContainment(part, shown) >= 0.5)
        .join('\n');
      if (task === '') continue;
    }
    const actions = receiverActions(index, handoff.toTurnId!);
    const alsoTold = (index.into.get(handoff.toTurnId!) ?? [])
      .filter((other) => other.id !== handoff.id)
      .map((other) => handoffText(other, senderOf(index, other)))
      .join('\n');
    const { result: heuristic, constraints } = judgeDelivery(
      task,
      actions,
      alsoTold,
      receiverCalls(index, handoff.toTurnId!),
      // Its own rules are read once per turn, with the first task it got.
      index.into.get(handoff.toTurnId!)?.[0] === handoff ? rulesOf(index, handoff.toTurnId!) : '',
    );
    let result = heuristic;
    const broken =
      actedAgainst(index, handoff.toTurnId!, task, actions) ??
      (routed ? actedAgainst(index, handoff.toTurnId!, routed, actions) : undefined);
    if (broken)
      result = {
        verdict: 'misunderstood',
        score: Math.min(result.score, 0.2),
        evidence: [...result.evidence, broken],
      };
    if (beyond)
      result = {
        verdict: 'misunderstood',
        score: Math.min(result.score, 0.2),
        evidence: [...result.evidence, beyond],
      };
    const reused = reusedAnswer(index, handoff, task);
    if (reused)
      result = {
        verdict: 'misunderstood',
        score: Math.min(result.score, 0.2),
        evidence: [
          ...result.evidence,
          {
            label: 'earlier answer',
            detail: 'answered with its answer to an earlier, different task, naming nothing of this one',
            expected: clip(task),
            actual: clip(reused.answer),
          },
        ],
      };
    const contract = handoff.metadata.contractCheck as { valid?: boolean; issues?: string[] } | undefined;
    if (contract?.valid === false) {
      result = {
        verdict: 'misunderstood',
        score: Math.min(result.score, 0.2),
        evidence: [
          ...result.evidence,
          {
            label: 'contract',
            detail: `payload breaks the handoff contract: ${(contract.issues ?? []).join('; ')}`,
          },
        ],
      };
    }
    if (options.judge && (options.judgeMode === 'replace' || result.verdict !== 'understood')) {
      try {
        const judged = await options.judge({
          handoff,
          task,
          receiverActions: actions,
          constraints,
          heuristic: result,
        });
        if (judged) result = { ...judged, judge: judged.judge ?? 'judge' };
      } catch (error) {
        result = {
          ...result,
          evidence: [
            ...result.evidence,
            {
              label: 'judge',
              detail: `judge failed: ${error instanceof Error ? error.message : String(error)}`,
            },
          ],
        };
      }
    }
    // A receiver stopped by its token limit did not get to say the rest: what it left unsaid, and
    // the record it stopped at, are the cut (a bad output), not a misread, unless it also changed
    // or broke something.
    if (
      result.verdict !== 'understood' &&
      !result.judge &&
      stoppedAtLimit(index.turns.get(handoff.toTurnId!))
    )
      if (result.evidence.every((e) => e.detail === 'dropped' || e.label === 'record'))
        result = { ...result, verdict: 'understood', evidence: [] };
    deliveries[handoff.id] = result;
    if (result.verdict === 'understood') continue;
    findings.push(deliveryFinding(index, handoff, result));
  }
  return { deliveries, findings };
}

/** The finding of a task not (fully) understood at `handoff`. */
function deliveryFinding(index: TraceIndex, handoff: Handoff, result: DeliveryVerdictResult): Finding {
  const boundary = { from: handoff.from, to: handoff.to };
  const changes = result.evidence
    .filter((e) => e.actual !== undefined || e.detail === 'dropped')
    .slice(0, 4)
    .map((e) =>
      e.label.startsWith('prohibition')
        ? `"${e.expected}" broken by "${e.actual}"`
        : e.label.startsWith('required term')
          ? `"${e.expected}" never used`
          : e.label.startsWith('requirement')
            ? `"${e.expected}" dropped, ${e.detail.replace('dropped: ', '')}`
            : e.label === 'substituted action'
              ? `did another action instead: "${e.actual}"`
              : e.actual !== undefined
                ? `"${e.expected}" became "${e.actual}"`
                : `"${e.expected}" dropped`,
    );
  return makeFinding({
    kind: 'misunderstood_task',
    severity:
      result.verdict === 'misunderstood' && !silentAndUnused(index, handoff.toTurnId) ? 'error' : 'warning',
    boundary,
    handoffId: handoff.id,
    ...(handoff.toTurnId ? { turnId: handoff.toTurnId } : {}),
    summary: `${result.verdict === 'misunderstood' ? 'Misunderstood' : 'Partially understood'} task at boundary ${boundaryLabel(boundary)}: ${changes.join('; ') || 'the receiver did not act on the task'}`,
    evidence: result.evidence.map((e) => ({ ...e, handoffId: handoff.id })),
  });
}
