import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, type FileTask } from './analyze-file.ts';

/** Marks the worker threads analyzeFiles starts (a host's own workers never serve). */
export const ANALYSIS_WORKER = 'handoff-analysis-worker';

/** What a worker is started with: the same for every file it analyses. */
export interface WorkerSetup {
  role: typeof ANALYSIS_WORKER;
  task: FileTask;
  /** Workflows named in several files, analysed whole at the end instead. */
  holdBack: string[];
}

export interface WorkerRequest {
  id: number;
  file: string;
}

/** A worker thread's loop: analyse each file asked for, one at a time, and send the result back. */
export function analysisWorker(): void {
  const port = parentPort;
  const setup = workerData as WorkerSetup | null;
  if (!port || setup?.role !== ANALYSIS_WORKER) return;
  const holdBack = new Set(setup.holdBack);
  port.on('message', (request: WorkerRequest) => {
    analyzeFile(request.file, setup.task, holdBack).then(
      (result) => port.postMessage({ id: request.id, result }),
      (error: unknown) =>
        port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

analysisWorker();
