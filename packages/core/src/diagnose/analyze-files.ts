import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { foldInto, type TraceBuilder } from '../model/trace-builder.ts';
import { listTraceFiles, readEvents } from '../stores/read-trace.ts';
import { TraceFileError } from '../stores/trace-file-error.ts';
import { ANALYSIS_WORKER, type WorkerRequest } from './analysis-worker.ts';
import type { AnalyzeOptions } from './analyze.ts';
import {
  type AnalyzedWorkflow,
  analyzedWorkflow,
  analyzeFile,
  type FileAnalysis,
  type FileTask,
  matchesWorkflow,
} from './analyze-file.ts';

export interface AnalyzeFilesOptions {
  /**
   * Worker threads analysing files side by side, at most one per file; 1 analyses in this thread.
   * Default: the machine's available parallelism once the files hold more than a few MB (below
   * that, starting threads costs more than it saves). Options holding functions (a judge, scorers,
   * an attributor) always run in this thread.
   */
  workers?: number;
  /** Options for each analyze(). */
  analyze?: AnalyzeOptions;
  /** Keep each workflow's trace in its result. Default true; false keeps memory to the analyses. */
  traces?: boolean;
  /** Only workflows with this id or name. */
  workflow?: string;
  onDiagnostic?: (problem: TraceFileError) => void;
  /** Called after each file, for progress on large directories. */
  onProgress?: (done: number, total: number, file: string) => void;
}

export interface AnalyzeFilesResult {
  /** One per workflow, in order of start (as loadTraces orders traces). */
  workflows: AnalyzedWorkflow[];
  /** Files or lines that could not be read; the rest was analysed. */
  errors: TraceFileError[];
  files: string[];
  /** Worker threads that analysed files (0: all in this thread). */
  workers: number;
}

/**
 * Loads and analyses every trace under a file or directory, one file at a time per worker thread, so
 * a directory of many workflows uses every core and holds only the files in flight (with
 * `traces: false`). A workflow whose events are spread over several files is read again and
 * analysed whole. Results are the same as loadTraces followed by analyze on each trace.
 */
export async function analyzeFiles(
  pathOrDir: string,
  options: AnalyzeFilesOptions = {},
): Promise<AnalyzeFilesResult> {
  const files = await listTraceFiles(pathOrDir);
  const task: FileTask = {
    analyze: options.analyze ?? {},
    traces: options.traces ?? true,
    ...(options.workflow === undefined ? {} : { workflow: options.workflow }),
  };
  const byFile: (FileAnalysis | undefined)[] = files.map(() => undefined);
  let done = 0;
  const finish = (index: number, result: FileAnalysis): void => {
    byFile[index] = result;
    for (const problem of result.problems)
      options.onDiagnostic?.(new TraceFileError(problem.file, problem.line, problem.reason));
    options.onProgress?.(++done, files.length, files[index]!);
  };
  const workers = Math.min(options.workers ?? (await defaultWorkers(files)), files.length);
  let rest = files.map((_, index) => index);
  const used = new Set<number>();
  if (workers > 1 && crossesThreads(task)) rest = await inWorkers(files, task, workers, finish, used);
  for (const index of rest) finish(index, await analyzeFile(files[index]!, task));
  return { ...(await merge(files, byFile as FileAnalysis[], task)), workers: used.size };
}

const WORTH_A_THREAD = 4 * 1024 * 1024;

async function defaultWorkers(files: string[]): Promise<number> {
  if (files.length < 2) return 1;
  let bytes = 0;
  for (const file of files) {
    bytes += (await stat(file).catch(() => ({ size: 0 }))).size;
    if (bytes >= WORTH_A_THREAD) return availableParallelism();
  }
  return 1;
}

function crossesThreads(task: FileTask): boolean {
  try {
    structuredClone(task.analyze);
    return true;
  } catch {
    return false;
  }
}

function workerUrl(): URL {
  // From source the worker is a .ts file beside this one; built, tsdown emits it as its own entry.
  return new URL(
    import.meta.url.endsWith('.ts') ? './analysis-worker.ts' : './analysis-worker.mjs',
    import.meta.url,
  );
}

/**
 * Hands files to `count` workers, one at a time each. Resolves with the files left to do in this
 * thread: those a worker failed on (it could not start, crashed, or the analysis threw).
 */
function inWorkers(
  files: string[],
  task: FileTask,
  count: number,
  finish: (index: number, result: FileAnalysis) => void,
  /** Receives the number of each worker that analysed a file. */
  used: Set<number>,
): Promise<number[]> {
  return new Promise((resolve) => {
    const queue = files.map((_, index) => index);
    const failed: number[] = [];
    let alive = 0;
    const start = (number: number): void => {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl(), { workerData: { role: ANALYSIS_WORKER } });
      } catch {
        return;
      }
      alive++;
      let current: number | undefined;
      const next = (): void => {
        current = queue.shift();
        if (current === undefined) void worker.terminate();
        else worker.postMessage({ id: current, file: files[current]!, task } satisfies WorkerRequest);
      };
      worker.on('message', (message: { id: number; result?: FileAnalysis }) => {
        if (message.result) {
          used.add(number);
          finish(message.id, message.result);
        } else failed.push(message.id);
        current = undefined;
        next();
      });
      worker.on('error', () => {});
      worker.on('exit', () => {
        if (current !== undefined) failed.push(current);
        if (--alive === 0) resolve([...failed, ...queue].sort((a, b) => a - b));
      });
      next();
    };
    for (let i = 0; i < count; i++) start(i);
    if (alive === 0) resolve(queue);
  });
}

/** Results in loadTraces' order; workflows spread over several files read again and analysed whole. */
async function merge(
  files: string[],
  byFile: FileAnalysis[],
  task: FileTask,
): Promise<Omit<AnalyzeFilesResult, 'workers'>> {
  const firstFile = new Map<string, number>();
  const split = new Set<string>();
  byFile.forEach((result, index) => {
    for (const id of result.workflowIds) {
      const first = firstFile.get(id);
      if (first === undefined) firstFile.set(id, index);
      else if (first !== index) split.add(id);
    }
  });
  const whole = split.size > 0 ? await analyzeSplit(files, byFile, split, task) : new Map();
  const workflows: AnalyzedWorkflow[] = [];
  const taken = new Set<string>();
  byFile.forEach((result, index) => {
    const analysed = new Map(result.results.map((entry) => [entry.workflow.id, entry]));
    for (const id of result.workflowIds) {
      if (taken.has(id) || firstFile.get(id) !== index) continue;
      taken.add(id);
      const entry = split.has(id) ? whole.get(id) : analysed.get(id);
      if (entry) workflows.push(entry);
    }
  });
  workflows.sort((a, b) => a.workflow.startedAt - b.workflow.startedAt);
  const errors = byFile.flatMap((result) =>
    result.problems.map((problem) => new TraceFileError(problem.file, problem.line, problem.reason)),
  );
  return { workflows, errors, files };
}

async function analyzeSplit(
  files: string[],
  byFile: FileAnalysis[],
  split: Set<string>,
  task: FileTask,
): Promise<Map<string, AnalyzedWorkflow>> {
  const builders = new Map<string, TraceBuilder>();
  for (const [index, file] of files.entries()) {
    if (!byFile[index]!.workflowIds.some((id) => split.has(id))) continue;
    // Problems in these files were reported on the first read.
    await readEvents(file, { lenient: true }, (event) => {
      if (split.has(event.workflowId)) foldInto(builders, event);
    }).catch(() => undefined);
  }
  const out = new Map<string, AnalyzedWorkflow>();
  for (const [id, builder] of builders) {
    builder.markIncompleteIfOpen();
    const trace = builder.toTrace();
    if (matchesWorkflow(trace, task.workflow)) out.set(id, await analyzedWorkflow(trace, task));
  }
  return out;
}
