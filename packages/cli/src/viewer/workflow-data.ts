import { analyze, loadTraces, type Trace } from '@handoff/core';
import type { WorkflowSummary, WorkflowView } from './app/types.ts';

export function summarize(view: WorkflowView): WorkflowSummary {
  const { trace, analysis } = view;
  const end =
    trace.workflow.endedAt ??
    Math.max(trace.workflow.startedAt, ...trace.turns.map((t) => t.endedAt ?? t.startedAt));
  return {
    workflowId: trace.workflow.id,
    name: trace.workflow.metadata.framework
      ? `${trace.workflow.name} · ${String(trace.workflow.metadata.framework)}`
      : trace.workflow.name,
    status: trace.workflow.status,
    startedAt: trace.workflow.startedAt,
    durationMs: end - trace.workflow.startedAt,
    agents: [...new Set(trace.turns.map((t) => t.agent))],
    rootCause: analysis.failure?.summary ?? null,
    rootKind: analysis.failure?.kind ?? null,
    handoffs: trace.handoffs.length,
  };
}

export async function analyzeAll(traces: Trace[]): Promise<WorkflowView[]> {
  const views: WorkflowView[] = [];
  for (const trace of traces) views.push({ trace, analysis: await analyze(trace) });
  return views;
}

/** Loads and analyses a trace directory; re-used until the directory changes. */
export function workflowSource(path: string) {
  let current: Promise<WorkflowView[]> | undefined;
  return {
    invalidate() {
      current = undefined;
    },
    views(): Promise<WorkflowView[]> {
      current ??= loadTraces(path)
        .then(({ traces }) => analyzeAll(traces))
        .catch(() => []);
      return current;
    },
  };
}
