import { effectGraph } from '../diagnose/effect-graph.ts';
import type { TraceIndex } from '../diagnose/trace-index.ts';
import type { Finding, Score } from '../model/trace.ts';
import { authorOf } from './executor.ts';
import { boundaryLabel, makeFinding } from './finding.ts';
import { BUILT_IN_SCORERS, type Scorer } from './scorers.ts';
import { receiverOf, taskOf } from './turn-links.ts';

export interface QualityOptions {
  /** A turn whose combined score is below this is `low_quality_output`. Default 0.5. */
  threshold?: number;
  /** Extra scorers (plain async functions), run after the built-in ones. */
  scorers?: Scorer[] | Record<string, Scorer>;
  /** Turn built-in scorers off by name (`refusal`, `task_coverage`, …). */
  disable?: string[];
}

export interface QualityResult {
  scores: Score[];
  findings: Finding[];
  /** Combined quality by turn id (the minimum of its scores). */
  byTurn: Map<string, { value: number; reasons: string[] }>;
}

/** Scores every turn's output with the built-in and custom scorers; low combined scores become findings. */
export async function checkQuality(index: TraceIndex, options: QualityOptions = {}): Promise<QualityResult> {
  const threshold = options.threshold ?? 0.5;
  const scorers: [string, Scorer][] = Object.entries(BUILT_IN_SCORERS).filter(
    ([name]) => !options.disable?.includes(name),
  );
  const custom = options.scorers ?? [];
  scorers.push(
    ...(Array.isArray(custom)
      ? custom.map((scorer, i): [string, Scorer] => [scorer.name || `custom_${i}`, scorer])
      : Object.entries(custom)),
  );
  const scores: Score[] = [];
  const findings: Finding[] = [];
  const byTurn = new Map<string, { value: number; reasons: string[] }>();
  const { next: effects } = effectGraph(index);
  for (const turn of index.trace.turns) {
    const output = index.outputTextOf(turn.id);
    const outgoing =
      index.outOf.get(turn.id)?.find((h) => h.kind !== 'return') ?? index.outOf.get(turn.id)?.[0];
    const passesOn =
      outgoing !== undefined ||
      index.finalTurnIds.has(turn.id) ||
      (index.consumers.get(turn.id)?.size ?? 0) > 0 ||
      (effects.get(turn.id)?.length ?? 0) > 0;
    // An imported turn whose exporter did not record the output has nothing to score.
    if (!passesOn || turn.status === 'running' || turn.metadata.outputMissing === true) continue;
    // An executor's report of an error in code it was given is the author's fault (agent errors).
    if (authorOf(index, turn, output)) continue;
    // The turns its output went to: handed to, or reached by its content (a supervisor's later turn).
    const passedTo = [
      ...new Set([
        ...(index.outOf.get(turn.id) ?? []).flatMap((h) => (h.toTurnId ? [h.toTurnId] : [])),
        ...(effects.get(turn.id) ?? []),
      ]),
    ]
      .filter((id) => id !== turn.id)
      .map((id) => index.outputTextOf(id));
    const task = taskOf(index, turn.id);
    const input = { turn, output, task, outgoing, trace: index.trace, passedTo };
    let combined = 1;
    const reasons: string[] = [];
    for (const [name, scorer] of scorers) {
      let result: Awaited<ReturnType<Scorer>>;
      try {
        result = await scorer(input);
      } catch (error) {
        result = undefined;
        reasons.push(`scorer ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!result || !Number.isFinite(result.value)) continue;
      const value = Math.min(1, Math.max(0, result.value));
      scores.push({
        target: { type: 'turn', id: turn.id },
        name: `quality.${name}`,
        value,
        scorer: name,
        reason: result.reason,
      });
      if (value < combined) combined = value;
      if (value < threshold) reasons.push(result.reason);
    }
    scores.push({
      target: { type: 'turn', id: turn.id },
      name: 'quality',
      value: combined,
      scorer: 'handoff',
      reason: reasons.join('; ') || 'no problem found',
    });
    byTurn.set(turn.id, { value: combined, reasons });
    if (combined < threshold) {
      // Where it went: its carrier or consumer, else the turn the effect graph found it reached.
      const reached = effects.get(turn.id)?.[0];
      const receiver = receiverOf(index, turn.id);
      const boundary = {
        from: turn.agent,
        to: receiver === '(output)' && reached ? (index.turns.get(reached)?.agent ?? receiver) : receiver,
      };
      // A bad output nobody used (an optional branch the answer ignored) is worth a look, not an error.
      const used = index.finalTurnIds.has(turn.id) || (effects.get(turn.id)?.length ?? 0) > 0;
      findings.push(
        makeFinding({
          kind: 'low_quality_output',
          severity: used ? 'error' : 'warning',
          boundary,
          turnId: turn.id,
          ...(outgoing ? { handoffId: outgoing.id } : {}),
          summary: `Low-quality output at boundary ${boundaryLabel(boundary)}: ${turn.agent}'s output scored ${combined.toFixed(2)} (${reasons[0] ?? 'below threshold'})${used ? '' : '; nothing downstream used it'}`,
          evidence: reasons.map((reason) => ({
            label: 'quality',
            detail: reason,
            actual: output.slice(0, 300),
            turnId: turn.id,
          })),
        }),
      );
    }
  }
  // A bad output its receiver sent back ("your table stopped after Mar-27, resend it") and got again
  // from the same agent, fine this time: the fault was caught and redone, not passed on.
  const redone = (finding: Finding) => {
    const turn = finding.turnId ? index.turns.get(finding.turnId) : undefined;
    if (!turn) return false;
    const at = index.trace.turns.indexOf(turn);
    return index.trace.turns.some(
      (later, i) =>
        i > at &&
        later.agent === turn.agent &&
        later.startedAt >= (turn.endedAt ?? turn.startedAt) &&
        (byTurn.get(later.id)?.value ?? 0) >= threshold &&
        (index.into.get(later.id) ?? []).some((h) => h.from === finding.boundary.to),
    );
  };
  return {
    scores,
    findings: findings.map((f) =>
      f.severity === 'error' && redone(f) ? { ...f, severity: 'warning' as const } : f,
    ),
    byTurn,
  };
}
