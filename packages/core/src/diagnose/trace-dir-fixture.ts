import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { TraceEvent } from '../model/events.ts';
import { jsonlStore } from '../stores/jsonl-store.ts';
import { loadTraces } from '../stores/read-trace.ts';
import { generateTrace } from '../testing/synthetic/generate-trace.ts';
import { analyze } from './analyze.ts';

/**
 * For tests of analysing a directory: a new temporary directory per test, synthetic workflows to
 * write into it, and what loading everything and analysing each trace gives.
 */
export function traceDirFixture() {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'handoff-analyze-files-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    /** The events of a generated chain (even seed) or supervisor (odd seed) workflow. */
    async events(seed: number, fault?: 'stale_context' | 'lost_message'): Promise<TraceEvent[]> {
      const out: TraceEvent[] = [];
      await generateTrace({
        seed,
        shape: seed % 2 === 0 ? 'chain' : 'supervisor',
        ...(fault ? { faults: [fault] } : {}),
        store: { name: 'collect', append: (batch) => void out.push(...batch) },
      });
      return out;
    },
    /** Appends events to a JSONL file of the directory as the recorder writes them. */
    async write(file: string, batch: TraceEvent[]): Promise<void> {
      const store = jsonlStore({ dir, file });
      await store.append(batch);
      await store.close?.();
    },
    /** What `handoff analyze` did before analyzeFiles: load everything, then analyse each trace. */
    async loadThenAnalyze(path = dir) {
      const { traces } = await loadTraces(path);
      return Promise.all(
        traces.map(async (trace) => ({ id: trace.workflow.id, analysis: await analyze(trace) })),
      );
    },
  };
}
