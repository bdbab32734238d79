import type { Trace, Workflow } from '../model/trace.ts';
import type { TraceBuilder } from '../model/trace-builder.ts';
import { foldFile } from '../stores/read-trace.ts';
import type { TraceFileError } from '../stores/trace-file-error.ts';
import { type Analysis, type AnalyzeOptions, analyze } from './analyze.ts';

/** What one file's analysis sends back (plain data: it crosses from a worker thread). */
export interface FileAnalysis {
  /** Every workflow id the file holds, in the order first seen (also those not analysed). */
  workflowIds: string[];
  results: AnalyzedWorkflow[];
  /** Lines or the file that could not be read, as `{ file, line, reason }`. */
  problems: { file: string; line: number | undefined; reason: string }[];
}

export interface AnalyzedWorkflow {
  workflow: Workflow;
  turns: number;
  handoffs: number;
  analysis: Analysis;
  /** The trace itself, when asked for (`traces: true`). */
  trace?: Trace;
}

export interface FileTask {
  /** Options for analyze() without functions (they cannot cross to a worker). */
  analyze: AnalyzeOptions;
  /** Keep each trace in its result. */
  traces: boolean;
  /** Only workflows with this id or name. */
  workflow?: string;
}

export function matchesWorkflow(trace: Trace, workflow: string | undefined): boolean {
  return workflow === undefined || trace.workflow.id === workflow || trace.workflow.name === workflow;
}

export async function analyzedWorkflow(trace: Trace, task: FileTask): Promise<AnalyzedWorkflow> {
  return {
    workflow: trace.workflow,
    turns: trace.turns.length,
    handoffs: trace.handoffs.length,
    analysis: await analyze(trace, task.analyze),
    ...(task.traces ? { trace } : {}),
  };
}

/**
 * Reads one trace file (leniently) and analyses each workflow in it, except those in `holdBack`
 * (named in other files too: they are analysed whole once every file is read).
 */
export async function analyzeFile(
  file: string,
  task: FileTask,
  holdBack: ReadonlySet<string> = new Set(),
): Promise<FileAnalysis> {
  const problems: FileAnalysis['problems'] = [];
  const report = (problem: TraceFileError): void => {
    const prefix = `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: `;
    problems.push({
      file: problem.file,
      line: problem.line,
      reason: problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message,
    });
  };
  // As loadTraces: what was read before a file failed is kept.
  const builders = new Map<string, TraceBuilder>();
  await foldFile(file, builders, report);
  const workflowIds = [...builders.keys()];
  const results: AnalyzedWorkflow[] = [];
  // Each trace is built when its turn comes and let go after, not all of the file's at once.
  for (const [id, builder] of builders) {
    builders.delete(id);
    if (holdBack.has(id)) continue;
    builder.markIncompleteIfOpen();
    const trace = builder.toTrace();
    if (matchesWorkflow(trace, task.workflow)) results.push(await analyzedWorkflow(trace, task));
  }
  return { workflowIds, results, problems };
}
