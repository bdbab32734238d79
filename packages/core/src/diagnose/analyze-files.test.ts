import { appendFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TraceEvent } from '../model/events.ts';
import { jsonlStore } from '../stores/jsonl-store.ts';
import { loadTraces } from '../stores/read-trace.ts';
import { generateTrace } from '../testing/synthetic/generate-trace.ts';
import { analyze } from './analyze.ts';
import { analyzeFiles } from './analyze-files.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handoff-analyze-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function events(seed: number, fault?: 'stale_context' | 'lost_message'): Promise<TraceEvent[]> {
  const out: TraceEvent[] = [];
  await generateTrace({
    seed,
    shape: seed % 2 === 0 ? 'chain' : 'supervisor',
    ...(fault ? { faults: [fault] } : {}),
    store: { name: 'collect', append: (batch) => void out.push(...batch) },
  });
  return out;
}

async function write(file: string, batch: TraceEvent[]): Promise<void> {
  const store = jsonlStore({ dir, file });
  await store.append(batch);
  await store.close?.();
}

/** What `handoff analyze` did before: load everything, then analyse each trace. */
async function loadThenAnalyze(path: string) {
  const { traces } = await loadTraces(path);
  return Promise.all(
    traces.map(async (trace) => ({ id: trace.workflow.id, analysis: await analyze(trace) })),
  );
}

describe('analyzeFiles', () => {
  it('gives the analyses of loadTraces + analyze, in the same order, from worker threads', async () => {
    await mkdir(join(dir, 'nested'));
    await write('a.jsonl', await events(1, 'stale_context'));
    await write('nested/b.jsonl', [...(await events(2)), ...(await events(3, 'lost_message'))]);
    await write('c.jsonl', await events(4, 'lost_message'));
    await appendFile(join(dir, 'c.jsonl'), '{"schema":"handoff.trace/v1","type":"turn-start"}\n');
    const expected = await loadThenAnalyze(dir);
    const problems: string[] = [];
    const result = await analyzeFiles(dir, { workers: 2, onDiagnostic: (p) => problems.push(p.message) });
    expect(result.workflows.map((w) => ({ id: w.workflow.id, analysis: w.analysis }))).toEqual(expected);
    expect(result.workflows.every((w) => w.trace?.workflow.id === w.workflow.id)).toBe(true);
    expect(result.files).toHaveLength(3);
    expect(result.workers).toBeGreaterThan(0);
    expect(result.errors.map((e) => e.message)).toEqual(problems);
    expect(problems).toEqual([expect.stringMatching(/c\.jsonl:\d+: not a valid "turn-start" event/)]);
  });

  it('analyses a workflow spread over two files as one, where it first appears', async () => {
    const split = await events(6, 'stale_context');
    await write('1.jsonl', split.slice(0, 40));
    await write('2.jsonl', await events(7));
    await write('3.jsonl', split.slice(40));
    const expected = await loadThenAnalyze(dir);
    const result = await analyzeFiles(dir, { workers: 2, traces: false });
    expect(result.workflows.map((w) => ({ id: w.workflow.id, analysis: w.analysis }))).toEqual(expected);
    expect(result.workflows[0]!.trace).toBeUndefined();
    expect(result.workflows[0]!.handoffs).toBeGreaterThan(0);
  });

  it('analyses in this thread when the options hold functions, and picks workflows by name or id', async () => {
    await write('a.jsonl', await events(8));
    await write('b.jsonl', await events(9));
    const { traces } = await loadTraces(dir);
    const wanted = traces[1]!.workflow.id;
    const result = await analyzeFiles(dir, {
      workers: 2,
      workflow: wanted,
      analyze: { scorers: { always: async () => ({ value: 1, reason: 'fine' }) } },
    });
    expect(result.workflows.map((w) => w.workflow.id)).toEqual([wanted]);
    expect(result.workers).toBe(0);
    expect(result.workflows[0]!.analysis.scores.some((s) => s.scorer === 'always')).toBe(true);
  });
});
