import type { Analysis, Trace } from '@handoff/core';
import type { Prices } from './workflow/run-totals.ts';

/** One workflow as the viewer receives it: the trace and its analysis. */
export interface WorkflowView {
  trace: Trace;
  analysis: Analysis;
}

/** A line of the workflow list (sent before the full trace is fetched). */
export interface WorkflowSummary {
  workflowId: string;
  name: string;
  framework: string | null;
  status: string;
  startedAt: number;
  durationMs: number;
  agents: string[];
  rootCause: string | null;
  rootKind: string | null;
  handoffs: number;
  findings: number;
  /** Feedback on the answer: true right, false wrong, null none. */
  correct: boolean | null;
}

/** How the page gets its data: embedded in the file (report) or from the local server (view). */
export type DataSource =
  | { mode: 'static'; workflows: WorkflowView[]; prices?: Prices }
  /** The live page carries the list when the server had it ready, so it can ask for a workflow at once. */
  | { mode: 'live'; prices?: Prices; summaries?: WorkflowSummary[] };
