import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { AgentTurn, Finding, Handoff } from '../model/trace.ts';
import { textOf } from '../util/text-of.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { nameWordList } from './task-words.ts';

/** A message that opens with a blocking verdict: "REJECTED: totals do not reconcile", "FAIL — 2 tests". */
const BLOCKING =
  /^\s*(?:verdict\s*:\s*)?(?:REJECT(?:ED)?|FAIL(?:ED|S)?|NOT APPROVED|BLOCK(?:ED|ER)|CHANGES REQUESTED|NO[- ]GO|DO NOT (?:SHIP|PUBLISH|MERGE|RELEASE|SEND))\b/;
/** Tools that let the work go out: the deeds a blocking verdict holds back. */
const GO_OUT = /^(?:publish|release|ship|deploy|merge|approve|launch|print|send|submit|post|go)/;

const goesOut = (name: string): boolean => nameWordList(name).some((word) => GO_OUT.test(word));

/**
 * An agent told by another that the work is blocked ("REJECTED: the totals do not reconcile") that
 * lets it go out anyway — a publish, merge or send call — before that agent spoke again: it ignored
 * the other agent's input (FM-2.5). A fix sent back for review and cleared is the loop working.
 */
export function checkIgnoredVerdicts(index: TraceIndex): Finding[] {
  const { trace } = index;
  const findings: Finding[] = [];
  // Turns in start order, sorted only once a verdict is found: most traces have none.
  let byStart: AgentTurn[] | undefined;
  for (const verdict of trace.handoffs) {
    if (verdict.from === verdict.to || !BLOCKING.test(verdict.content)) continue;
    byStart ??= [...trace.turns].sort((a, b) => a.startedAt - b.startedAt);
    const sentAt = verdict.receivedAt ?? verdict.sentAt;
    // The receiver's turns from the one the verdict reached until the reviewer speaks again (a fix
    // sent back for review and cleared then is the loop working).
    const cleared = trace.handoffs.find(
      (h) => h.from === verdict.from && h.to === verdict.to && h.sentAt > verdict.sentAt,
    );
    const until = cleared?.sentAt ?? Number.POSITIVE_INFINITY;
    const turns: AgentTurn[] = byStart.filter(
      (turn) =>
        turn.agent === verdict.to &&
        (turn.id === verdict.toTurnId || (turn.endedAt ?? turn.startedAt) >= sentAt) &&
        turn.startedAt <= until,
    );
    const deed = turns
      .flatMap((turn) => turn.toolCalls.map((call) => ({ turn, call })))
      .find(({ call }) => call.startedAt >= sentAt && call.startedAt <= until && goesOut(call.name));
    if (!deed) continue;
    findings.push(report(verdict, deed.turn, `${deed.call.name} ${textOf(deed.call.args)}`));
  }
  return findings;
}

function report(verdict: Handoff, turn: AgentTurn, deed: string): Finding {
  const boundary = { from: verdict.from, to: verdict.to };
  return makeFinding({
    kind: 'misunderstood_task',
    boundary,
    turnId: turn.id,
    handoffId: verdict.id,
    mast: 'FM-2.5',
    summary: `Misunderstood task at boundary ${boundaryLabel(boundary)}: ${verdict.from} blocked the work (${quote(verdict.content, 60)}) and ${verdict.to} let it go out anyway`,
    evidence: [
      { label: 'verdict', detail: quote(verdict.content, 200), handoffId: verdict.id },
      { label: 'went out', detail: quote(deed, 200), turnId: turn.id },
    ],
  });
}
