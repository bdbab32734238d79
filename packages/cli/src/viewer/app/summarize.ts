import type { WorkflowSummary, WorkflowView } from './types.ts';

/** One line of the workflow list; shared by the server and the browser app (no Node imports here). */
export function summarize(view: WorkflowView): WorkflowSummary {
  const { trace, analysis } = view;
  const end =
    trace.workflow.endedAt ??
    trace.turns.reduce((latest, t) => Math.max(latest, t.endedAt ?? t.startedAt), trace.workflow.startedAt);
  const framework = trace.workflow.metadata.framework;
  return {
    workflowId: trace.workflow.id,
    name: trace.workflow.name,
    framework: framework === undefined ? null : String(framework),
    status: trace.workflow.status,
    startedAt: trace.workflow.startedAt,
    durationMs: end - trace.workflow.startedAt,
    agents: [...new Set(trace.turns.map((t) => t.agent))],
    rootCause: analysis.failure?.summary ?? null,
    rootKind: analysis.failure?.kind ?? null,
    handoffs: trace.handoffs.length,
    findings: analysis.findings.length,
    correct: trace.workflow.feedback?.correct ?? null,
  };
}
