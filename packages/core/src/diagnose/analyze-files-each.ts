import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { foldInto, type TraceBuilder } from '../model/trace-builder.ts';
import { listTraceFiles, readEvents } from '../stores/read-trace.ts';
import { scanWorkflowIds } from '../stores/scan-workflow-ids.ts';
import { TraceFileError } from '../stores/trace-file-error.ts';
import { ANALYSIS_WORKER, type WorkerRequest, type WorkerSetup } from './analysis-worker.ts';
import type { AnalyzeOptions } from './analyze.ts';
import {
  analyzedWorkflow,
  analyzeFile,
  type FileAnalysis,
  type FileTask,
  matchesWorkflow,
} from './analyze-file.ts';
import type { StreamedWorkflow } from './by-start.ts';

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

export interface AnalyzeFilesEachResult {
  /** Files or lines that could not be read (in file order); the rest was analysed. */
  errors: TraceFileError[];
  files: string[];
  /** Worker threads that analysed files (0: all in this thread). */
  workers: number;
  /** Workflows handed on. */
  workflows: number;
}

/**
 * Loads and analyses every trace under a file or directory and hands each workflow's analysis to
 * `onWorkflow` as soon as its file is done, so memory holds only the files in flight, not every
 * result. Files are analysed side by side on worker threads; `onWorkflow` is called for one
 * workflow at a time, and a worker gets its next file once the promise `onWorkflow` returns settles.
 * A workflow whose events are spread over several files is analysed whole after every file was
 * read. Analyses are those of loadTraces followed by analyze; the order is that of finishing
 * (`byStart` sorts them as loadTraces orders traces). If `onWorkflow` throws, no file is started
 * after it and the promise rejects with that error.
 */
export async function analyzeFilesEach(
  pathOrDir: string,
  onWorkflow: (workflow: StreamedWorkflow) => void | Promise<void>,
  options: AnalyzeFilesOptions = {},
): Promise<AnalyzeFilesEachResult> {
  const files = await listTraceFiles(pathOrDir);
  const task: FileTask = {
    analyze: options.analyze ?? {},
    traces: options.traces ?? true,
    ...(options.workflow === undefined ? {} : { workflow: options.workflow }),
  };
  const holdBack = files.length > 1 ? await namedInSeveral(files) : new Set<string>();
  // Where each held-back workflow was first seen, and the files to read again for them.
  const held = new Map<string, { file: number; place: number }>();
  const heldFiles = new Set<number>();
  const errors: TraceFileError[][] = files.map(() => []);
  let done = 0;
  let workflows = 0;
  let failure: { error: unknown } | undefined;
  const handOn = async (workflow: StreamedWorkflow): Promise<void> => {
    if (failure) return;
    try {
      await onWorkflow(workflow);
      workflows++;
    } catch (error) {
      failure = { error };
    }
  };
  const take = async (index: number, result: FileAnalysis): Promise<void> => {
    errors[index] = result.problems.map(
      (problem) => new TraceFileError(problem.file, problem.line, problem.reason),
    );
    for (const problem of errors[index]) options.onDiagnostic?.(problem);
    options.onProgress?.(++done, files.length, files[index]!);
    const places = new Map<string, number>();
    result.workflowIds.forEach((id, place) => {
      places.set(id, place);
      if (!holdBack.has(id)) return;
      heldFiles.add(index);
      const first = held.get(id);
      if (!first || first.file > index) held.set(id, { file: index, place });
    });
    for (const entry of result.results)
      await handOn({ ...entry, file: index, place: places.get(entry.workflow.id)! });
  };
  // One file's results at a time, in the order files finish.
  let queue = Promise.resolve();
  const finish = (index: number, result: FileAnalysis): Promise<void> =>
    (queue = queue
      .then(() => take(index, result))
      .catch((error: unknown) => {
        failure ??= { error };
      }));

  const count = Math.min(options.workers ?? (await defaultWorkers(files)), files.length);
  let rest = files.map((_, index) => index);
  const used = new Set<number>();
  if (count > 1 && crossesThreads(task))
    rest = await inWorkers(files, { role: ANALYSIS_WORKER, task, holdBack: [...holdBack] }, count, {
      finish,
      stopped: () => failure !== undefined,
      used,
    });
  for (const index of rest) {
    if (failure) break;
    await finish(index, await analyzeFile(files[index]!, task, holdBack));
  }
  await queue;
  if (held.size > 0 && !failure) await analyzeHeld(files, heldFiles, held, task, handOn);
  if (failure) throw failure.error;
  return { errors: errors.flat(), files, workers: used.size, workflows };
}

/** Workflow ids named in more than one of `files`. */
async function namedInSeveral(files: string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  const several = new Set<string>();
  for (const file of files) {
    for (const id of await scanWorkflowIds(file)) {
      if (seen.has(id)) several.add(id);
      else seen.add(id);
    }
  }
  return several;
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
 * Hands files to `count` workers, one at a time each; a worker gets its next file once `finish`
 * has taken its last. Resolves with the files left to do in this thread: those a worker failed on
 * (it could not start, crashed, or the analysis threw), or all not started once `stopped()`.
 */
function inWorkers(
  files: string[],
  setup: WorkerSetup,
  count: number,
  hooks: {
    finish: (index: number, result: FileAnalysis) => Promise<void>;
    stopped: () => boolean;
    /** Receives the number of each worker that analysed a file. */
    used: Set<number>;
  },
): Promise<number[]> {
  return new Promise((resolve) => {
    const queue = files.map((_, index) => index);
    const failed: number[] = [];
    let alive = 0;
    const start = (number: number): void => {
      let worker: Worker;
      try {
        worker = new Worker(workerUrl(), { workerData: setup });
      } catch {
        return;
      }
      alive++;
      let current: number | undefined;
      let exited = false;
      const next = (): void => {
        if (exited) return;
        current = hooks.stopped() ? undefined : queue.shift();
        if (current === undefined) void worker.terminate();
        else worker.postMessage({ id: current, file: files[current]! } satisfies WorkerRequest);
      };
      worker.on('message', (message: { id: number; result?: FileAnalysis }) => {
        current = undefined;
        if (!message.result) {
          failed.push(message.id);
          return next();
        }
        hooks.used.add(number);
        void hooks.finish(message.id, message.result).then(next);
      });
      worker.on('error', () => {});
      worker.on('exit', () => {
        exited = true;
        if (current !== undefined) failed.push(current);
        if (--alive === 0) resolve([...failed, ...queue].sort((a, b) => a - b));
      });
      next();
    };
    for (let i = 0; i < count; i++) start(i);
    if (alive === 0) resolve(queue);
  });
}

/** Workflows spread over several files: read again from the files that hold them and analysed whole. */
async function analyzeHeld(
  files: string[],
  heldFiles: Set<number>,
  held: Map<string, { file: number; place: number }>,
  task: FileTask,
  handOn: (workflow: StreamedWorkflow) => Promise<void>,
): Promise<void> {
  const builders = new Map<string, TraceBuilder>();
  for (const index of [...heldFiles].sort((a, b) => a - b)) {
    // Problems in these files were reported on the first read.
    await readEvents(files[index]!, { lenient: true }, (event) => {
      if (held.has(event.workflowId)) foldInto(builders, event);
    }).catch(() => undefined);
  }
  for (const [id, builder] of builders) {
    builders.delete(id);
    builder.markIncompleteIfOpen();
    const trace = builder.toTrace();
    if (matchesWorkflow(trace, task.workflow))
      await handOn({ ...(await analyzedWorkflow(trace, task)), ...held.get(id)! });
  }
}
