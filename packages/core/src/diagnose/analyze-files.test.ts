import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTraces } from '../stores/read-trace.ts';
import { analyzeFiles } from './analyze-files.ts';
import { traceDirFixture } from './trace-dir-fixture.ts';

const { dir, events, write, loadThenAnalyze } = traceDirFixture();

// Worker threads start slowly on a busy machine.
describe('analyzeFiles', { timeout: 120_000 }, () => {
  it('gives the analyses of loadTraces + analyze, in the same order, from worker threads', async () => {
    await mkdir(join(dir(), 'nested'));
    await write('a.jsonl', await events(1, 'stale_context'));
    await write('nested/b.jsonl', [...(await events(2)), ...(await events(3, 'lost_message'))]);
    await write('c.jsonl', await events(4, 'lost_message'));
    await appendFile(join(dir(), 'c.jsonl'), '{"schema":"handoff.trace/v1","type":"turn-start"}\n');
    const expected = await loadThenAnalyze(dir());
    const problems: string[] = [];
    const result = await analyzeFiles(dir(), { workers: 2, onDiagnostic: (p) => problems.push(p.message) });
    expect(result.workflows.map((w) => ({ id: w.workflow.id, analysis: w.analysis }))).toEqual(expected);
    expect(result.workflows.every((w) => w.trace?.workflow.id === w.workflow.id)).toBe(true);
    expect(result.files).toHaveLength(3);
    expect(result.workers).toBeGreaterThan(0);
    expect(result.errors.map((e) => e.message)).toEqual(problems);
    expect(problems).toEqual([expect.stringMatching(/c\.jsonl:\d+: not a valid "turn-start" event/)]);
  });

  it('analyses a workflow spread over two files as one, where it first appears', async () => {
    const split = await events(6, 'stale_context');
    await write('1.jsonl', split.slice(0, split.length / 2));
    await write('2.jsonl', await events(7));
    await write('3.jsonl', split.slice(split.length / 2));
    const expected = await loadThenAnalyze(dir());
    const result = await analyzeFiles(dir(), { workers: 2, traces: false });
    expect(result.workflows.map((w) => ({ id: w.workflow.id, analysis: w.analysis }))).toEqual(expected);
    expect(result.workflows[0]!.trace).toBeUndefined();
    expect(result.workflows[0]!.handoffs).toBeGreaterThan(0);
  });

  it('analyses in this thread when the options hold functions, and picks workflows by name or id', async () => {
    await write('a.jsonl', await events(8));
    await write('b.jsonl', await events(9));
    const { traces } = await loadTraces(dir());
    const wanted = traces[1]!.workflow.id;
    const result = await analyzeFiles(dir(), {
      workers: 2,
      workflow: wanted,
      analyze: { scorers: { always: async () => ({ value: 1, reason: 'fine' }) } },
    });
    expect(result.workflows.map((w) => w.workflow.id)).toEqual([wanted]);
    expect(result.workers).toBe(0);
    expect(result.workflows[0]!.analysis.scores.some((s) => s.scorer === 'always')).toBe(true);
  });
});
