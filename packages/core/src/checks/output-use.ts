import { effectGraph } from '../diagnose/effect-graph.ts';
import { ranInside } from '../diagnose/ran-inside.ts';
import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding } from '../model/trace.ts';
import { boundaryLabel, makeFinding } from './finding.ts';

/**
 * Unchecked output: a turn consumed another agent's output that failed quality or delivery, with no
 * check in between (a score recorded by the program, a contract on the handoff, or a retry).
 */
export function checkOutputUse(
  index: TraceIndex,
  quality: Map<string, { value: number; reasons: string[] }>,
  failedDelivery: Set<string>,
  threshold = 0.5,
): Finding[] {
  const findings: Finding[] = [];
  const { trace } = index;
  const recordedScores = trace.scores;
  const { next: effects } = effectGraph(index);
  // Where each turn stands in the trace: a retry comes after what it redoes, in the same millisecond too.
  const order = new Map(trace.turns.map((turn, i) => [turn.id, i]));
  for (const producer of trace.turns) {
    const score = quality.get(producer.id);
    const badQuality = score !== undefined && score.value < threshold;
    const offTask = (index.into.get(producer.id) ?? []).some((h) => failedDelivery.has(h.id));
    if (!badQuality && !offTask) continue;
    // Consumers that used the output, not every turn that was shown it; a coordinator that reads
    // it again in a later turn is the same use of the same output (one finding, at its first turn).
    const reported = new Set<string>();
    const consumers = (effects.get(producer.id) ?? [])
      .map((id) => index.turns.get(id))
      .filter((turn) => turn !== undefined)
      .sort((a, b) => a.startedAt - b.startedAt);
    for (const consumer of consumers) {
      const consumerId = consumer.id;
      if (consumer.agent === producer.agent || reported.has(consumer.agent)) continue;
      // A turn the producer ran inside its own (an agent it called as a tool) ended before the
      // producer's output existed, however close their timestamps.
      if (ranInside(index, consumer.id, producer.id)) continue;
      const handoff = (index.outOf.get(producer.id) ?? []).find((h) => h.toTurnId === consumerId);
      // A delegation sent while the producer was still running carries a task, not its output.
      const carriesOutput =
        !handoff ||
        handoff.kind === 'return' ||
        handoff.sentAt >= (producer.endedAt ?? Number.POSITIVE_INFINITY) ||
        index.lineage.some(
          (e) => e.fromTurnId === producer.id && e.toTurnId === consumerId && e.via !== 'handoff',
        );
      if (!carriesOutput) continue;
      const checked =
        recordedScores.some(
          (s) =>
            (s.target.type === 'turn' && s.target.id === producer.id) ||
            (handoff && s.target.type === 'handoff' && s.target.id === handoff.id),
        ) ||
        handoff?.metadata.contractCheck !== undefined ||
        // A retry: the producer ran again before the consumer did, or the consumer asked it again
        // within its own turn ("your table stopped after Mar-27, resend it").
        trace.turns.some(
          (t) =>
            t.agent === producer.agent &&
            order.get(t.id)! > order.get(producer.id)! &&
            t.startedAt >= (producer.endedAt ?? producer.startedAt) &&
            (t.startedAt < consumer.startedAt ||
              (t.startedAt <= (consumer.endedAt ?? Number.POSITIVE_INFINITY) &&
                (index.into.get(t.id) ?? []).some((h) => h.from === consumer.agent))),
        );
      if (checked) continue;
      reported.add(consumer.agent);
      const boundary = { from: producer.agent, to: consumer.agent };
      const why = badQuality ? `quality ${score!.value.toFixed(2)}` : 'an off-task output';
      findings.push(
        makeFinding({
          kind: 'unchecked_output',
          boundary,
          turnId: consumerId,
          ...(handoff ? { handoffId: handoff.id } : {}),
          summary: `Unchecked output at boundary ${boundaryLabel(boundary)}: ${consumer.agent} used ${producer.agent}'s output (${why}) without a check`,
          evidence: [
            {
              label: 'producer',
              detail: `${producer.agent}: ${(score?.reasons[0] ?? 'misread its task').slice(0, 160)}`,
              turnId: producer.id,
            },
            {
              label: 'consumer',
              detail: `${consumer.agent} consumed it with no score, contract or retry in between`,
              turnId: consumerId,
            },
          ],
        }),
      );
    }
  }
  return findings;
}
