import { analyzeFiles } from '@handoff/core';
import type { WorkflowView } from './app/types.ts';

/** Loads and analyses a trace directory (files side by side on worker threads); re-used until it changes. */
export function workflowSource(path: string) {
  let current: Promise<WorkflowView[]> | undefined;
  return {
    invalidate() {
      current = undefined;
    },
    views(): Promise<WorkflowView[]> {
      current ??= analyzeFiles(path)
        .then(({ workflows }) => workflows.map(({ trace, analysis }) => ({ trace: trace!, analysis })))
        .catch(() => []);
      return current;
    },
  };
}
