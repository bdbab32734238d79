import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { analyzeFiles } from '@handoff/core';
import { summarize } from './app/summarize.ts';
import type { WorkflowSummary, WorkflowView } from './app/types.ts';
import { withholdTexts } from './app/withheld-texts.ts';

const gzipAsync = promisify(gzip);

/**
 * Loads and analyses a trace directory (files side by side on worker threads); re-used until it changes.
 * The list and each workflow's JSON are kept too, gzipped: a 2,000-handoff run is 9 MB of JSON (150 ms
 * to stringify, up to a second to send on a busy machine) and 0.6 MB gzipped.
 */
export function workflowSource(path: string) {
  let current: Promise<WorkflowView[]> | undefined;
  let loaded: WorkflowView[] | undefined;
  let summaries: WorkflowSummary[] | undefined;
  let json = new Map<string, Promise<Buffer>>();
  return {
    invalidate() {
      current = undefined;
      loaded = undefined;
      summaries = undefined;
      json = new Map();
    },
    views(): Promise<WorkflowView[]> {
      if (current) return current;
      const pending = analyzeFiles(path)
        .then(({ workflows }) => workflows.map(({ trace, analysis }) => ({ trace: trace!, analysis })))
        .catch(() => []);
      current = pending;
      void pending.then((views) => {
        if (current === pending) loaded = views;
      });
      return pending;
    },
    /** The list when the traces are analysed already (the page embeds it), else undefined. */
    readySummaries(): WorkflowSummary[] | undefined {
      summaries ??= loaded?.map(summarize).sort((a, b) => b.startedAt - a.startedAt);
      return summaries;
    },
    async summaries(): Promise<WorkflowSummary[]> {
      await this.views();
      return this.readySummaries() ?? [];
    },
    /** The outline of a workflow that is analysed already (see withholdTexts), else undefined. */
    readyOutline(id: string): WorkflowView | undefined {
      const view = loaded?.find((v) => v.trace.workflow.id === id);
      return view && withholdTexts(view).outline;
    },
    /** One workflow as gzipped JSON, or undefined when there is no such workflow. */
    async workflowJson(id: string): Promise<Buffer | undefined> {
      const views = await this.views();
      const cached = json.get(id);
      if (cached) return cached;
      const view = views.find((v) => v.trace.workflow.id === id);
      if (!view) return undefined;
      const compressed = gzipAsync(JSON.stringify(view), { level: 4 });
      if (views === loaded) json.set(id, compressed);
      return compressed;
    },
  };
}
