import type { AgentTurn, Handoff, Trace } from '../model/trace.ts';
import { escapeRegExp } from '../util/escape-reg-exp.ts';
import { parsedResult } from '../util/parsed-result.ts';
import { statesFigure } from '../util/states-figure.ts';
import { textOf } from '../util/text-of.ts';
import {
  carriedAggregate,
  disproportionateShares,
  excludedLineSummed,
  statedTotalAgainstTable,
  wrongRowProduct,
  wrongScaledCell,
  wrongTableAggregate,
} from './aggregates.ts';
import { claimsAllPassed, failuresPassedOver, wholeOverPart } from './all-passed.ts';
import { expiredPick } from './broken-cap.ts';
import { claimedInStock, deniedCount } from './claimed-stock.ts';
import { extractConstraints, keepsConstraint } from './constraints.ts';
import { decimalSlip } from './decimal-slip.ts';
import { droppedFromTotal } from './dropped-from-total.ts';
import { figurelessAmongSiblings, figurelessOverResult, noOwnFigure } from './figureless-sibling.ts';
import { levelReversed } from './graded-level.ts';
import { structuredText, valuesText } from './handoff-text.ts';
import { restatedOnOtherBasis } from './keyed-basis.ts';
import { FAILED, retriedAndWorked } from './lexicon.ts';
import { wrongListedTotal } from './listed-total.ts';
import { miscopiedCount } from './miscopied-count.ts';
import { misquotedCode, transposedFigure, transposedFromBrief } from './misquoted-code.ts';
import { misreadRange } from './misread-range.ts';
import { partialPage } from './partial-page.ts';
import { figureOfOtherYear, periodOf } from './period-values.ts';
import { rateOnWrongBase } from './rate-base.ts';
import { unfollowedPointer } from './record-pointer.ts';
import { swappedTotal } from './record-totals.ts';
import { scoreOverThreshold } from './score-threshold.ts';
import {
  type WrongEquivalence,
  wrongBracketSum,
  wrongEquivalence,
  wrongNetWeight,
  wrongRateDerived,
  wrongRemainder,
  wrongShareOfBasis,
  wrongShortfall,
  wrongStatedArithmetic,
  wrongTotalForAmount,
} from './stated-arithmetic.ts';
import { deedText } from './stated-supersession.ts';
import { miscountedTable } from './summary-counts.ts';
import { swappedRecords } from './swapped-records.ts';
import { cellOfOtherRow, changedRowFigure, keyedCellChanged } from './table-cells.ts';
import { STOP, sentencesOf, wordsAndFigures } from './task-words.ts';
import { passedOutOfTolerance } from './tolerance-verdict.ts';
import { unexplainedError } from './unexplained-error.ts';
import {
  briefFactorChanged,
  durationAsCount,
  minorUnitsAsMajor,
  relabelledUnit,
  slippedMagnitude,
  wrongConversionFactor,
  wrongStatedConversion,
} from './unit-conversion.ts';
import { unperformedAction } from './unperformed-action.ts';
import { verdictReversed } from './verdict-reversed.ts';
import { withheldNotice } from './withheld-notice.ts';
import { withheldPositive } from './withheld-positive.ts';
import {
  mayHoldRequirement,
  mayHoldTargets,
  outOfRangeWithheld,
  overLimitRowWithheld,
  withheldRequirement,
} from './withheld-requirement.ts';
import { figureOfOtherRow, transposedRow } from './wrong-row.ts';

/** What a quality scorer sees: one turn's output and the task it was given. */
export interface ScorerInput {
  turn: AgentTurn;
  output: string;
  /** The task the turn received (the content of the handoff into it), if any. */
  task: string | undefined;
  /** The handoff that carries this output onward, if any (its contract check is on its metadata). */
  outgoing: Handoff | undefined;
  trace: Trace;
  /** The outputs of the turns this turn's output was handed to, where the recorder linked them. */
  passedTo?: readonly string[];
}

export interface ScoreResult {
  /** 0 (useless) .. 1 (fine). */
  value: number;
  reason: string;
}

/** A quality scorer: a plain (async) function; its name names the score. Return undefined to abstain. */
export type Scorer = (input: ScorerInput) => ScoreResult | undefined | Promise<ScoreResult | undefined>;

const REFUSAL =
  /\b(I(?:['’]m| am) (?:sorry|afraid),? (?:but )?I (?:can(?:['’]|no)t|cannot|am unable|won['’]t)|I can(?:['’]|no)t (?:help|assist|do|provide|comply|complete)|I (?:cannot|am unable to|won['’]t be able to) (?:help|assist|provide|complete|do|write)|as an AI(?: language model)?,? I (?:can(?:['’]|no)t|cannot|don['’]t))/i;
const ERROR_TEXT =
  /^\s*(?:error|exception|traceback|fatal)\b[:\s]|\b(?:Error|Exception):\s.*|\b(?:429|500|502|503|504)\s+(?:Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b|\brate limit(?:ed)? exceeded\b|\n\s+at\s+\S+\s+\(.*:\d+:\d+\)|Traceback \(most recent call last\)|\bECONNREFUSED\b|\bETIMEDOUT\b/i;

/** A turn's output has nothing in it: no text, or a structured update whose only values are plumbing
 * (its own node name, ids, keys) around a model answer that was empty. */
function saysNothing(output: string, turn: ScorerInput['turn']): boolean {
  if (output.trim() === '') return true;
  const last = turn.modelCalls.at(-1);
  return (
    last !== undefined &&
    last.output.trim() === '' &&
    last.toolCalls.length === 0 &&
    structuredText(output).trim() === ''
  );
}

/** Empty: nothing said, no tool used and no message sent on (a turn that only hands off is not empty). */
export const emptyOutput: Scorer = ({ output, turn, outgoing }) =>
  saysNothing(output, turn) &&
  turn.toolCalls.length === 0 &&
  (outgoing === undefined || (outgoing.task ?? outgoing.content).trim() === '')
    ? { value: 0, reason: 'the output is empty' }
    : undefined;

export const refusal: Scorer = ({ output }) => {
  const match = REFUSAL.exec(output);
  if (!match) return undefined;
  // A refusal that is most of the answer is a non-answer; one sentence in a long answer is a caveat.
  const share = match[0].length / Math.max(1, output.trim().length);
  return output.trim().length < 400 || share > 0.2
    ? { value: 0.05, reason: `the output is a refusal: "${output.trim().slice(0, 80)}"` }
    : undefined;
};

/** A sentence promising the agent's own work to come: "I'll look into the Eastside holds", "Next steps". */
const PROMISE =
  /\b(?:I|we)(?:['’]ll|\s+will|\s+(?:am|are)\s+going\s+to|\s+shall)\s+[a-z]+|\blet me\s+[a-z]+|\bnext steps?\b/i;
/** Words of an answer that found nothing, which is a result: "no holds", "nothing waiting", "none". */
const NOTHING_FOUND =
  /\b(?:none|nothing|no\s+[a-z]+\s+(?:found|waiting|at|for|on)|not\s+any|no\s+results?|n\/a)\b/i;

/**
 * An answer that promises the work instead of doing it: the agent made no call, several of its
 * sentences say what it will do ("I'll look into the holds shelf", "I'll share the dates"), and it
 * gives no figure its task did not already hold and no finding of nothing — a restated brief.
 */
export const promisedNotDone: Scorer = ({ output, turn, task }) => {
  if (turn.toolCalls.length > 0 || task === undefined || !PROMISE.test(output)) return undefined;
  const promises = sentencesOf(output).filter((sentence) => PROMISE.test(sentence));
  if (promises.length < 2 || NOTHING_FOUND.test(output)) return undefined;
  const given = new Set(task.match(/\d+/g) ?? []);
  if ((output.match(/\d+/g) ?? []).some((figure) => !given.has(figure))) return undefined;
  return {
    value: 0.1,
    reason: `the output promises the work instead of doing it: "${promises[0]!.trim().slice(0, 80)}"`,
  };
};

/** An agent saying in its own words what it could not do: a report of the failure, not a result. */
const FAILED_WORD = new RegExp(`(?<![\\p{L}])(?:${FAILED})(?![\\p{L}])`, 'iu');
const OWN_ADMISSION =
  /\b(?:I|we)(?:['’](?:m|ve|d))?\s+(?:[a-z]+\s+){0,3}?(?:could(?:n['’]t| not)|can(?:['’]t|not)|(?:was|were|am|are) unable|have no|had no|did(?:n['’]t| not)|am not|won['’]t|will not)\b|\bno [a-z]+ from (?:me|us)\b/i;

const FAILURE_WORDS =
  /\b(?:fail\w*|time[ds]? ?out|refused|reset|abort\w*|crash\w*|panic|overflow|exceeded|rejected|denied|invalid|not found|unreachable|unavailable|errno|status|code \d+|cannot|can't|could not|undefined|null)\b/i;
/** An errno-style code: ECONNRESET, ETIMEDOUT. */
const ERRNO = /\bE[A-Z]{4,}\b/;

export const errorText: Scorer = ({ output }) => {
  const match = ERROR_TEXT.exec(output);
  if (!match) return undefined;
  // A heading in capitals inside a message ("… Sports Hall. EXCEPTION: cand C-0417 has extra
  // time") labels a case of the brief; an error a runtime prints starts its line.
  if (/^(?:ERROR|EXCEPTION):/.test(match[0]) && !/(?:^|\n)\s*$/.test(output.slice(0, match.index)))
    return undefined;
  // So is "Exception: 4-18 Jan she's at Larchwood House (respite)" after a sentence, when what
  // follows says nothing of a failure.
  if (
    /^(?:error|exception):/i.test(match[0]) &&
    /[.;:!?)]\s+$/.test(output.slice(0, match.index)) &&
    !FAILURE_WORDS.test(match[0].slice(match[0].indexOf(':'))) &&
    !ERRNO.test(match[0])
  )
    return undefined;
  // "One error: 0412-005 EDC 412 m vs source 421 m" counts a finding of the work (a monitor's, a
  // reviewer's), as "2 transcription errors:" does: no runtime prints a count before its error.
  if (
    /^(?:error|exception):/i.test(match[0]) &&
    /\b(?:\d+|one|two|three|four|five|a|an|single|minor|major|small|data|entry|transcription|source|query)\s+$/i.test(
      output.slice(Math.max(0, match.index - 20), match.index),
    )
  )
    return undefined;
  // "No prices from me: the index returned 503 …; I have no current figures" explains the error: an
  // honest failure report, which whoever uses it can act on (unlike a raw error passed on as data).
  const rest = output.replace(match[0], ' ');
  if (OWN_ADMISSION.test(rest) || FAILED_WORD.test(rest)) return undefined;
  // "First attempt gave a 504 …; the second attempt succeeded": a retry told with its outcome.
  if (retriedAndWorked(rest)) return undefined;
  return output.trim().length < 600
    ? {
        value: 0.05,
        reason: `the output is error text passed off as an answer: "${match[0].trim().slice(0, 80)}"`,
      }
    : { value: 0.4, reason: `the output contains error text: "${match[0].trim().slice(0, 80)}"` };
};

export const truncated: Scorer = ({ turn, output }) => {
  const reason = turn.finishReason ?? turn.modelCalls.at(-1)?.finishReason;
  if (reason && /^(length|max_tokens|max-tokens|max_output_tokens)$/i.test(reason))
    return { value: 0.2, reason: `the output was cut off (finish reason "${reason}")` };
  const row = output ? brokenLastRow(output) : undefined;
  return row
    ? { value: 0.2, reason: `the output ends inside a table row ("${row.slice(0, 40)}")` }
    : undefined;
};

/**
 * The last line of a text, where it is a pipe table's row cut off inside: the table has a header
 * and a rule, and the line has fewer cells than the header and no closing bar ("| 2").
 */
function brokenLastRow(output: string): string | undefined {
  const lines = output.trimEnd().split('\n');
  const last = lines.at(-1)!.trim();
  if (!last.startsWith('|') || last.endsWith('|') || lines.length < 3) return undefined;
  const rule = lines.findLastIndex((line) => /^\s*\|?\s*:?-{2,}:?\s*\|/.test(line));
  if (rule < 1 || lines.slice(rule + 1, -1).some((line) => !line.trim().startsWith('|'))) return undefined;
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|').length;
  return cells(last) < cells(lines[rule - 1]!) ? last : undefined;
}

export const contractValid: Scorer = ({ outgoing }) => {
  const check = outgoing?.metadata.contractCheck as { valid?: boolean; issues?: string[] } | undefined;
  if (check?.valid !== false) return undefined;
  return {
    value: 0.1,
    reason: `the payload breaks its contract: ${(check.issues ?? []).slice(0, 3).join('; ')}`,
  };
};

/**
 * A task that asks for JSON back: "as JSON", "return only JSON", "a JSON object", "JSON:". A file
 * it names ("quests_en.json") or a JSON file it mentions asks for nothing.
 */
const ASKS_FOR_JSON =
  /(?:\b(?:as|in|into|return(?:s|ing)?|respond(?:s|ing)? with|reply with|answer with|output|only|valid|strict|plain|pure|a|an)\s+(?:only\s+|valid\s+|strict\s+)?json\b(?!\s*(?:files?|exports?|dumps?|documents?|paths?|logs?|fixtures?)\b)|(?<![.\w/-])json\s*(?:objects?\b|arrays?\b|only\b|format\b|:))/i;

export const invalidJson: Scorer = ({ output, task }) => {
  if (!task || !ASKS_FOR_JSON.test(task)) return undefined;
  const body = output.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  try {
    JSON.parse(body);
    return undefined;
  } catch {
    return { value: 0.15, reason: 'the task asked for JSON and the output does not parse as JSON' };
  }
};

/**
 * How much of the task's key terms the output addresses. Informative, never decisive on its own:
 * its value is kept in [0.5, 1] so that a terse but fine answer is not reported as low quality.
 */
export const taskCoverage: Scorer = ({ output, task }) => {
  if (!task) return undefined;
  const constraints = extractConstraints(task).filter((c) => c.type !== 'requirement');
  if (constraints.length < 2) return undefined;
  const found = extractConstraints(output);
  const kept = constraints.filter((c) => keepsConstraint(c, output, found)).length;
  const coverage = kept / constraints.length;
  return {
    value: 0.5 + coverage / 2,
    reason: `the output addresses ${kept} of ${constraints.length} key terms of its task`,
  };
};

/** A value left unfilled: "Score: N/A", "TBD", "null", or template slots like [Candidate Name]. */
const UNFILLED =
  /^\s*(?:[\p{L}][\p{L} ]{0,40}:\s*)?(?:n\/?a|n\.a\.|tbd|tbc|null|undefined|none|unknown|not available|—|-|\?+)\s*\.?\s*$/iu;
const SLOT =
  /\[(?:\p{Lu}[\p{L}\d_]*(?: [\p{Lu}\p{Ll}]?[\p{L}\d_]*){0,3})\]|\{\{\s*\w+\s*\}\}|<[A-Z_]{3,}>|(?<=(?:^|\s)(?:de|of|a|un|une|des|the|for|per|à|le|la|les|about|approx\.?|~)\s)XX+(?= \p{Ll})/gu;
/** A value a spreadsheet or a program failed to compute: "#DIV/0!", "#N/A", "#REF!", "NaN". */
const ERROR_VALUE = /#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!)|(?<![\p{L}])NaN(?![\p{L}])/gu;

/**
 * Content the output itself says stands in for what was asked: "placeholder rows", "dummy data", or
 * "sample layout rows — text layer was empty" (examples put where the source could not be read).
 */
const STAND_IN =
  /\b(?:placeholder|dummy|filler)\s+(?:rows?|data|values?|entries|records|content|figures|items|text)\b|\b(?:sample|example|illustrative)\s+(?:layout\s+)?(?:rows?|data|values?|entries|records|content|figures|items)\b[^.\n]{0,60}?\b(?:empty|unreadable|could ?n[o'’]t|cannot|failed|not available|missing|no (?:text|data))\b/i;

export const placeholder: Scorer = ({ output }) => {
  const text = output.trim();
  if (text === '') return undefined;
  const standIn = STAND_IN.exec(text);
  if (standIn)
    return {
      value: 0.15,
      reason: `the output says its content stands in for the real thing: "${standIn[0].slice(0, 80)}"`,
    };
  // The main line (the longest) decides: a long answer with one "Notes: N/A" line is still an answer.
  const main = text.split('\n').reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '');
  if (UNFILLED.test(main))
    return { value: 0.1, reason: `the output is a placeholder, not a value: "${main.trim().slice(0, 60)}"` };
  const errors = text.match(ERROR_VALUE) ?? [];
  if (errors.length >= 2)
    return { value: 0.1, reason: `the output's values failed to compute (${errors.slice(0, 3).join(', ')})` };
  const slots = text.match(SLOT) ?? [];
  return slots.length >= 2
    ? {
        value: 0.15,
        reason: `the output is a template with unfilled slots (${slots.slice(0, 3).join(', ')})`,
      }
    : undefined;
};

/** A labelled field a source gives as a warning: what a summary must not leave out. */
const CRITICAL_FIELD =
  /\b(allerg(?:y|ies)|contraindications?|warnings?|precautions?|hazards?|restrictions?|intolerances?|cautions?|known risks?|alarms?|alerts?|faults?|flags?)\s*:\s*([^.;\n]+)/gi;
const NOTHING = /^\s*(?:none|no|nil|n\/?a|nothing|unknown|not known|-|—)\b/i;

function contentWords(text: string): Set<string> {
  // Function words ("with", "that") say nothing a summary carried over.
  return new Set(wordsAndFigures(text).filter((w) => w.length >= 4 && !STOP.has(w)));
}

/**
 * A summary of a source that carries the source's facts but leaves out a warning field it gave
 * ("Allergies: penicillin (anaphylaxis)"): the receiver cannot act on what it was not told.
 */
export const omittedWarning: Scorer = (input) => {
  const { output, turn, outgoing } = input;
  let saidText: string | undefined;
  let said: Set<string> | undefined;
  for (const call of turn.toolCalls) {
    const source = typeof call.result === 'string' ? call.result : JSON.stringify(call.result ?? '');
    if (!source || source.length > 20_000) continue;
    // Most results have neither: the words of the answer are only read for those that do.
    const severe = source.search(SEVERE) >= 0;
    const field = source.search(CRITICAL_FIELD) >= 0;
    const directive = source.search(DIRECTIVE) >= 0;
    const requirement = mayHoldRequirement(source);
    const ranged = mayHoldTargets(source);
    const over = OVER_LIMIT.test(source) || OVER_COUNT.test(source);
    const hazards = HAZARD_KEY.test(source);
    if (!severe && !field && !directive && !requirement && !ranged && !over && !hazards) continue;
    saidText ??= `${output}\n${outgoing ? (outgoing.task ?? outgoing.content) : ''}`;
    said ??= contentWords(saidText);
    // A call during which another agent ran inside this turn (an agent used as a tool) returns that
    // agent's work. (Inside: a turn of another agent anywhere in the run may share the call's
    // millisecond.)
    const delegated =
      (severe || requirement || ranged) &&
      input.trace?.turns.some(
        (other) =>
          other.parentTurnId === turn.id &&
          other.agent !== turn.agent &&
          other.startedAt >= call.startedAt &&
          other.startedAt <= (call.endedAt ?? Number.POSITIVE_INFINITY),
      );
    const alert = severe && !delegated ? withheldAlert(source, said, input.task ?? '', saidText) : undefined;
    if (alert) return alert;
    const limit = over && !delegated ? withheldExcess(source, said, input.task ?? '') : undefined;
    if (limit) return limit;
    const hazard =
      hazards && !delegated ? withheldHazard(call.result, said, saidText, input.task ?? '') : undefined;
    if (hazard) return hazard;
    const withheld =
      requirement && !delegated ? withheldRequirement(source, saidText, input.task ?? '') : undefined;
    if (withheld)
      return {
        value: 0.2,
        reason: `the output leaves out what its tool says must be done or found: "${withheld.slice(0, 100)}"`,
      };
    const outside =
      ranged && !delegated
        ? (outOfRangeWithheld(source, saidText) ?? overLimitRowWithheld(source, saidText))
        : undefined;
    if (outside)
      return {
        value: 0.2,
        reason: `the output leaves out a reading its own tool gave outside its target: "${outside}"`,
      };
    if (!field && !directive) continue;
    const saidWords = said;
    const sourceWords = contentWords(source);
    // Only a summary of this source: most of what it said otherwise made it into the output.
    // A bare number counts where the output repeats it: a list of cabin or line numbers is detail a
    // summary leaves out, the figures it copies show what it summarises.
    let carried = 0;
    let counted = 0;
    for (const w of sourceWords) {
      const kept = saidWords.has(w);
      if (kept) carried++;
      if (kept || !/^[\d.]+$/.test(w)) counted++;
    }
    if (carried < 4 || carried / counted < 0.3) continue;
    // What the source says must be done about a finding ("-> replace before return to service").
    for (const match of source.matchAll(DIRECTIVE)) {
      const words = [...contentWords(match[1]!)].filter((w) => !/^\d/.test(w));
      if (words.length < 2 || words.some((w) => saidWords.has(w))) continue;
      // Its first instruction, carried as written ("→ do not use", the quarantine step aside).
      const head = match[1]!
        .split(/[,;.(]/)[0]!
        .trim()
        .toLowerCase();
      if (head.length >= 6 && saidText.toLowerCase().includes(head)) continue;
      const line = source
        .slice(source.lastIndexOf('\n', match.index) + 1, match.index + match[0].length)
        .trim();
      return {
        value: 0.2,
        reason: `the output leaves out what its source says must be done: "${line.slice(0, 100)}"`,
      };
    }
    for (const match of source.matchAll(CRITICAL_FIELD)) {
      const value = match[2]!.trim();
      if (NOTHING.test(value)) continue;
      // What only this field says ("asbestos", not "ceiling tiles" the source names elsewhere).
      const elsewhere = contentWords(source.replace(match[0], ' '));
      const words = [...contentWords(value)].filter((w) => !elsewhere.has(w));
      if (words.length === 0 || words.some((w) => saidWords.has(w))) continue;
      // An acronym too short for a content word names the finding as well: "PCN (hives)" is kept by "PCN allergy".
      const acronyms = value.match(/(?<![\p{L}\d])\p{Lu}{2,5}(?![\p{L}\d])/gu) ?? [];
      if (acronyms.some((a) => new RegExp(`(?<![\\p{L}\\d])${a}(?![\\p{L}\\d])`, 'u').test(saidText ?? '')))
        continue;
      return {
        value: 0.2,
        reason: `the output leaves out the source's ${match[1]!.toLowerCase()}: "${value.slice(0, 80)}"`,
      };
    }
  }
  return undefined;
};

/** An action a source attaches to a finding with an arrow: "rope 4 11 % wear -> replace before return to service". */
const DIRECTIVE =
  /(?:->|→|=>|⇒)\s*((?:replace|remove|retire|discard|repair|quarantine|reject|stop|hold|isolate|ground|withdraw|recall|do not|don'?t|must not|no|never|avoid)\b[^\n;]*)/gi;

/** Tags a tool writes in capitals for a finding that must not be lost: severity, and adverse statuses. */
const SEVERE_TAGS = [
  'MAJOR',
  'SEVERE',
  'CRITICAL',
  'HIGH RISK',
  'DANGER',
  'CONTRAINDICATED',
  'WARNING',
  'ALERT',
  'URGENT',
  'FATAL',
  'BLOCKER',
  'FAILED',
  'FAIL',
  'REJECTED',
  'DENIED',
  'DECLINED',
  'EXPIRED',
  'RECALLED',
  'REVOKED',
  'SUSPENDED',
  'UNSAFE',
  'OVERDUE',
  'NON-COMPLIANT',
  'OUT OF SPEC',
].join('|');
/** Tags of findings that are fine (where the previous tagged finding ends). */
const CALM_TAGS = 'MINOR|MODERATE|LOW|INFO|OK|PASS|PASSED|APPROVED|VALID';

/**
 * A finding a tool flagged as severe by a tag of its own ("MAJOR fluconazole + warfarin: bleeding
 * risk", "CRITICAL: replica lag 40 s", "REJECTED - torque 38 Nm below spec", "YELLOW WIND WARNING Sat
 * 13 Mar"), up to the next tagged finding or the line's end. Capitals only: "rejected" in prose is no
 * tool's tag, nor is a tag in a sentence or after "NO".
 */
const SEVERE = new RegExp(
  `(?<![\\p{Ll}]\\s?)(?<!\\b(?:NO|NOT|NON|ZERO)\\s)\\b(${SEVERE_TAGS})\\b[:\\s–—-]+(.+?)(?=\\s*\\b(?:${CALM_TAGS}|${SEVERE_TAGS})\\b|\\n|$)`,
  'gu',
);

/**
 * The agent's own tool flagged something as severe and its output (and what it handed on) says
 * nothing of it: none of the words only that finding used (beyond what its task already said).
 */
function withheldAlert(
  source: string,
  said: Set<string>,
  task: string,
  text: string,
): ScoreResult | undefined {
  const known = contentWords(task);
  for (const match of source.matchAll(SEVERE)) {
    // Capitals before the tag name what it flags ("YELLOW WIND WARNING Sat 13 Mar …").
    const before = source.slice(0, match.index);
    const named = before.match(/(?:\b\p{Lu}[\p{Lu}\d-]+\s+)+$/u)?.[0] ?? '';
    // A verdict an arrow gives ("41 min to 80 °C (spec ≤ 30 min) -> FAIL for opening") is about the
    // clause before the arrow, up to the end of its sentence after.
    const arrowed = /(?:->|→|=>)\s*$/.test(before)
      ? `${before.split(/[.;|\n]\s/).at(-1)} ${match[2]!.split(/\.\s/)[0]}`
      : undefined;
    const finding = arrowed ?? `${named}${match[2]!.trim()}`;
    if (NOTHING.test(match[2]!)) continue;
    // The output names the verdict itself ("the denial no longer stands" for DENIED): it speaks of
    // it. (Never "no failures", "not denied": that denies it.)
    const stem = match[1]!.toLowerCase().slice(0, Math.min(4, match[1]!.length - 1));
    const verdict = new RegExp(`(?<![\\p{L}])${escapeRegExp(stem)}\\p{L}*`, 'iu').exec(text);
    if (
      stem.length >= 4 &&
      verdict &&
      !/\b(?:no|not|never|without|zero|none of the)\s+(?:\w+\s+)?$/i.test(text.slice(0, verdict.index))
    )
      continue;
    const own = [...contentWords(finding)].filter((w) => !known.has(w) && !/^\d/.test(w));
    if (own.length < 3) continue;
    const kept = own.filter((w) => said.has(w)).length;
    if (kept / own.length >= 0.2) continue;
    return {
      value: 0.2,
      reason: `the output leaves out what its tool flagged ${match[1]}: "${finding.slice(0, 80)}"`,
    };
  }
  return undefined;
}

/** A result's key for what endangers the work: "hazards", "warnings", "alerts". */
const HAZARD_KEY =
  /"(?:hazards?|warnings?|alerts?|cautions?|advisor(?:y|ies)|violations?|exceedances?)"\s*:\s*\[\s*[{"]/i;

/**
 * An entry of a list its own tool gives under "hazards", "warnings" or "alerts" (TC ISOBEL's track
 * crossing the route on 24–25 Mar) of which the output says at most one of its own words: the
 * recommendation went on as if the tool had flagged nothing.
 */
function withheldHazard(
  result: unknown,
  said: Set<string>,
  outputText: string,
  task: string,
): ScoreResult | undefined {
  const data = parsedResult(result, 20_000);
  const known = contentWords(task);
  const lists: unknown[][] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (
        /^(?:hazards?|warnings?|alerts?|cautions?|advisor(?:y|ies)|violations?|exceedances?)$/i.test(key) &&
        Array.isArray(item)
      )
        lists.push(item);
      else visit(item, depth + 1);
    }
  };
  visit(data, 0);
  for (const entry of lists.flat()) {
    const text = typeof entry === 'string' ? entry : JSON.stringify(entry);
    if (NOTHING.test(text.replace(/^[{"\s]+/, ''))) continue;
    const own = [...contentWords(text.replace(/[{}"_:,[\]]/g, ' '))].filter(
      (w) => !known.has(w) && !/^\d/.test(w),
    );
    if (own.length < 3) continue;
    const kept = own.filter((w) => said.has(w)).length;
    // Named by its record's code ("one informational warning on SB-26-11874"): said.
    const codes = text.match(/(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z][\w-]*\d[\w-]*/g) ?? [];
    if (kept >= 2 || kept / own.length >= 0.2 || codes.some((code) => outputText.includes(code))) continue;
    return {
      value: 0.2,
      reason: `the output leaves out what its tool flagged as a hazard: "${text.slice(0, 100)}"`,
    };
  }
  return undefined;
}

/** A reading its tool says is over a limit: "noise 44.6 dB(A) > 42 limit", "exceeds the 2.5 t limit". */
const OVER_LIMIT =
  /\d(?:[^.;\n"]{0,12})\s(?:>|exceeds?|over|above)\s*(?:the\s+)?\d+(?:[.,]\d+)?\s*\S{0,8}\s*(?:limit|max(?:imum)?|threshold|cap)\b/i;

/** Items its tool counts over a value: "W07: 5 fields > 5.0 nm", "3 samples above 0.10 mg/kg" (none over is no finding). */
const OVER_COUNT =
  /(?<![\w.,])[1-9]\d*\s+[a-z]{3,}\s*(?:>|exceed(?:s|ing)?|over|above)\s*\d+(?:[.,]\d+)?\s*[a-zµ%]{0,4}\b/i;

/**
 * A reading the agent's own tool says is over its limit, with what the tool says of it ("44.6 dB(A) >
 * 42 limit - NOT permitted development, needs planning application"), of which the output says
 * nothing: none of the words only that clause used (beyond its task's).
 */
function withheldExcess(source: string, said: Set<string>, task: string): ScoreResult | undefined {
  const known = contentWords(task);
  for (const part of source.split(/[\n;"]|,\s*"|\.\s/)) {
    if (!OVER_LIMIT.test(part) && !OVER_COUNT.test(part)) continue;
    const own = [...contentWords(part)].filter((w) => !known.has(w) && !/^\d/.test(w));
    if (own.length < 3 || own.filter((w) => said.has(w)).length / own.length >= 0.2) continue;
    return {
      value: 0.2,
      reason: `the output leaves out what its tool found over a limit: "${part.trim().slice(0, 100)}"`,
    };
  }
  return undefined;
}

/** A figure the answer took from another year's row of its own tool's result (see figureOfOtherYear). */
export const wrongPeriod: Scorer = ({ output, turn, task }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  // The period asked: in the task it was handed, else in a message of its prompt.
  let asked = periodOf(task ?? '');
  for (const message of turn.input) if (!asked && message.role === 'user') asked = periodOf(message.content);
  if (!asked) return undefined;
  for (const call of turn.toolCalls) {
    const source = typeof call.result === 'string' ? call.result : undefined;
    if (!source || source.length > 20_000) continue;
    const wrong = figureOfOtherYear(asked, source, output);
    if (wrong)
      return {
        value: 0.2,
        reason: `the output states ${wrong.stated}, its source's figure for another year ("…${wrong.row.slice(-40)}"), not the one asked for ("…${wrong.expected.slice(-40)}")`,
      };
  }
  return undefined;
};

/** A unit's figures read off a look-alike unit's row of the agent's own source (TRK-214 for TRK-241). */
export const wrongRow: Scorer = ({ output, turn, task }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  const asked = [task ?? '', ...turn.input.filter((m) => m.role === 'user').map((m) => m.content)].join('\n');
  for (const call of turn.toolCalls) {
    const source = typeof call.result === 'string' ? call.result : undefined;
    if (!source || source.length > 20_000) continue;
    const wrong = figureOfOtherRow(asked, source, output) ?? transposedRow(source, output);
    if (wrong)
      return {
        value: 0.2,
        reason: `the output gives ${wrong.id} the figures ${wrong.stated} of another row of its source ("${wrong.row.slice(0, 60)}"), none of its own ("${wrong.expected.slice(0, 60)}")`,
      };
    const swapped = swappedRecords(source, output);
    if (swapped)
      return {
        value: 0.2,
        reason: `the output gives ${swapped.first} the ${swapped.field} ${swapped.stated} of ${swapped.second}, and ${swapped.second} its own ${swapped.own}: ${call.name}'s records the wrong way round`,
      };
  }
  return undefined;
};

/** A row's figure reported from another row of its own tool's table ("Pitch 7 … Clegg 84 g", row 7 gives 61, row 6 84). */
export const otherRowCell: Scorer = ({ output, turn }) => {
  if (!output) return undefined;
  for (const call of turn.toolCalls) {
    const source = typeof call.result === 'string' ? call.result : JSON.stringify(call.result ?? '');
    if (source.length > 20_000) continue;
    const wrong = cellOfOtherRow(call.result, output);
    if (wrong)
      return {
        value: 0.2,
        reason: `the output gives ${wrong.row} ${wrong.stated} for "${wrong.column}", the figure of ${wrong.other} in ${call.name}'s table; ${wrong.row}'s own is ${wrong.own}`,
      };
  }
  return undefined;
};

/** A row copied from its own tool's table with one figure changed (lot HM-04 at 94.6 % where the lab gave 86.4). */
export const changedCell: Scorer = ({ output, turn }) => {
  if (!output.includes('|')) return undefined;
  for (const call of turn.toolCalls) {
    const changed = changedRowFigure(call.result, output);
    if (changed)
      return {
        value: 0.2,
        reason: `the output copies ${call.name}'s table but gives ${changed.row} ${changed.stated} where its source says ${changed.own}`,
      };
    const keyed = keyedCellChanged(call.result, output);
    if (keyed)
      return {
        value: 0.2,
        reason: `the output's table gives ${keyed.row} ${keyed.stated} under "${keyed.column}" where ${call.name} gave ${keyed.own}, and copies its other figures as they are`,
      };
  }
  return undefined;
};

/** A lookup whose result said the record lives on elsewhere, answered without looking there or saying so. */
export const unfollowedRecord: Scorer = ({ output, turn }) => {
  const missed = output ? unfollowedPointer(turn.toolCalls, output) : undefined;
  return missed
    ? {
        value: 0.2,
        reason: `${missed.call} said the record lives on as ${missed.pointer}; the output never looked it up or says so`,
      }
    : undefined;
};

/** A summary whose count of a verdict differs from the rows its own table gives that verdict. */
export const miscounted: Scorer = ({ output }) => {
  const wrong = output ? miscountedTable(output) : undefined;
  return wrong
    ? {
        value: 0.2,
        reason: `the output says "${wrong.said}" where its own table gives ${wrong.counted} rows "${wrong.value}"`,
      }
    : undefined;
};

/** A figure its tool keyed to one basis (`cut_time_per_part_min`) stated on another ("per sheet"). */
export const otherBasis: Scorer = ({ output, turn }) => {
  if (!output) return undefined;
  for (const call of turn.toolCalls) {
    const wrong = restatedOnOtherBasis(call.result, output);
    if (wrong)
      return {
        value: 0.2,
        reason: `the output states ${call.name}'s ${wrong.key} (${wrong.value}) as "${wrong.stated}", on another basis than its key's`,
      };
  }
  return undefined;
};

/** Units converted with the wrong factor: in code ("/ 100  # litres -> m3") or in prose ("14.6 kg/s → 126 t/d"). */
export const conversionFactor: Scorer = ({ output, task }) => {
  const wrong = output ? wrongConversionFactor(output) : undefined;
  if (wrong)
    return {
      value: 0.2,
      reason: `the code converts with factor ${wrong.factor} where the units it names differ by ${wrong.expected}: "${wrong.line}"`,
    };
  const changed = output && task ? briefFactorChanged(task, output) : undefined;
  if (changed)
    return {
      value: 0.2,
      reason: `the output converts at "${changed.used}" where its brief gives "${changed.stated}"`,
    };
  const stated = output ? wrongStatedConversion(output) : undefined;
  return stated
    ? {
        value: 0.2,
        reason: `the output converts "${stated.stated}", which is ${stated.expected.toLocaleString('en-US')} ${stated.unit}`,
      }
    : undefined;
};

/** A figure its own tool gave in one unit, stated with the same number in another unit, or off by a power of ten. */
export const relabelledUnits: Scorer = ({ output, turn, task }) => {
  if (!output) return undefined;
  // A figure its task gave in one unit ("44,000 lb"), passed to its own tool as the same number in
  // another (`raw_kg: 44000`): the work that followed used the wrong quantity.
  if (task && task.length <= 20_000)
    for (const call of turn.toolCalls) {
      const wrong = relabelledUnit(task, deedText(call.args));
      if (wrong)
        return {
          value: 0.2,
          reason: `${call.name} was given ${wrong.value} ${wrong.to} where the task gave ${wrong.value} ${wrong.from}: the unit was changed, the number not converted`,
        };
    }
  for (const call of turn.toolCalls) {
    const source = typeof call.result === 'string' ? call.result : JSON.stringify(call.result ?? '');
    if (source.length > 20_000) continue;
    const wrong = relabelledUnit(source, output);
    if (wrong)
      return {
        value: 0.2,
        reason: `the output states ${wrong.value} ${wrong.to} where its source gave ${wrong.value} ${wrong.from}: the unit was changed, the number not converted`,
      };
    const whole = minorUnitsAsMajor(source, output);
    if (whole)
      return {
        value: 0.2,
        reason: `the output states ${whole.stated} where its own tool gave ${whole.given} in hundredths of the currency: 100 times the amount`,
      };
    const recast = durationAsCount(source, output);
    if (recast)
      return {
        value: 0.2,
        reason: `the output states ${recast.value} ${recast.to} where its source gave ${recast.value} ${recast.from}`,
      };
    const shown = [
      ...turn.input.map((message) => message.content),
      ...turn.toolCalls.filter((other) => other !== call).map((other) => textOf(other.result ?? '')),
    ].join('\n');
    const slipped = slippedMagnitude(source, output, shown);
    if (slipped)
      return {
        value: 0.2,
        reason: `the output states ${slipped.stated} ${slipped.unit} where its own tool gave ${slipped.given} ${slipped.unit}: off by a power of ten`,
      };
  }
  return undefined;
};

/** A code its own tool gave ("UN3480") handed on with a digit changed ("UN3481"). */
export const misquotedCodes: Scorer = ({ output, turn, task }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  let shown: string | undefined;
  for (const call of turn.toolCalls) {
    const source = typeof call.result === 'string' ? call.result : JSON.stringify(call.result ?? '');
    if (source.length > 20_000) continue;
    shown ??= [
      task ?? '',
      ...turn.input.map((message) => message.content),
      ...turn.toolCalls.map(
        (other) =>
          `${JSON.stringify(other.args ?? '')}\n${typeof other.result === 'string' ? other.result : JSON.stringify(other.result ?? '')}`,
      ),
    ].join('\n');
    const wrong = misquotedCode(source, output, shown.replace(source, ' '));
    if (wrong)
      return {
        value: 0.2,
        reason: `the output states ${wrong.stated} where its own tool gave ${wrong.given}`,
      };
    const swapped = transposedFigure(source, output, shown.replace(source, ' '));
    if (swapped)
      return {
        value: 0.2,
        reason: `the output states ${swapped.label} ${swapped.stated} where its own tool gave ${swapped.label} ${swapped.given} (digits swapped)`,
      };
  }
  return undefined;
};

/** A figure its brief gave under a label, handed on under that label with the digits swapped ("elegytömeg 1 624 t" → "1 264 t"). */
export const transposedBriefFigures: Scorer = ({ output, turn, task }) => {
  if (!output || !task) return undefined;
  // What else it was shown: its tools' arguments and results (a figure its own lookup gave is its own).
  const shown = turn.toolCalls
    .map((call) => `${valuesText(call.args)}\n${textOf(call.result ?? '')}`)
    .join('\n');
  const swapped = transposedFromBrief(task, output, shown);
  return swapped
    ? {
        value: 0.2,
        reason: `the output states ${swapped.label} ${swapped.stated} where its brief gave ${swapped.label} ${swapped.given} (digits swapped)`,
      }
    : undefined;
};

/** A range that keeps one end of its tool's record and puts another figure for the other ("−19.6 to −17.9" where the logger's max was −11.8). */
export const rangeMisread: Scorer = ({ output, turn }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  const range = misreadRange(workedResults(turn), output);
  return range
    ? {
        value: 0.2,
        reason: `the output gives the range ${range.range}; its tool's record runs from ${range.low} to ${range.high}`,
      }
    : undefined;
};

/** Totals and averages the figures they add up contradict. */
export const aggregates: Scorer = ({ output, turn, task, passedTo }) => {
  if (!output || !/\d/.test(output)) return undefined;
  const table = wrongTableAggregate(output);
  // (A wrong total handed to it with its parts is the sender's fault, found on the sender's turn.)
  if (table && !(task && carriedAggregate(table, task)))
    return {
      value: 0.2,
      reason: `the ${table.label} row gives ${table.stated}; the rows above it give ${Math.round(table.computed * 100) / 100}`,
    };
  const statedTotal = statedTotalAgainstTable(output);
  if (statedTotal)
    return {
      value: 0.2,
      reason: `the text gives ${statedTotal.stated} in all; its own table adds up to ${Math.round(statedTotal.computed * 100) / 100} ${statedTotal.unit}`,
    };
  const scaled = wrongScaledCell(output);
  if (scaled)
    return {
      value: 0.2,
      reason: `the table gives ${scaled.row} ${scaled.stated} under "${scaled.column}"; its own figures scale to ${scaled.expected}`,
    };
  const product = wrongRowProduct(output);
  if (product)
    return {
      value: 0.2,
      reason: `the table gives ${product.row} ${product.stated} under "${product.column}"; its own figures in that row give ${product.expected}`,
    };
  const share = disproportionateShares(output);
  if (share)
    return {
      value: 0.2,
      reason: `the split gives ${share.share}; the other shares make it ${share.computed}${share.unit ? ` ${share.unit}` : ''}`,
    };
  const sources = [
    ...turn.toolCalls.flatMap((call) => (call.result === undefined ? [] : [textOf(call.result)])),
    ...turn.input.map((message) => message.content),
  ];
  const summed = excludedLineSummed(output, sources);
  if (summed)
    return {
      value: 0.2,
      reason: `the total ${summed.total.toLocaleString('en-US')} adds in a line its source leaves out (${summed.line.slice(0, 80)})`,
    };
  for (const text of passedTo ?? []) {
    const tabled = /\d/.test(text) ? wrongTableAggregate(text) : undefined;
    if (tabled && carriedAggregate(tabled, output))
      return {
        value: 0.2,
        reason: `its figures add up to ${Math.round(tabled.computed * 100) / 100}, not the ${tabled.stated} it gives as their ${tabled.label} (tabled so by its receiver)`,
      };
  }
  return undefined;
};

/** Whether a text gives every figure a wrong equivalence rests on (the rate as written, spaces aside). */
const givesEquivalence = (wrong: WrongEquivalence, text: string) =>
  wrong.figures.every((figure) =>
    /\//.test(figure)
      ? text.replace(/\s+/g, '').includes(figure.replace(/\s+/g, ''))
      : statesFigure(text, figure),
  );

/** Amounts set equal that the text's own rate between their units does not link ("276 mg = 5,75 ml" at 120 mg/5 ml). */
export const equivalences: Scorer = ({ output, task, passedTo }) => {
  if (!output) return undefined;
  const own = wrongEquivalence(output);
  // (Amounts and rate all handed to it are the sender's fault, found on the sender's turn.)
  if (own && !(task && givesEquivalence(own, task)))
    return {
      value: 0.2,
      reason: `the output writes "${own.written.slice(0, 80)}"; ${own.figures[2] ? `its own rate ${own.figures[2]}` : 'the conversion'} gives ${own.computed}`,
    };
  for (const text of passedTo ?? []) {
    const wrong = wrongEquivalence(text);
    if (wrong && givesEquivalence(wrong, output))
      return {
        value: 0.2,
        reason: `its receiver sets "${wrong.written.slice(0, 60)}" from its figures; ${wrong.figures[2] ? `at its rate ${wrong.figures[2]}` : 'converted'} that is ${wrong.computed}`,
      };
  }
  return undefined;
};

/** Rates "per N" worked out on another figure of the source than a base of N. */
export const rateBase: Scorer = ({ output, turn, task }) => {
  if (!output || !/\bper\s\d/i.test(output)) return undefined;
  const source = [task ?? '', ...turn.input.map((message) => message.content)].join('\n');
  const wrong = rateOnWrongBase(output, source);
  return wrong
    ? {
        value: 0.2,
        reason: `the rates per ${wrong.base} (${wrong.rates.join(', ')}) are the source's counts divided by ${wrong.divisor}, not by a base of ${wrong.base}`,
      }
    : undefined;
};

/** A deed reported with a reference no tool returned, its tool never called. */
export const unperformedActions: Scorer = ({ output, turn, task, trace }) => {
  if (!output) return undefined;
  // What it was given, and what its own earlier turns' tools returned ("Already booked: BKG-77104"
  // from the booking it made before; by order in the trace, which holds when timestamps tie).
  const earlier = () => {
    const turns = trace?.turns ?? [];
    return turns
      .slice(0, Math.max(0, turns.indexOf(turn)))
      .filter((other) => other.agent === turn.agent)
      .flatMap((other) => other.toolCalls.map((call) => textOf(call.result ?? '')));
  };
  const given = () =>
    [
      task ?? '',
      ...turn.input.map((message) => message.content),
      ...turn.modelCalls.flatMap((call) => call.input.map((message) => textOf(message.content))),
      ...earlier(),
    ].join('\n');
  const made = unperformedAction(turn, output, given);
  return made
    ? {
        value: 0.1,
        reason: `the output reports a deed with a reference no tool returned, and ${made.tool} was never called: ${made.claim.slice(0, 120)}`,
      }
    : undefined;
};

/** The record put forward whose own expiry, in its tool's records, falls before the day of the work, unsaid. */
export const expiredRecord: Scorer = ({ output, turn }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  for (const call of turn.toolCalls) {
    const source = typeof call.result === 'string' ? call.result : undefined;
    if (!source || source.length > 20_000 || !/expir|valid/i.test(source)) continue;
    // The day the work is for: the one the call looked up.
    const day = /\b\d{4}-\d{2}-\d{2}/.exec(JSON.stringify(call.args ?? ''))?.[0];
    const expired = day ? expiredPick(source, output, day) : undefined;
    if (expired)
      return {
        value: 0.2,
        reason: `the output puts forward ${expired.chosen}, whose ${expired.field} (${expired.expired}) is before the day of the work (${day}), and says nothing of it`,
      };
  }
  return undefined;
};

/** A pass verdict over a reading its own table or tool gives outside the tolerance it was set. */
export const outOfTolerance: Scorer = ({ output, turn, task }) => {
  const over = output
    ? passedOutOfTolerance(
        task ?? '',
        output,
        turn.toolCalls.map((call) => call.result),
      )
    : undefined;
  return over
    ? {
        value: 0.2,
        reason: `the output says the readings passed, but one of its errors (${over.error}) is outside the "${over.tolerance}" it was set`,
      }
    : undefined;
};

/** A positive test result of its own tool's that the output reports as negative. */
export const positiveWithheld: Scorer = ({ output, turn }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  const positive = withheldPositive(
    turn.toolCalls.map((call) => textOf(call.result)).filter((text) => text.length <= 20_000),
    output,
  );
  return positive
    ? {
        value: 0.2,
        reason: `the output calls the results negative and names no positive, but its tool reported "${positive}"`,
      }
    : undefined;
};

/** A notice of its own tool's list that holds the work up, left out of a summary of the others. */
export const noticeWithheld: Scorer = ({ output, turn, task }) => {
  if (!output) return undefined;
  for (const call of turn.toolCalls) {
    const notice = withheldNotice(call.result, output, task ?? '');
    if (notice)
      return {
        value: 0.2,
        reason: `the output reports ${call.name}'s other items but not "${notice.trim().slice(0, 100)}"`,
      };
  }
  return undefined;
};

/** Arithmetic the output writes out with a wrong result ("32,00 × 18,50 × 0,60 = 35,52 m³"). */
export const arithmetic: Scorer = ({ output, turn }) => {
  const wrong = output
    ? (wrongStatedArithmetic(output) ??
      wrongNetWeight(output, () => [
        ...turn.input.map((message) => message.content),
        ...workedResults(turn).map((result) => textOf(result)),
      ]) ??
      wrongShareOfBasis(output) ??
      wrongRemainder(output) ??
      wrongShortfall(output) ??
      wrongBracketSum(output) ??
      wrongListedTotal(output) ??
      wrongTotalForAmount(output) ??
      wrongRateDerived(output))
    : undefined;
  return wrong
    ? {
        value: 0.2,
        reason: `the output writes "${wrong.written.slice(0, 80)}", which gives ${wrong.computed}`,
      }
    : undefined;
};

/** The results of a turn's tool calls that did not fail. */
const workedResults = (turn: AgentTurn): unknown[] =>
  turn.toolCalls.filter((call) => !call.error).map((call) => call.result);

/** A summary that says all passed over what its workers or tools said failed. */
export const allPassed: Scorer = ({ output, turn, trace }) => {
  // (Most answers claim nothing of the kind: their sources are never gathered.)
  const whole = /(\d+)\s*\/\s*\1(?!\d)/.test(output);
  if (!output || (!claimsAllPassed(output) && !whole)) return undefined;
  const sources = [
    ...workedResults(turn).map(textOf),
    // What came to its agent before it answered (a supervisor's steps are turns of their own).
    ...trace.handoffs
      .filter(
        (h) =>
          (h.toTurnId === turn.id || (h.to === turn.agent && h.sentAt <= (turn.endedAt ?? turn.startedAt))) &&
          h.from !== turn.agent,
      )
      .map((h) => h.content),
  ];
  const failed = failuresPassedOver(sources, output);
  if (failed)
    return { value: 0.2, reason: `the output says all passed, while it was told: "${failed.slice(0, 120)}"` };
  const part = wholeOverPart(sources, output);
  return part
    ? { value: 0.2, reason: `the output gives the whole count, while it was told ${part}` }
    : undefined;
};

/** A total handed on that is its own tool's total less one of the items it added up, none left out said. */
export const droppedItemTotal: Scorer = ({ output, turn }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  const dropped = droppedFromTotal(workedResults(turn), output);
  return dropped
    ? {
        value: 0.2,
        reason: `the output states ${dropped.stated}, its tool's total ${dropped.total} less one item (${dropped.missing}) it never names`,
      }
    : undefined;
};

/** A fan-out worker's answer without a figure, where every worker briefed alike answered with figures. */
export const figurelessSibling: Scorer = ({ output, turn, trace, task }) => {
  // Or asked for figures in a unit, with its own tool's figures in hand, and giving none: read on its
  // briefs, not the hand-backs its task also holds (figures handed back and passed on are its own).
  const brief =
    output && task && turn.toolCalls.length > 0 && noOwnFigure(output, task)
      ? trace.handoffs
          .filter((h) => h.toTurnId === turn.id && h.kind !== 'return')
          .map((h) => textOf(h.task ?? h.content))
          .join('\n')
      : undefined;
  const bare = brief ? figurelessOverResult(brief, workedResults(turn).map(textOf), output) : undefined;
  if (bare)
    return {
      value: 0.2,
      reason: `the output gives no figure, where its task asked for figures in ${bare.unit} and its tool returned them`,
    };
  const found = output ? figurelessAmongSiblings(trace, turn.id, output) : undefined;
  return found
    ? {
        value: 0.2,
        reason: `the output gives no figure, where ${found.siblings.join(', ')}, briefed alike, answered with theirs`,
      }
    : undefined;
};

/** An all-clear given over its own tool's negative verdict ("NOT SERVICEABLE" reported as "OK to continue"). */
export const reversedVerdict: Scorer = ({ output, turn }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  const verdict = verdictReversed(workedResults(turn), output);
  return verdict
    ? {
        value: 0.2,
        reason: `the output gives the all-clear, while its own tool's verdict was "${verdict.slice(0, 120)}"`,
      }
    : undefined;
};

/** A level its own tool graded high called low, or the other way ("RIDICAT" handed on as "risc scăzut"). */
export const reversedLevel: Scorer = ({ output, turn }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  const reversed = levelReversed(workedResults(turn), output);
  return reversed
    ? {
        value: 0.2,
        reason: `the output says "${reversed.said}" where its own tool graded ${reversed.key}: ${reversed.value}`,
      }
    : undefined;
};

/** A score at or over its tool's threshold for escalation, called low. */
export const lowOverThreshold: Scorer = ({ output, turn }) => {
  if (!output || turn.toolCalls.length === 0) return undefined;
  const over = scoreOverThreshold(workedResults(turn), output);
  return over
    ? {
        value: 0.2,
        reason: `the output calls a score of ${over.score} low, at or over its tool's ${over.key} of ${over.threshold}`,
      }
    : undefined;
};

/** A cause offered that names nothing of the stack trace its own tool returned. */
export const errorPassedOver: Scorer = ({ output, turn }) => {
  if (!output) return undefined;
  const sources = workedResults(turn).map(textOf);
  const error = unexplainedError(sources, output);
  return error
    ? {
        value: 0.2,
        reason: `the output explains a cause and names nothing of the error its tool showed: "${error}"`,
      }
    : undefined;
};

/** What `read` finds of a turn's own tool results in its output, else in the brief it sent on. */
function inOutputOrBrief<T>(
  { output, turn, outgoing }: ScorerInput,
  read: (results: readonly unknown[], text: string) => T | undefined,
): T | undefined {
  if (turn.toolCalls.length === 0) return undefined;
  const results = workedResults(turn);
  const sent = outgoing ? (outgoing.task ?? outgoing.content) : '';
  return (output ? read(results, output) : undefined) ?? (sent ? read(results, sent) : undefined);
}

/** A count its own tool keyed by name (`mobility_assistance: 19`), passed on one digit off ("9 need mobility assistance"). */
export const countMiscopied: Scorer = (input) => {
  const off = inOutputOrBrief(input, miscopiedCount);
  return off
    ? {
        value: 0.2,
        reason: `the output gives ${off.stated} where its tool gave ${off.key}: ${off.given}`,
      }
    : undefined;
};

/** A figure its own tool keyed with a unit (`co_ppm: 38`), passed on with the decimal point moved ("CO 3,8 ppm"). */
export const decimalSlipped: Scorer = (input) => {
  const slip = inOutputOrBrief(input, decimalSlip);
  return slip
    ? {
        value: 0.2,
        reason: `the output gives ${slip.stated} where its tool gave ${slip.key}: ${slip.given}`,
      }
    : undefined;
};

export const BUILT_IN_SCORERS: Record<string, Scorer> = {
  unexplained_error: errorPassedOver,
  stated_arithmetic: arithmetic,
  equivalences,
  withheld_notice: noticeWithheld,
  out_of_tolerance: outOfTolerance,
  withheld_positive: positiveWithheld,
  placeholder,
  wrong_period: wrongPeriod,
  wrong_row: wrongRow,
  other_row_cell: otherRowCell,
  changed_cell: changedCell,
  other_basis: otherBasis,
  miscounted_table: miscounted,
  unfollowed_record: unfollowedRecord,
  conversion_factor: conversionFactor,
  relabelled_unit: relabelledUnits,
  misquoted_code: misquotedCodes,
  transposed_brief_figure: transposedBriefFigures,
  rate_base: rateBase,
  aggregates,
  misread_range: rangeMisread,
  expired_record: expiredRecord,
  partial_page: partialPage,
  claimed_in_stock: claimedInStock,
  all_passed: allPassed,
  reversed_verdict: reversedVerdict,
  score_over_threshold: lowOverThreshold,
  level_reversed: reversedLevel,
  dropped_item_total: droppedItemTotal,
  decimal_slip: decimalSlipped,
  miscopied_count: countMiscopied,
  figureless_sibling: figurelessSibling,
  denied_count: deniedCount,
  swapped_total: swappedTotal,
  unperformed_action: unperformedActions,
  omitted_warning: omittedWarning,
  empty: emptyOutput,
  refusal,
  promised_not_done: promisedNotDone,
  error_text: errorText,
  truncated,
  contract: contractValid,
  json: invalidJson,
  task_coverage: taskCoverage,
};
