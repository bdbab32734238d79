import type { Trace } from '../model/trace.ts';

/** A trace's handoffs as tests compare them: kind, sender, receiver, inferred or recorded, content. */
export function handoffSummary(trace: Trace) {
  return trace.handoffs.map((handoff) => ({
    kind: handoff.kind,
    from: handoff.from,
    to: handoff.to,
    inferred: handoff.inferred === true,
    content: handoff.content,
  }));
}
