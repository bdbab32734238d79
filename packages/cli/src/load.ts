import {
  type AnalyzedWorkflow,
  type AnalyzeOptions,
  analyzeFiles,
  loadTraces,
  type Trace,
  TraceFileError,
} from '@handoff/core';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Loaded {
  traces: Trace[];
  problems: TraceFileError[];
}

/** Loads traces from a file or directory, with progress on stderr for large directories. */
export async function loadForCli(
  path: string,
  options: { workflow?: string; quiet?: boolean } = {},
): Promise<Loaded> {
  let result: Awaited<ReturnType<typeof loadTraces>>;
  try {
    result = await loadTraces(path, { onProgress: progress('reading', options.quiet) });
  } catch (error) {
    if (error instanceof TraceFileError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  let traces = result.traces;
  if (options.workflow) {
    traces = traces.filter(
      (trace) => trace.workflow.id === options.workflow || trace.workflow.name === options.workflow,
    );
    if (traces.length === 0) throw new UsageError(`no workflow "${options.workflow}" in ${path}`);
  }
  return { traces, problems: result.errors };
}

export interface Analysed {
  workflows: (AnalyzedWorkflow & { trace: Trace })[];
  problems: TraceFileError[];
}

/** Loads and analyses traces from a file or directory, files side by side on worker threads. */
export async function analyzeForCli(
  path: string,
  options: { workflow?: string; quiet?: boolean; analyze?: AnalyzeOptions } = {},
): Promise<Analysed> {
  let result: Awaited<ReturnType<typeof analyzeFiles>>;
  try {
    result = await analyzeFiles(path, {
      ...(options.workflow === undefined ? {} : { workflow: options.workflow }),
      ...(options.analyze ? { analyze: options.analyze } : {}),
      onProgress: progress('analysing', options.quiet),
    });
  } catch (error) {
    if (error instanceof TraceFileError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  if (options.workflow && result.workflows.length === 0)
    throw new UsageError(`no workflow "${options.workflow}" in ${path}`);
  return { workflows: result.workflows as Analysed['workflows'], problems: result.errors };
}

/** Progress on stderr for large directories (a terminal only). */
function progress(verb: string, quiet: boolean | undefined) {
  return (done: number, total: number): void => {
    if (quiet || total < 20 || !process.stderr.isTTY) return;
    process.stderr.write(`\r${verb} traces ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}
