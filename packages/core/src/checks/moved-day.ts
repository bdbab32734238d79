/**
 * A day the request set ("signed … from 1 January 2027") that a message an agent was shown says was
 * moved to one other day ("amendment A1 moved the start to 1 February 2027"), and a brief that agent
 * then writes with the request's day and never the new one: it handed on stale context.
 */
import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding, Handoff } from '../model/trace.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { MOVED } from './moved-time.ts';
import { findDates, mentionsDay } from './normalize-values.ts';
import { sentencesOf } from './task-words.ts';
import { isReply, requestOf } from './turn-links.ts';

/** Words between the change and the day it went to: "moved the start to", "postponed until", "now starts on". */
const TO_DAY =
  /(?:\bto|\buntil|\btill|\bfor|\bon|\bauf|\bà|\bau|\ba|\bal|\bpara|\bnaar|\bna|\bdo|\btil)\s*(?:\*\*|__)?\s*(?:\p{L}{3,9},?\s+)?$/iu;
/** The word before the day a verb at the end moved something to: "auf", "naar", "na", "på". */
const VERB_LAST_TO = /(?<![\p{L}])(?:auf|naar|na|på|til)\s*(?:\*\*|__)?\s*(?:\p{L}{2,9}\.?,?\s+)?$/iu;
/** Words that name a day as the old one: "originally 1 January", "instead of 1 Jan". */
const NAMED_OLD =
  /\b(?:originally|previously|formerly|was|were|instead of|rather than|no longer|not|moved from|from the original)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Full days (YYYY-MM-DD) of a text. */
const daysOf = (text: string) =>
  new Set(findDates(text).flatMap((d) => (d.value.length === 10 ? [d.value] : [])));

/** The one day a sentence says something was moved to, other than `old`. */
export function movedTo(text: string, old: string): { day: string; sentence: string } | undefined {
  if (!MOVED.test(text)) return undefined;
  for (const sentence of sentencesOf(text)) {
    const moved = MOVED.exec(sentence);
    if (!moved) continue;
    const to = findDates(sentence).filter(
      (d) =>
        d.value.length === 10 &&
        d.value !== old &&
        (d.index > moved.index
          ? d.index - moved.index <= 80 && TO_DAY.test(sentence.slice(moved.index + moved[0].length, d.index))
          : // The verb last, as in German and Dutch: "wurde auf Fr 19.03.2027, 09:00 verlegt".
            moved.index - d.index <= 40 + d.text.length &&
            VERB_LAST_TO.test(sentence.slice(Math.max(0, d.index - 24), d.index))),
    );
    if (new Set(to.map((d) => d.value)).size === 1) return { day: to[0]!.value, sentence };
  }
  return undefined;
}

/** What the sender's model saw before it wrote the brief (its last call before), else its input. */
export function seenBefore(index: TraceIndex, handoff: Handoff): string {
  const turn = handoff.fromTurnId ? index.turns.get(handoff.fromTurnId) : undefined;
  if (!turn) return '';
  const calls = turn.modelCalls.filter((call) => call.startedAt <= handoff.sentAt && call.input.length > 0);
  if (turn.modelCalls.length === 0) return index.inputTextOf(turn.id);
  const last = calls.at(-1);
  return last ? last.input.map((message) => message.content).join('\n') : '';
}

/** Whether a text names the day, not as the old one. */
export function namesDay(text: string, day: string): boolean {
  const found = findDates(text).filter((d) => d.value === day);
  if (found.length > 0)
    return found.some((d) => !NAMED_OLD.test(text.slice(Math.max(0, d.index - 40), d.index)));
  return mentionsDay(text, day);
}

export function checkMovedDays(index: TraceIndex): Finding[] {
  const request = requestOf(index.trace);
  const asked = daysOf(request);
  // One day in the request: the one that can have been moved.
  if (asked.size !== 1) return movedAwayDays(index, request);
  const [old] = [...asked] as [string];
  const findings: Finding[] = [];
  for (const handoff of index.trace.handoffs) {
    if (handoff.metadata.routing === true || isReply(index, handoff)) continue;
    const brief = handoff.task ?? handoff.content;
    if (!namesDay(brief, old)) continue;
    const seen = seenBefore(index, handoff);
    // The request itself is no message about a move.
    const moved = movedTo(seen.replace(request, ''), old);
    if (!moved || namesDay(brief, moved.day)) continue;
    findings.push(
      staleBrief(handoff, `briefed ${old} after it was told the day moved to ${moved.day}`, old, {
        label: 'moved',
        text: moved.sentence,
        value: moved.day,
      }),
    );
  }
  return findings;
}

/**
 * A brief that names a day its sender was shown had been moved away from, in the sentence that moved
 * it ("flyttet til 16. juni 2027 (var 9. juni …)"), and never the day it went to: where the request
 * names no one day, the old day comes from what the sender was told.
 */
function movedAwayDays(index: TraceIndex, request: string): Finding[] {
  const findings: Finding[] = [];
  for (const handoff of index.trace.handoffs) {
    if (handoff.metadata.routing === true || isReply(index, handoff)) continue;
    const brief = handoff.task ?? handoff.content;
    const days = daysOf(brief);
    if (days.size === 0) continue;
    const seen = seenBefore(index, handoff).replace(request, '');
    if (!MOVED.test(seen)) continue;
    for (const old of days) {
      const moved = movedTo(seen, old);
      if (!moved || namesDay(brief, moved.day) || !mentionsDay(moved.sentence.replace(/\*\*|__/g, ''), old))
        continue;
      findings.push(
        staleBrief(handoff, `briefed ${old} after it was told the day moved to ${moved.day}`, old, {
          label: 'moved',
          text: moved.sentence,
          value: moved.day,
        }),
      );
      break;
    }
  }
  return findings;
}

/** Stale context at a brief its sender wrote with the old value after it was shown the one in force. */
export function staleBrief(
  handoff: Handoff,
  what: string,
  old: string,
  shown: { label: string; text: string; value: string },
): Finding {
  const boundary = { from: handoff.from, to: handoff.to };
  return makeFinding({
    kind: 'stale_context',
    boundary,
    ...(handoff.fromTurnId ? { turnId: handoff.fromTurnId } : {}),
    handoffId: handoff.id,
    summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${handoff.from} ${what}`,
    evidence: [
      { label: shown.label, detail: quote(shown.text, 200), expected: shown.value },
      {
        label: 'briefed',
        detail: quote(handoff.task ?? handoff.content, 200),
        actual: old,
        handoffId: handoff.id,
      },
    ],
  });
}
