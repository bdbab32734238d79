import type { AnalyzedWorkflow } from './analyze-file.ts';

/** A workflow's analysis as analyzeFilesEach hands it on, with where the workflow was first seen. */
export interface StreamedWorkflow extends AnalyzedWorkflow {
  /** Index (in the run's `files`) of the first file that holds the workflow. */
  file: number;
  /** Its place among that file's workflows, in order of first event. */
  place: number;
}

/** What byStart reads: a caller may keep only this of each workflow. */
export type StartKey = Pick<StreamedWorkflow, 'file' | 'place'> & { workflow: { startedAt: number } };

/**
 * Orders streamed workflows as analyzeFiles and loadTraces do: by start, then where first seen
 * (loadTraces' order for workflows that started at the same moment).
 */
export function byStart(a: StartKey, b: StartKey): number {
  return a.workflow.startedAt - b.workflow.startedAt || a.file - b.file || a.place - b.place;
}
