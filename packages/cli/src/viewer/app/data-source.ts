import { firstWorkflow } from './list/first-workflow.ts';
import { readLocation } from './selection.ts';
import { summarize } from './summarize.ts';
import type { DataSource, WorkflowSummary, WorkflowView } from './types.ts';

const embedded = document.getElementById('handoff-data')?.textContent;

/** Embedded data (a report; the live page's list) or the local server's API (the live viewer). */
export const dataSource: DataSource = embedded ? (JSON.parse(embedded) as DataSource) : { mode: 'live' };

export async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** The list the page starts with: embedded (report, or live when the server had it ready), else empty. */
export const initialSummaries: WorkflowSummary[] =
  dataSource.mode === 'static' ? dataSource.workflows.map(summarize) : (dataSource.summaries ?? []);

/** The workflow the page opens: the one a link names, else the first failing one. */
export const initialWorkflowId: string | undefined =
  readLocation(location.hash).workflowId ?? firstWorkflow(initialSummaries);

// The live page asks for its first workflow now, before the first render (a long run is megabytes).
let prefetched =
  dataSource.mode === 'live' && initialWorkflowId
    ? { id: initialWorkflowId, view: workflowRequest(initialWorkflowId) }
    : undefined;

function workflowRequest(id: string) {
  return fetchJson<WorkflowView>(`api/workflow?id=${encodeURIComponent(id)}`);
}

// A failed prefetch is reported when the app asks for it, not as an unhandled rejection before.
prefetched?.view.catch(() => undefined);

/** Whether the page is waiting for its first workflow from the server (time to prepare the graph's layout). */
export const waitingForWorkflow = prefetched !== undefined;

/** One workflow from the live server (the prefetched one the first time it is asked for). */
export function loadWorkflow(id: string): Promise<WorkflowView> {
  const early = prefetched;
  prefetched = undefined;
  return early?.id === id ? early.view : workflowRequest(id);
}
