import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile, type FileTask } from './analyze-file.ts';

/** Marks the worker threads analyzeFiles starts (a host's own workers never serve). */
export const ANALYSIS_WORKER = 'handoff-analysis-worker';

export interface WorkerRequest {
  id: number;
  file: string;
  task: FileTask;
}

/** A worker thread's loop: analyse each file asked for, one at a time, and send the result back. */
export function analysisWorker(): void {
  const port = parentPort;
  if (!port || (workerData as { role?: string } | null)?.role !== ANALYSIS_WORKER) return;
  port.on('message', (request: WorkerRequest) => {
    analyzeFile(request.file, request.task).then(
      (result) => port.postMessage({ id: request.id, result }),
      (error: unknown) =>
        port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

analysisWorker();
