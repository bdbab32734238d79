import type { TraceIndex } from '../diagnose/trace-index.ts';

/** Where a turn's output went: the receiver of its first outgoing handoff, a consumer, or the final output. */
export function receiverOf(index: TraceIndex, turnId: string): string {
  const outgoing = index.outOf.get(turnId) ?? [];
  const forward = outgoing.find((h) => h.kind !== 'return') ?? outgoing[0];
  if (forward) return forward.to;
  const turn = index.turns.get(turnId);
  for (const consumerId of index.consumers.get(turnId) ?? []) {
    const consumer = index.turns.get(consumerId);
    if (consumer && consumer.agent !== turn?.agent) return consumer.agent;
  }
  const parent = turn?.parentTurnId ? index.turns.get(turn.parentTurnId) : undefined;
  if (parent) return parent.agent;
  return '(output)';
}

/** The task a turn was given: the content (or task) of the handoffs into it. */
export function taskOf(index: TraceIndex, turnId: string): string | undefined {
  const into = index.into.get(turnId) ?? [];
  if (into.length === 0) return undefined;
  return into.map((handoff) => handoff.task ?? handoff.content).join('\n');
}
