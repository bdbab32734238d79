import type { TraceFileError } from '../stores/trace-file-error.ts';
import type { AnalyzedWorkflow } from './analyze-file.ts';
import { type AnalyzeFilesOptions, analyzeFilesEach } from './analyze-files-each.ts';
import { byStart, type StreamedWorkflow } from './by-start.ts';

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
 * Loads and analyses every trace under a file or directory (files side by side on worker threads)
 * and returns every workflow's analysis at once. Results are the same as loadTraces followed by
 * analyze on each trace. A caller that can take one workflow at a time holds less with
 * analyzeFilesEach.
 */
export async function analyzeFiles(
  pathOrDir: string,
  options: AnalyzeFilesOptions = {},
): Promise<AnalyzeFilesResult> {
  const streamed: StreamedWorkflow[] = [];
  const result = await analyzeFilesEach(pathOrDir, (workflow) => void streamed.push(workflow), options);
  streamed.sort(byStart);
  const workflows = streamed.map(({ file: _file, place: _place, ...workflow }) => workflow);
  return { workflows, errors: result.errors, files: result.files, workers: result.workers };
}
