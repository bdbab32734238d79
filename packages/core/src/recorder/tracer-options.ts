import type { Trace } from '../model/trace.ts';
import type { Store } from '../stores/store.ts';
import type { RedactOptions, Redactor } from './redact.ts';

/** The tracer's own problems, reported instead of thrown. */
export interface Diagnostic {
  /** Stable code, e.g. `store_failed`, `queue_full`, `redactor_failed`, `adapter_failed`. */
  code: string;
  message: string;
  error?: unknown;
  /** Events affected (dropped, delayed), where that is known. */
  events?: number;
}

/**
 * Work the recorder hands off after a turn or workflow ends: scorers, checks and alerts. Runs off
 * the hot path; may be async; anything it throws becomes a diagnostic.
 */
export interface LiveAnalysis {
  onTurnEnd?(context: LiveAnalysisContext, turnId: string): void | Promise<void>;
  onWorkflowEnd?(context: LiveAnalysisContext): void | Promise<void>;
}

export interface LiveAnalysisContext {
  readonly workflowId: string;
  /** The trace as recorded so far; read-only (it shares objects with the live recorder). */
  trace(): Trace;
  addScore: import('./handles.ts').WorkflowHandle['addScore'];
  addFinding: import('./handles.ts').WorkflowHandle['addFinding'];
  diagnostic(diagnostic: Diagnostic): void;
}

export interface SampleOptions {
  /** Share of workflows kept, 0..1. Default 1. */
  rate: number;
  /** Keep every workflow that has a finding, even when the rate drops it (tail sampling). */
  keepFailures?: boolean;
}

export interface TracerOptions {
  /** Where events go. Default: `jsonlStore()` writing under `.handoff/` in the working directory. */
  store?: Store;
  /** Time source, injectable so tests control time. Default `Date.now`. */
  clock?: { now(): number };
  /** Id generator. Default `crypto.randomUUID`. */
  ids?: () => string;
  /** Budget per recorded value (message list, tool result, payload); the rest is cut with a marker. Default 256 KiB. */
  maxPayloadBytes?: number;
  /** Redaction of secrets before anything is stored: built-in patterns on by default; `false` turns it off. */
  redact?: false | Redactor | Redactor[] | RedactOptions;
  sample?: SampleOptions;
  /** Most events held for the store before new ones are dropped (and counted). Default 100,000. */
  maxBufferedEvents?: number;
  /** How long a failing store is retried before its events are dropped. Default 30 s. */
  retryForMs?: number;
  /** Record tool results as context items (key = tool name + canonical args). Default true. */
  toolResultsAsContext?: boolean;
  /** Checks, scorers and alerts run as the workflow goes. */
  analysis?: LiveAnalysis | LiveAnalysis[];
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /** Flush on process exit (beforeExit, exit, SIGTERM/SIGINT). Default true. */
  flushOnExit?: boolean;
  /**
   * This process's name on the events of workflows it continues for another process
   * (`joinWorkflow`, `continueWorkflow`); each continuation adds a number. Default: random per tracer.
   */
  writer?: string;
}
