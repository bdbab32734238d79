import { describe, expect, it } from 'vitest';
import { memoryStore } from '../stores/memory-store.ts';
import type { Store } from '../stores/store.ts';
import { expectWellFormedTrace } from '../testing/expect-well-formed-trace.ts';
import { manualClock } from '../testing/manual-clock.ts';
import { createTracer } from './create-tracer.ts';
import type { Diagnostic } from './tracer-options.ts';

function setup() {
  const store = memoryStore();
  const clock = manualClock();
  const diagnostics: Diagnostic[] = [];
  const tracer = createTracer({ store, clock, onDiagnostic: (d) => diagnostics.push(d), flushOnExit: false });
  return { store, clock, diagnostics, tracer };
}

describe('createTracer', () => {
  it('records a workflow of turns, handoffs and context reads', async () => {
    const { store, clock, tracer } = setup();
    const result = await tracer.workflow('report', async () => {
      const task = await tracer.turn('planner', async (turn) => {
        turn.recordModelCall({
          model: 'mock',
          input: [{ role: 'user', content: 'Q3 2024 revenue in EUR' }],
          output: 'Research Q3 2024 revenue in EUR',
          reasoning: 'the user wants one quarter',
          usage: { inputTokens: 12, outputTokens: 6, reasoningTokens: 3 },
          startedAt: clock.now(),
          endedAt: clock.now() + 250,
        });
        clock.advance(300);
        return 'Research Q3 2024 revenue in EUR';
      });
      tracer.handoff({ from: 'planner', to: 'researcher', content: task });
      clock.advance(10);
      return tracer.turn(
        'researcher',
        async (turn) => {
          const search = turn.startToolCall({ name: 'web_search', args: { query: 'q3 2024 revenue' } });
          clock.advance(100);
          search.end({ result: 'EUR 4.2 billion' });
          return 'Revenue was EUR 4.2 billion';
        },
        { input: [{ role: 'user', content: task }] },
      );
    });
    expect(result).toBe('Revenue was EUR 4.2 billion');
    await tracer.flush();
    const [trace] = store.traces();
    expect(trace).toBeDefined();
    if (!trace) return;
    expectWellFormedTrace(trace);
    expect(trace.workflow).toMatchObject({
      name: 'report',
      status: 'ok',
      output: 'Revenue was EUR 4.2 billion',
    });
    expect(trace.turns.map((turn) => turn.agent)).toEqual(['planner', 'researcher']);
    const [planner, researcher] = trace.turns;
    expect(planner?.modelCalls[0]).toMatchObject({
      model: 'mock',
      latencyMs: 250,
      reasoning: 'the user wants one quarter',
    });
    expect(planner?.modelCalls[0]?.usage.reasoningTokens).toBe(3);
    expect(trace.handoffs).toHaveLength(1);
    expect(trace.handoffs[0]).toMatchObject({
      from: 'planner',
      to: 'researcher',
      content: 'Research Q3 2024 revenue in EUR',
      toTurnId: researcher?.id,
      delivery: { sent: true, received: true },
    });
    expect(researcher?.toolCalls[0]).toMatchObject({ name: 'web_search', result: 'EUR 4.2 billion' });
    expect(researcher?.contextReads[0]).toMatchObject({ via: 'tool', version: 1 });
    expect(trace.contextItems[0]?.key).toBe('tool:web_search({"query":"q3 2024 revenue"})');
  });

  it('versions context items by value and records which version a turn read', async () => {
    const { store, clock, tracer } = setup();
    await tracer.workflow('prices', async () => {
      tracer.provideContext('market_data', { price: 182.4 });
      clock.advance(12_000);
      tracer.provideContext('market_data', { price: 182.4 }); // same value: same version
      tracer.provideContext('market_data', { price: 176.1 });
      await tracer.turn('writer', async () => {
        tracer.readContext('market_data', { price: 182.4 });
        tracer.readContext('market_data');
      });
    });
    await tracer.flush();
    const trace = store.traces()[0]!;
    expect(trace.contextItems.map((item) => item.version)).toEqual([1, 2]);
    expect(trace.contextItems[1]!.producedAt - trace.contextItems[0]!.producedAt).toBe(12_000);
    expect(trace.turns[0]!.contextReads.map((read) => read.version)).toEqual([1, 2]);
  });

  it('records the error of a failing workflow and rethrows it unchanged', async () => {
    const { store, tracer } = setup();
    const error = new RangeError('boom');
    await expect(
      tracer.workflow('fails', async () => {
        await tracer.turn('worker', async () => {
          throw error;
        });
      }),
    ).rejects.toBe(error);
    await tracer.flush();
    const trace = store.traces()[0]!;
    expect(trace.workflow.status).toBe('error');
    expect(trace.workflow.error).toMatchObject({ name: 'RangeError', message: 'boom' });
    expect(trace.turns[0]).toMatchObject({
      status: 'error',
      errors: [{ name: 'RangeError', message: 'boom', source: 'turn' }],
    });
  });

  it('keeps 200 concurrent workflows with interleaved awaits separate and complete', async () => {
    const { store, tracer } = setup();
    const tick = () => new Promise((resolve) => setImmediate(resolve));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        tracer.workflow(`run-${i}`, async () => {
          await tick();
          const a = await tracer.turn(`a${i}`, async () => {
            await tick();
            return `from a${i}`;
          });
          tracer.handoff({ from: `a${i}`, to: `b${i}`, content: a });
          await tick();
          return tracer.turn(`b${i}`, async () => {
            await tick();
            return `${a} via b${i}`;
          });
        }),
      ),
    );
    expect(results[137]).toBe('from a137 via b137');
    await tracer.flush();
    const traces = store.traces();
    expect(traces).toHaveLength(200);
    for (const trace of traces) {
      expectWellFormedTrace(trace);
      const i = trace.workflow.name.slice(4);
      expect(trace.turns.map((turn) => turn.agent)).toEqual([`a${i}`, `b${i}`]);
      expect(trace.handoffs).toHaveLength(1);
      expect(trace.handoffs[0]).toMatchObject({ from: `a${i}`, to: `b${i}`, toTurnId: trace.turns[1]!.id });
      expect(trace.workflow.output).toBe(`from a${i} via b${i}`);
    }
  });

  it('calls the store only off the hot path', async () => {
    const appendCalls: number[] = [];
    const store: Store = { name: 'spy', append: (events) => void appendCalls.push(events.length) };
    const tracer = createTracer({ store, flushOnExit: false });
    const workflow = tracer.startWorkflow('sync');
    for (let i = 0; i < 100; i++) {
      const turn = workflow.startTurn({ agent: `agent-${i}`, input: [{ role: 'user', content: 'hi' }] });
      turn.recordModelCall({ model: 'm', output: 'ok' });
      turn.startToolCall({ name: 'tool', args: { i } }).end({ result: i });
      turn.end({ output: 'done' });
    }
    workflow.end({ output: 'ok' });
    // Nothing reached the store while recording: writes happen on a later tick.
    expect(appendCalls).toEqual([]);
    await tracer.flush();
    expect(appendCalls.reduce((a, b) => a + b, 0)).toBe(tracer.stats.eventsWritten);
    expect(tracer.stats.eventsWritten).toBeGreaterThan(500);
  });

  it('tail sampling keeps workflows with findings and drops healthy ones', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, sample: { rate: 0, keepFailures: true }, flushOnExit: false });
    await tracer.workflow('healthy', async () => 'ok');
    await tracer.workflow('failing', async () => {
      tracer.currentWorkflow()?.addFinding({
        kind: 'agent_error',
        severity: 'error',
        boundary: { from: 'a', to: 'b' },
        summary: 'a failed',
        evidence: [],
      });
      return 'bad';
    });
    await tracer.flush();
    expect(store.traces().map((trace) => trace.workflow.name)).toEqual(['failing']);
    expect(tracer.stats.workflowsSampledOut).toBe(1);
  });

  it('keeps a structured output beside its readable text', async () => {
    const { tracer } = setup();
    const workflow = tracer.startWorkflow('routing', { id: 'wf-2' });
    const router = workflow.startTurn({ agent: 'router' });
    router.end({ output: '', outputPayload: { next: 'researcher' } });
    const writer = workflow.startTurn({ agent: 'writer' });
    writer.end({ output: { draft: 'penguins' } });
    workflow.end();
    const [routed, wrote] = tracer.getTrace('wf-2')?.turns ?? [];
    expect(routed).toMatchObject({ output: '', outputPayload: { next: 'researcher' } });
    expect(wrote).toMatchObject({ output: '{"draft":"penguins"}', outputPayload: { draft: 'penguins' } });
  });

  it('exposes the live trace of a running workflow', async () => {
    const { tracer } = setup();
    const workflow = tracer.startWorkflow('live', { id: 'wf-1' });
    workflow.startTurn({ agent: 'planner' });
    expect(tracer.getTrace('wf-1')?.turns[0]?.status).toBe('running');
    workflow.end();
    expect(tracer.getTrace('wf-1')?.workflow.status).toBe('ok');
  });
});
