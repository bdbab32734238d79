import type { Trace } from '../model/trace.ts';
import { TraceSchema } from '../model/trace.ts';

/** Lists what is wrong with a trace's shape; empty when it is well formed. */
export function traceProblems(trace: Trace): string[] {
  const problems: string[] = [];
  const parsed = TraceSchema.safeParse(trace);
  if (!parsed.success)
    problems.push(...parsed.error.issues.map((issue) => `schema: ${issue.path.join('.')}: ${issue.message}`));
  const workflowId = trace.workflow.id;
  const turnIds = new Set(trace.turns.map((turn) => turn.id));
  for (const turn of trace.turns) {
    if (turn.status === 'running' || turn.endedAt === undefined)
      problems.push(`turn ${turn.id} (${turn.agent}) never ended`);
    if (turn.agent === 'unknown') problems.push(`turn ${turn.id} has no agent name`);
    if (turn.parentTurnId && !turnIds.has(turn.parentTurnId))
      problems.push(`turn ${turn.id} has unknown parent ${turn.parentTurnId}`);
    for (const call of turn.toolCalls)
      if (call.endedAt === undefined) problems.push(`tool call ${call.id} (${call.name}) never ended`);
  }
  for (const handoff of trace.handoffs) {
    if (!handoff.from || !handoff.to) problems.push(`handoff ${handoff.id} has no sender or receiver`);
    if (handoff.fromTurnId && !turnIds.has(handoff.fromTurnId))
      problems.push(`handoff ${handoff.id} names unknown sender turn ${handoff.fromTurnId}`);
    if (handoff.toTurnId && !turnIds.has(handoff.toTurnId))
      problems.push(`handoff ${handoff.id} names unknown receiver turn ${handoff.toTurnId}`);
  }
  for (const edge of trace.lineage) {
    if (!turnIds.has(edge.fromTurnId) || !turnIds.has(edge.toTurnId))
      problems.push(`lineage ${edge.fromTurnId}→${edge.toTurnId} points at a missing turn`);
  }
  for (const read of trace.turns.flatMap((turn) => turn.contextReads)) {
    if (!trace.contextItems.some((item) => item.key === read.key && item.version === read.version)) {
      problems.push(`context read of ${read.key} v${read.version} has no such item`);
    }
  }
  if (trace.workflow.status === 'running') problems.push(`workflow ${workflowId} never ended`);
  return problems;
}

/**
 * Throws when a trace is not well formed: one workflow id, every turn ended, every handoff's ends
 * resolvable, lineage pointing at existing turns. For adapter tests.
 */
export function expectWellFormedTrace(trace: Trace): void {
  const problems = traceProblems(trace);
  if (problems.length > 0)
    throw new Error(`trace ${trace.workflow.id} is not well formed:\n- ${problems.join('\n- ')}`);
}
