import { firstWorkflow } from './list/first-workflow.ts';
import { readLocation } from './selection.ts';
import { summarize } from './summarize.ts';
import type { DataSource, WorkflowSummary, WorkflowView } from './types.ts';
import { restoreTexts, type WithheldTexts } from './withheld-texts.ts';

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

const isWorkflow = (id: string | undefined) => (view: WorkflowView) => view.trace.workflow.id === id;

/** The outline of the workflow the page opens, when the page carries it: it paints before the texts come. */
export const initialView: WorkflowView | undefined =
  dataSource.mode === 'static'
    ? dataSource.workflows.find(isWorkflow(initialWorkflowId))
    : dataSource.first && isWorkflow(initialWorkflowId)(dataSource.first)
      ? dataSource.first
      : undefined;

// The live page asks for its first workflow now, before the first render (a long run is megabytes).
// With the outline painted first, the whole workflow is parsed once that is on screen.
let prefetched =
  dataSource.mode === 'live' && initialWorkflowId
    ? {
        id: initialWorkflowId,
        view: initialView ? afterPaintRequest(initialWorkflowId) : workflowRequest(initialWorkflowId),
      }
    : undefined;

function workflowPath(id: string) {
  return `api/workflow?id=${encodeURIComponent(id)}`;
}

function workflowRequest(id: string) {
  return fetchJson<WorkflowView>(workflowPath(id));
}

async function afterPaintRequest(id: string): Promise<WorkflowView> {
  const response = await fetch(workflowPath(id), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${workflowPath(id)}: ${response.status}`);
  const text = await response.text();
  await new Promise<void>((resolve) => afterPaint(resolve));
  return JSON.parse(text) as WorkflowView;
}

// A failed prefetch is reported when the app asks for it, not as an unhandled rejection before.
prefetched?.view.catch(() => undefined);

/** Whether the page is waiting for its first workflow from the server (time to prepare the graph's layout). */
export const waitingForWorkflow = prefetched !== undefined && !initialView;

/** One workflow from the live server (the prefetched one the first time it is asked for). */
export function loadWorkflow(id: string): Promise<WorkflowView> {
  const early = prefetched;
  prefetched = undefined;
  return early?.id === id ? early.view : workflowRequest(id);
}

let reportTexts: WithheldTexts[] | undefined;

/** A report's workflow: its outline, or (`whole`) with the texts the report keeps in a second block. */
export function reportWorkflow(id: string, whole: boolean): WorkflowView | undefined {
  if (dataSource.mode !== 'static') return undefined;
  const at = dataSource.workflows.findIndex(isWorkflow(id));
  const outline = dataSource.workflows[at];
  if (!outline || !whole || !outline.withheld) return outline;
  reportTexts ??= JSON.parse(
    document.getElementById('handoff-texts')?.textContent ?? '[]',
  ) as WithheldTexts[];
  const texts = reportTexts[at];
  return texts ? restoreTexts(outline, texts) : outline;
}

/**
 * Runs `then` once the browser has painted what is on screen now and has parsed the whole page (a
 * report's texts come after the script). Returns a function that cancels it.
 */
export function afterPaint(then: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (cancelled) return;
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else then();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  return () => {
    cancelled = true;
  };
}
