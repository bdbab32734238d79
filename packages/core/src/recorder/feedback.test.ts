import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonlStore } from '../stores/jsonl-store.ts';
import { memoryStore } from '../stores/memory-store.ts';
import { loadTraces } from '../stores/read-trace.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { createTracer } from './create-tracer.ts';

describe('tracer.feedback', () => {
  it('folds feedback given after the workflow ended into the trace', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, clock: manualClock(), flushOnExit: false });
    let id = '';
    await tracer.workflow('answer', async () => {
      id = tracer.currentWorkflow()!.id;
      return tracer.turn('solver', async () => '42');
    });
    tracer.feedback(id, { correct: false, expected: '41', comment: 'off by one' });
    await tracer.flush();
    expect(store.traces()[0]!.workflow.feedback).toMatchObject({
      correct: false,
      expected: '41',
      comment: 'off by one',
    });
  });

  it('writes feedback for a workflow another process recorded, and a reader joins the two', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'handoff-feedback-'));
    try {
      const first = createTracer({ store: jsonlStore({ dir, file: 'run.jsonl' }), flushOnExit: false });
      await first.workflow('answer', () => first.turn('solver', async () => '42'), { id: 'wf-1' });
      await first.shutdown();
      const later = createTracer({ store: jsonlStore({ dir, file: 'feedback.jsonl' }), flushOnExit: false });
      later.feedback('wf-1', { correct: false, comment: 'token sk-abcdefghijklmnopqrstuvwx leaked' });
      await later.shutdown();
      const { traces } = await loadTraces(dir);
      expect(traces).toHaveLength(1);
      expect(traces[0]!.turns).toHaveLength(1);
      expect(traces[0]!.workflow.feedback?.correct).toBe(false);
      expect(traces[0]!.workflow.feedback?.comment).toContain('[REDACTED:api_key]');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps a workflow marked failed under tail sampling', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, sample: { rate: 0, keepFailures: true }, flushOnExit: false });
    await tracer.workflow('kept', async () => {
      tracer.feedback(tracer.currentWorkflow()!.id, { correct: false });
      return tracer.turn('solver', async () => 'fine-looking answer');
    });
    await tracer.workflow('dropped', () => tracer.turn('solver', async () => 'fine-looking answer'));
    await tracer.flush();
    expect(store.traces().map((trace) => trace.workflow.name)).toEqual(['kept']);
  });
});
