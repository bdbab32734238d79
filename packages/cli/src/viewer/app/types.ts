import type { Analysis, Trace } from '@handoff/core';
import type { Prices } from './workflow/run-totals.ts';

/** One workflow as the viewer receives it: the trace and its analysis. */
export interface WorkflowView {
  trace: Trace;
  analysis: Analysis;
  /**
   * Set on an outline (see withholdTexts): only these turns and handoffs have their texts; the page
   * reads the rest after its first paint.
   */
  withheld?: { kept: string[] };
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

/**
 * How the page gets its data: embedded in the file (report) or from the local server (view). A report
 * embeds each workflow's outline here and the texts withheld from it in a second block, read after
 * the first paint.
 */
export type DataSource =
  | { mode: 'static'; workflows: WorkflowView[]; prices?: Prices }
  /**
   * The live page carries the list when the server had it ready, and the outline of the workflow it
   * opens (`first`), so it paints before it asks the server for the whole workflow.
   */
  | { mode: 'live'; prices?: Prices; summaries?: WorkflowSummary[]; first?: WorkflowView };
