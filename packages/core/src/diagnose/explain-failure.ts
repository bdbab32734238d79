import { makeFinding } from '../checks/finding.ts';
import { receiverOf } from '../checks/turn-links.ts';
import type { Finding } from '../model/trace.ts';
import type { FailureAttributor } from './failure-attributor.ts';
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
 * For a run known to have failed: the ranked suspects (an attributor's pick first, when one is given
 * and answers), and the failure as the top one (the checks' root cause when it is the top suspect,
 * else a finding made from the suspect's evidence).
 */
export async function explainKnownFailure(
  index: TraceIndex,
  findings: Finding[],
  located: Failure | null,
  attribute?: FailureAttributor,
): Promise<{ failure: Failure | null; suspects: Suspect[]; added: Finding[] }> {
  const suspects = rankSuspects(index, findings, located);
  if (attribute) await attributeFirst(index, findings, suspects, attribute);
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

/** Puts the attributor's pick first (joined with what the checks found at that turn); keeps five. */
async function attributeFirst(
  index: TraceIndex,
  findings: Finding[],
  suspects: Suspect[],
  attribute: FailureAttributor,
): Promise<void> {
  let answer: Awaited<ReturnType<FailureAttributor>>;
  try {
    answer = await attribute({ trace: index.trace, findings, suspects: suspects.map((s) => ({ ...s })) });
  } catch {
    return; // an attributor that fails abstains: the deterministic answer stands
  }
  const turn = answer && index.turns.get(answer.turnId);
  if (!answer || !turn) return;
  const at = suspects.findIndex((suspect) => suspect.turnId === turn.id);
  const known = at >= 0 ? suspects.splice(at, 1)[0] : undefined;
  const who = answer.attributor ?? 'attributor';
  const picked: Suspect = {
    agent: turn.agent,
    turnId: turn.id,
    kind: answer.kind ?? known?.kind ?? 'low_quality_output',
    boundary: known?.boundary ?? { from: turn.agent, to: receiverOf(index, turn.id) },
    confidence: answer.confidence ?? Math.max(known?.confidence ?? 0, 0.5),
    reason: `${who}: ${answer.reason}${known ? `; ${known.reason}` : ''}`,
    evidence: [{ label: who, detail: answer.reason, turnId: turn.id }, ...(known?.evidence ?? [])],
  };
  const sourceIndex = sourceIndexOf(index, turn.id);
  if (sourceIndex !== undefined) picked.sourceIndex = sourceIndex;
  suspects.unshift(picked);
  if (suspects.length > 5) suspects.length = 5;
}
