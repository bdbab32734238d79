import type { WorkflowSummary } from '../types.ts';
import { applyQuery, EMPTY_QUERY } from './list-query.ts';

/** The workflow the viewer opens when no link names one: the first failing in the list's order, else the first. */
export function firstWorkflow(
  summaries: WorkflowSummary[],
  shown = applyQuery(summaries, EMPTY_QUERY),
): string | undefined {
  return (shown.find((w) => w.rootKind) ?? shown[0])?.workflowId;
}
