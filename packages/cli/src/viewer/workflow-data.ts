import { analyze, loadTraces, type Trace } from '@handoff/core';
import type { WorkflowView } from './app/types.ts';

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
