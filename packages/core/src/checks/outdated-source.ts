import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { deedText, quantitiesOf } from './stated-supersession.ts';
import { nameWords, STOP } from './task-words.ts';

/** A source a brief says is behind: "register not updated yet", "the CRM still shows …", "the sheet is out of date". */
const OUTDATED =
  /\b([a-z][\w-]{2,})\s+(?:is\s+|was\s+|are\s+|has\s+)?(?:not\s+(?:yet\s+)?updated|not\s+up\s+to\s+date|out\s+of\s+date|outdated|still\s+(?:shows?|lists?|says?|reads?|has))\b/gi;

/**
 * A receiver told that a source is behind ("biomass after the grading: 197.6 t … register not
 * updated yet") that looked the source up and acted on its figure instead of the brief's (a well
 * boat booked for the register's 221.4 t): it used stale context, in its own work.
 */
export function checkOutdatedSources(index: TraceIndex): Finding[] {
  const findings: Finding[] = [];
  for (const handoff of index.trace.handoffs) {
    const turn = handoff.toTurnId ? index.turns.get(handoff.toTurnId) : undefined;
    if (!turn || turn.toolCalls.length === 0) continue;
    const brief = handoff.task ?? handoff.content;
    const behind = [...brief.matchAll(OUTDATED)]
      .map((m) => m[1]!.toLowerCase())
      .filter((word) => !STOP.has(word) && !/^(?:it|this|that|which|who)$/.test(word));
    if (behind.length === 0) continue;
    const stated = quantitiesOf(brief);
    for (const call of turn.toolCalls) {
      const called = nameWords(call.name).toLowerCase().split(/\s+/);
      if (!behind.some((word) => called.some((w) => w === word || (w.length >= 5 && word.startsWith(w)))))
        continue;
      // The source's figures in a unit the brief gave, that are not the brief's.
      const old = quantitiesOf(textOf(call.result)).filter(
        (q) =>
          stated.some((s) => s.unit === q.unit) &&
          !stated.some((s) => s.unit === q.unit && s.value === q.value),
      );
      if (old.length === 0) continue;
      const deeds = turn.toolCalls.filter((other) => other !== call).map((other) => deedText(other.args));
      const used = [index.outputTextOf(turn.id), ...deeds].find((text) =>
        quantitiesOf(text).some((q) => old.some((o) => o.unit === q.unit && o.value === q.value)),
      );
      if (!used) continue;
      const boundary = { from: handoff.from, to: turn.agent };
      findings.push(
        makeFinding({
          kind: 'stale_context',
          boundary,
          turnId: turn.id,
          handoffId: handoff.id,
          summary: `Stale context at boundary ${boundaryLabel(boundary)}: ${turn.agent} used ${call.name}'s figures after its brief said that source was behind`,
          evidence: [
            { label: 'brief', detail: quote(brief, 200), handoffId: handoff.id },
            { label: `tool ${call.name}`, detail: quote(textOf(call.result), 200), turnId: turn.id },
            { label: 'used', detail: quote(used, 200), turnId: turn.id },
          ],
        }),
      );
      break;
    }
  }
  return findings;
}
