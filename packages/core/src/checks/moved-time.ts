/**
 * A time of day the request set ("booked … on Tuesday 16 March 2027 at 07:30") that a message the
 * receiver got says was moved, giving one other time ("The booking office moved the case … start Tue
 * 16 Mar 2027, 10:15"), and a receiver that then works to the request's time ("delivery at 06:45,
 * 45 min ahead of the 07:30 start") and never names the new one: it used stale context.
 */
import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { valuesText } from './handoff-text.ts';
import { findDates, mentionsDay } from './normalize-values.ts';
import { requestOf } from './turn-links.ts';

/** Words saying a time was changed, in the languages teams write in. */
export const MOVED =
  /(?<![\p{L}])(?:moved|rescheduled|re-?timed|retimed|pushed (?:back|out)|brought forward|postponed|delayed|changed|now starts?|verschoben|verlegt|vorverlegt|déplacée?s?|reportée?s?|avancée?s?|movid[oa]|reprogramad[oa]|adelantad[oa]|aplazad[oa]|spostat[oa]|anticipat[oa]|posticipat[oa]|verplaatst|vervroegd|uitgesteld|flyttad|flyttet|przesunięt\p{L}*|přesunut\p{L}*|ertelendi|değişti|перенесен\p{L}*|перенесено)(?![\p{L}])/iu;
/** A clock time: "07:30", "10:15", "2:00 PM", "14h30". */
const CLOCK = /(?<![\d:.,])([01]?\d|2[0-3])[:h.]([0-5]\d)(?:\s*([ap])\.?m\.?)?(?![\d:])/gi;

/** The clock times a text names, as minutes after midnight. */
function times(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(CLOCK)) {
    // "1.5" or "3.25" with a dot and no am/pm is a figure, not a time.
    if (m[0].includes('.') && !m[3]) continue;
    let hour = Number(m[1]);
    if (m[3]) hour = (hour % 12) + (/p/i.test(m[3]) ? 12 : 0);
    out.add(hour * 60 + Number(m[2]));
  }
  return out;
}

const label = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Words right before the time a change sets: "now **14:30**", "moved to 10:15", "→ 09:00". */
const NEW_BEFORE =
  /(?:\bnow(?:\s+(?:at|is|set for|for))?|\b(?:moved|changed|rescheduled|pushed back|brought forward|postponed|delayed|put back)\s+to|→|->)\s*\**\s*$/i;

/** The one time other than `old` a message marks as the new one, if it marks one. */
function markedNew(message: string, old: number): number | undefined {
  const marked = new Set<number>();
  for (const m of message.matchAll(CLOCK)) {
    if (!NEW_BEFORE.test(message.slice(Math.max(0, m.index - 30), m.index))) continue;
    for (const minutes of times(m[0])) if (minutes !== old) marked.add(minutes);
  }
  return marked.size === 1 ? [...marked][0] : undefined;
}

export function checkMovedTimes(index: TraceIndex): Finding[] {
  const request = requestOf(index.trace);
  const asked = times(request);
  // One time in the request: the one that can have been moved.
  if (asked.size !== 1) return [];
  const [old] = [...asked] as [number];
  // The day it was set for, which the message must name too: the same appointment, moved.
  const days = findDates(request)
    .map((d) => d.value)
    .filter((day) => day.length === 10);
  if (days.length === 0) return [];
  const findings: Finding[] = [];
  for (const handoff of index.trace.handoffs) {
    const turn = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
    if (!turn) continue;
    const message = handoff.task ?? handoff.content;
    if (!MOVED.test(message)) continue;
    if (
      !days.some(
        (day) =>
          message.includes(day) ||
          findDates(message).some((d) => d.value === day) ||
          mentionsDay(message, day),
      )
    )
      continue;
    const given = times(message);
    given.delete(old);
    // One other time in the message, or the one it marks as the new one ("now **14:30** … road
    // hold 14:20–14:45"): the one the request's was moved to.
    const now = given.size === 1 ? [...given][0] : markedNew(message, old);
    if (now === undefined) continue;
    const done = [index.outputTextOf(turn.id), ...turn.toolCalls.map((call) => valuesText(call.args))].join(
      '\n',
    );
    const used = times(done);
    if (!used.has(old) || used.has(now)) continue;
    const boundary = { from: handoff.from, to: turn.agent };
    findings.push(
      makeFinding({
        kind: 'stale_context',
        boundary,
        turnId: turn.id,
        handoffId: handoff.id,
        summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${turn.agent} worked to ${label(old)} after ${handoff.from} said it was moved to ${label(now)}`,
        evidence: [
          { label: 'moved', detail: quote(message, 200), handoffId: handoff.id },
          { label: 'used', detail: quote(done, 200), turnId: turn.id },
        ],
      }),
    );
  }
  return findings;
}
