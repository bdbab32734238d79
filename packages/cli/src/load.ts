import { loadTraces, type Trace, TraceFileError } from '@handoff/core';

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
    result = await loadTraces(path, {
      onProgress: (done, total) => {
        if (!options.quiet && total >= 20 && process.stderr.isTTY)
          process.stderr.write(`\rreading traces ${done}/${total}`);
        if (!options.quiet && total >= 20 && process.stderr.isTTY && done === total)
          process.stderr.write('\n');
      },
    });
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
