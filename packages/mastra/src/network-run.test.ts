import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { describe, expect, it } from 'vitest';
import { NetworkRun } from './network-run.ts';

const runId = 'network-run-1';
const chunk = (type: string, payload: Record<string, unknown> = {}) => ({ type, runId, payload });
const routed = chunk('routing-agent-end', {
  primitiveId: 'cityWorkflow',
  primitiveType: 'workflow',
  prompt: '{"city":"Porto"}',
  selectionReason: 'sights first',
  task: 'Plan a day in Porto',
});

/** The routing decision (a chunk) and the workflow's agent (a span) arrive in either order. */
async function workflowHop(spanFirst: boolean): Promise<Trace> {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const run = new NetworkRun(tracer, chunk('routing-agent-start', { networkId: 'router' }));
  run.handle(chunk('routing-agent-start', { inputData: { task: 'Plan a day in Porto' } }));
  const guide = run.workflow.startTurn({
    agent: 'guide',
    input: [{ role: 'user', content: 'Sights of Porto?' }],
  });
  if (spanFirst) run.workflowEntered('trace-1', guide);
  run.handle(routed);
  if (!spanFirst) run.workflowEntered('trace-1', guide);
  guide.end({ output: 'See the Ribeira.' });
  run.workflowAnswered('trace-1', [{ turn: guide, content: 'See the Ribeira.' }]);
  run.handle(
    chunk('network-execution-event-finish', { result: 'See the Ribeira.', task: 'Plan a day in Porto' }),
  );
  run.finish();
  await tracer.flush();
  return store.traces()[0] as Trace;
}

describe('network routes to workflows', () => {
  it.each([true, false])(
    "pairs the router's decision with the workflow's first agent whichever comes first (span first: %s)",
    async (spanFirst) => {
      const trace = await workflowHop(spanFirst);
      expectWellFormedTrace(trace);
      expect(trace.handoffs.map((h) => [h.kind, h.from, h.to, h.content, h.toTurnId !== undefined])).toEqual([
        ['route', 'router', 'guide', 'Porto', true],
        ['return', 'guide', 'router', 'See the Ribeira.', true],
      ]);
    },
  );
});
