import { describe, expect, it, vi } from 'vitest';
import { analyzeFilesEach } from './analyze-files-each.ts';
import { byStart, type StreamedWorkflow } from './by-start.ts';
import { traceDirFixture } from './trace-dir-fixture.ts';

// Real worker threads that misbehave as the test says: exit mid-file, or answer with an error.
const misbehaviour = vi.hoisted(() => ({ mode: 'exit' as 'exit' | 'error' }));
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:worker_threads')>();
  class MisbehavingWorker extends actual.Worker {
    constructor(_url: URL, options: import('node:worker_threads').WorkerOptions) {
      const reply =
        misbehaviour.mode === 'exit'
          ? 'process.exit(3)'
          : 'parentPort.postMessage({ id: request.id, error: "analysis threw" })';
      super(
        `const { parentPort } = require('node:worker_threads');\nparentPort.on('message', (request) => { ${reply} });`,
        {
          ...options,
          eval: true,
        },
      );
    }
  }
  return { ...actual, Worker: MisbehavingWorker };
});

const { dir, events, write, loadThenAnalyze } = traceDirFixture();

describe('analyzeFilesEach when worker threads fail', { timeout: 120_000 }, () => {
  for (const mode of ['exit', 'error'] as const) {
    it(`analyses in this thread the files whose worker ${mode === 'exit' ? 'exited' : 'answered with an error'}, losing none`, async () => {
      misbehaviour.mode = mode;
      for (let seed = 60; seed < 64; seed++) await write(`${seed}.jsonl`, await events(seed, 'lost_message'));
      const expected = await loadThenAnalyze();
      const handed: StreamedWorkflow[] = [];
      const result = await analyzeFilesEach(dir(), (workflow) => void handed.push(workflow), { workers: 2 });
      expect(result.workers).toBe(0);
      expect(handed.sort(byStart).map((w) => ({ id: w.workflow.id, analysis: w.analysis }))).toEqual(
        expected,
      );
    });
  }
});
