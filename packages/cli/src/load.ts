import {
  type AnalyzedWorkflow,
  type AnalyzeOptions,
  analyzeFilesEach,
  byStart,
  loadTraces,
  type StreamedWorkflow,
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

/** Loads and analyses traces from a file or directory and returns them all, in order of start. */
export async function analyzeForCli(
  path: string,
  options: { workflow?: string; quiet?: boolean; analyze?: AnalyzeOptions } = {},
): Promise<Analysed> {
  const streamed: StreamedWorkflow[] = [];
  const { problems } = await analyzeEachForCli(path, options, (workflow) => void streamed.push(workflow));
  const workflows = streamed.sort(byStart).map(({ file: _file, place: _place, ...workflow }) => workflow);
  return { workflows: workflows as Analysed['workflows'], problems };
}

/**
 * Loads and analyses traces from a file or directory, files side by side on worker threads, and
 * hands each workflow (with its trace) to `onWorkflow` as its file is done; `byStart` orders them.
 */
export async function analyzeEachForCli(
  path: string,
  options: { workflow?: string; quiet?: boolean; analyze?: AnalyzeOptions },
  onWorkflow: (workflow: StreamedWorkflow & { trace: Trace }) => void | Promise<void>,
): Promise<{ problems: TraceFileError[]; workflows: number }> {
  let result: Awaited<ReturnType<typeof analyzeFilesEach>>;
  try {
    result = await analyzeFilesEach(
      path,
      (workflow) => onWorkflow(workflow as StreamedWorkflow & { trace: Trace }),
      {
        ...(options.workflow === undefined ? {} : { workflow: options.workflow }),
        ...(options.analyze ? { analyze: options.analyze } : {}),
        onProgress: progress('analysing', options.quiet),
      },
    );
  } catch (error) {
    if (error instanceof TraceFileError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
  if (options.workflow && result.workflows === 0)
    throw new UsageError(`no workflow "${options.workflow}" in ${path}`);
  return { problems: result.errors, workflows: result.workflows };
}

/** Progress on stderr for large directories (a terminal only). */
function progress(verb: string, quiet: boolean | undefined) {
  return (done: number, total: number): void => {
    if (quiet || total < 20 || !process.stderr.isTTY) return;
    process.stderr.write(`\r${verb} traces ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}
