import { makeFinding } from '../checks/finding.ts';
import type { Finding } from '../model/trace.ts';
import type { Failure } from './find-failure.ts';
import { rankSuspects } from './rank-suspects.ts';
import type { Suspect } from './suspect.ts';
import type { TraceIndex } from './trace-index.ts';

/** The message index a turn came from, for imported logs. */
export function sourceIndexOf(index: TraceIndex, turnId: string | undefined): number | undefined {
  const value = turnId ? index.turns.get(turnId)?.metadata.sourceIndex : undefined;
  return typeof value === 'number' ? value : undefined;
}

/**
 * For a run known to have failed: the ranked suspects, and the failure as the top one (the checks'
 * root cause when it is the top suspect, else a finding made from the suspect's evidence).
 */
export function explainKnownFailure(
  index: TraceIndex,
  findings: Finding[],
  located: Failure | null,
): { failure: Failure | null; suspects: Suspect[]; added: Finding[] } {
  const suspects = rankSuspects(index, findings, located);
  const top = suspects[0];
  if (!top) return { failure: located, suspects, added: [] };
  if (located && top.findingId === located.findingId) {
    const sourceIndex = sourceIndexOf(index, located.turnId);
    return {
      failure: sourceIndex === undefined ? located : { ...located, sourceIndex },
      suspects,
      added: [],
    };
  }
  const existing = top.findingId ? findings.find((f) => f.id === top.findingId) : undefined;
  const finding =
    existing ??
    makeFinding({
      kind: top.kind,
      boundary: top.boundary,
      turnId: top.turnId,
      summary: `Most likely cause of the failed run at boundary ${top.boundary.to}←${top.boundary.from}: ${top.reason}`,
      evidence: top.evidence,
    });
  const failure: Failure = {
    kind: finding.kind,
    boundary: finding.boundary,
    agent: top.agent,
    summary: finding.summary,
    chain: [finding.boundary],
    evidence: finding.evidence,
    confidence: top.confidence,
    findingId: finding.id,
    turnId: top.turnId,
  };
  if (finding.handoffId) failure.handoffId = finding.handoffId;
  if (top.sourceIndex !== undefined) failure.sourceIndex = top.sourceIndex;
  return { failure, suspects, added: existing ? [] : [finding] };
}
