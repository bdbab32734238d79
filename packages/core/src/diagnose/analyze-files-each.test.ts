import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTraces } from '../stores/read-trace.ts';
import { analyzeFilesEach } from './analyze-files-each.ts';
import { byStart, type StreamedWorkflow } from './by-start.ts';
import { traceDirFixture } from './trace-dir-fixture.ts';

const { dir, events, write, loadThenAnalyze } = traceDirFixture();

async function collect(options: Parameters<typeof analyzeFilesEach>[2] = {}) {
  const handed: StreamedWorkflow[] = [];
  const result = await analyzeFilesEach(dir(), (workflow) => void handed.push(workflow), options);
  return { handed, result, sorted: [...handed].sort(byStart) };
}

const idAndAnalysis = (workflows: StreamedWorkflow[]) =>
  workflows.map((w) => ({ id: w.workflow.id, analysis: w.analysis }));

// Worker threads start slowly on a busy machine.
describe('analyzeFilesEach', { timeout: 120_000 }, () => {
  it('hands on every workflow once; sorted by start they are loadTraces + analyze, on one thread or two', async () => {
    await mkdir(join(dir(), 'nested'));
    await write('a.jsonl', await events(1, 'stale_context'));
    await write('nested/b.jsonl', [...(await events(2)), ...(await events(3, 'lost_message'))]);
    await write('c.jsonl', await events(4, 'lost_message'));
    const expected = await loadThenAnalyze();
    for (const workers of [1, 2]) {
      const { handed, sorted, result } = await collect({ workers });
      expect(new Set(handed.map((w) => w.workflow.id)).size).toBe(handed.length);
      expect(idAndAnalysis(sorted)).toEqual(expected);
      expect(result.workflows).toBe(4);
      expect(result.workers).toEqual(workers === 1 ? 0 : expect.any(Number));
      const b = sorted.filter((w) => result.files[w.file]!.endsWith('b.jsonl')).map((w) => w.place);
      expect(b).toEqual([0, 1]);
    }
  });

  it('gives the same analyses whatever order files finish in, one workflow at a time', async () => {
    for (let seed = 10; seed < 16; seed++) await write(`${seed}.jsonl`, await events(seed));
    const expected = await loadThenAnalyze();
    let active = 0;
    let most = 0;
    const handed: StreamedWorkflow[] = [];
    await analyzeFilesEach(
      dir(),
      async (workflow) => {
        most = Math.max(most, ++active);
        // The consumer takes longer for some workflows, so workers finish files in another order.
        await new Promise((resolve) => setTimeout(resolve, (handed.length % 3) * 30));
        handed.push(workflow);
        active--;
      },
      { workers: 2 },
    );
    expect(most).toBe(1);
    expect(idAndAnalysis(handed.sort(byStart))).toEqual(expected);
  });

  it('analyses a workflow spread over files whole, after the others, placed where it first appears', async () => {
    const split = await events(6, 'stale_context');
    const half = split.length / 2;
    await write('1.jsonl', split.slice(0, half));
    await write('2.jsonl', await events(7));
    await write('3.jsonl', [...split.slice(half), ...(await events(8))]);
    const expected = await loadThenAnalyze();
    const { traces } = await loadTraces(dir());
    const whole = traces.find((trace) => trace.workflow.id === split[0]!.workflowId)!;
    const { handed, sorted } = await collect({ workers: 2, traces: false });
    expect(idAndAnalysis(sorted)).toEqual(expected);
    const last = handed.at(-1)!;
    expect(last.workflow.id).toBe(whole.workflow.id);
    expect([last.file, last.place, last.handoffs]).toEqual([0, 0, whole.handoffs.length]);
    expect(handed.filter((w) => w.workflow.id === whole.workflow.id)).toHaveLength(1);
  });

  it('gives the same analysis when another file only names a workflow on a line the reader refuses', async () => {
    const first = await events(20);
    await write('a.jsonl', first);
    await write('b.jsonl', await events(21));
    const line = `{"schema":"handoff.trace/v1","workflowId":"${first[0]!.workflowId}","type":"turn-start"}\n`;
    await appendFile(join(dir(), 'b.jsonl'), line);
    const expected = await loadThenAnalyze();
    const problems: string[] = [];
    const { sorted, result } = await collect({ onDiagnostic: (problem) => problems.push(problem.message) });
    expect(idAndAnalysis(sorted)).toEqual(expected);
    expect(sorted.map((w) => [w.file, w.place])).toEqual([
      [0, 0],
      [1, 0],
    ]);
    expect(problems).toEqual([expect.stringMatching(/b\.jsonl:\d+: not a valid "turn-start" event/)]);
    expect(result.errors.map((error) => error.message)).toEqual(problems);
  });

  it('names a corrupt line with its file and line and analyses everything else', async () => {
    await write('a.jsonl', await events(30, 'lost_message'));
    await write('b.jsonl', await events(31));
    const lines = (await readFile(join(dir(), 'b.jsonl'), 'utf8')).split('\n').length;
    await appendFile(join(dir(), 'b.jsonl'), '{"schema":"handoff.trace/v1","workflowId":\n');
    await write('b.jsonl', await events(32));
    await writeFile(join(dir(), 'c.jsonl'), Buffer.from([0, 1, 2, 0xff, 0x0a, 0x7b]));
    await write('d.jsonl', await events(33));
    const expected = await loadThenAnalyze();
    const problems: string[] = [];
    const { sorted, result } = await collect({
      workers: 2,
      onDiagnostic: (problem) => problems.push(problem.message),
    });
    expect(idAndAnalysis(sorted)).toEqual(expected);
    expect(sorted).toHaveLength(4);
    expect(result.errors.map((error) => error.message)).toEqual([
      expect.stringContaining(`b.jsonl:${lines}: not valid JSON`),
      expect.stringMatching(/c\.jsonl:1: not valid JSON/),
      expect.stringMatching(/c\.jsonl:2: torn last line skipped/),
    ]);
    expect(new Set(problems)).toEqual(new Set(result.errors.map((error) => error.message)));
  });

  it('starts no file after onWorkflow throws, and rejects with its error', async () => {
    for (let seed = 40; seed < 44; seed++) await write(`${seed}.jsonl`, await events(seed));
    let calls = 0;
    const stop = new Error('consumer gave up');
    await expect(
      analyzeFilesEach(
        dir(),
        () => {
          calls++;
          throw stop;
        },
        { workers: 1 },
      ),
    ).rejects.toBe(stop);
    expect(calls).toBe(1);
  });

  it('analyses only the workflow asked for, also when it is spread over files', async () => {
    const split = await events(50);
    await write('1.jsonl', [...split.slice(0, 9), ...(await events(51))]);
    await write('2.jsonl', split.slice(9));
    const { handed } = await collect({ workers: 2, workflow: split[0]!.workflowId });
    expect(handed.map((w) => w.workflow.id)).toEqual([split[0]!.workflowId]);
    const { traces } = await loadTraces(dir());
    expect(handed[0]!.trace).toEqual(traces.find((trace) => trace.workflow.id === split[0]!.workflowId));
  });
});
