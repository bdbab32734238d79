import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { boundaryLabel, makeFinding, quote } from './finding.ts';
import { carrierOf, receiverOf } from './turn-links.ts';

const TIMEOUT = /timeout|timed out|aborted|AbortError|deadline/i;

/** Agent errors: a turn that threw or timed out, and a tool error swallowed into the turn's answer. */
export function checkAgentErrors(index: TraceIndex): Finding[] {
  const findings: Finding[] = [];
  for (const turn of index.trace.turns) {
    const boundary = { from: turn.agent, to: receiverOf(index, turn.id) };
    const outgoing = carrierOf(index, turn.id);
    const error = turn.errors[0];
    if (turn.status === 'error' || error) {
      const what = error ? `${error.name}: ${error.message}` : 'failed';
      const timeout = TIMEOUT.test(what);
      findings.push(
        makeFinding({
          kind: 'agent_error',
          boundary,
          turnId: turn.id,
          ...(outgoing ? { handoffId: outgoing.id } : {}),
          summary: `Agent error at boundary ${boundaryLabel(boundary)}: ${turn.agent} ${timeout ? 'timed out' : 'threw'} (${what.slice(0, 120)})`,
          evidence: [{ label: timeout ? 'timeout' : 'error', detail: what, turnId: turn.id }],
        }),
      );
      continue;
    }
    const output = index.outputTextOf(turn.id);
    for (const call of turn.toolCalls) {
      if (!call.error) continue;
      const message = call.error.message.trim();
      const head = message.split('\n')[0]!.slice(0, 80);
      const swallowed = head.length >= 4 && output.toLowerCase().includes(head.toLowerCase());
      if (!swallowed) continue;
      findings.push(
        makeFinding({
          kind: 'agent_error',
          boundary,
          turnId: turn.id,
          ...(outgoing ? { handoffId: outgoing.id } : {}),
          summary: `Agent error at boundary ${boundaryLabel(boundary)}: ${turn.agent}'s tool ${call.name} failed (${head}) and the error text was passed on as its answer`,
          evidence: [
            {
              label: `tool ${call.name}`,
              detail: `${call.error.name}: ${message.slice(0, 200)}`,
              turnId: turn.id,
            },
            { label: 'output', detail: quote(output, 200), turnId: turn.id },
          ],
        }),
      );
      break;
    }
  }
  return findings;
}
