import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import {
  Command,
  END,
  interrupt,
  MemorySaver,
  MessagesAnnotation,
  START,
  StateGraph,
} from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { HandoffCallbackHandler } from './handoff-callback-handler.ts';

describe('human-in-the-loop interrupts', () => {
  it('ends the interrupted turn without an error, marked with its question, and traces the resumed run', async () => {
    const graph = new StateGraph(MessagesAnnotation)
      .addNode('drafter', async () => ({
        messages: [new AIMessage({ id: 'd-1', content: 'Refund EUR 300 to customer A-55.' })],
      }))
      .addNode('approver', async () => {
        const answer = interrupt({ question: 'Approve the refund?' });
        return { messages: [new AIMessage({ id: 'a-1', content: `Approved: ${String(answer)}` })] };
      })
      .addEdge(START, 'drafter')
      .addEdge('drafter', 'approver')
      .addEdge('approver', END)
      .compile({ name: 'approval', checkpointer: new MemorySaver() });
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const config = {
      configurable: { thread_id: 'refund-1' },
      callbacks: [new HandoffCallbackHandler({ tracer })],
    };
    await graph.invoke({ messages: [new HumanMessage({ id: 'u-1', content: 'Refund A-55.' })] }, config);
    await graph.invoke(new Command({ resume: 'yes' }), config);
    await tracer.flush();
    const [paused, resumed] = store.traces() as Trace[];
    for (const trace of [paused, resumed]) expectWellFormedTrace(trace!);
    expect(paused?.turns.map((t) => [t.agent, t.status])).toEqual([
      ['drafter', 'ok'],
      ['approver', 'ok'],
    ]);
    expect(paused?.turns[1]?.metadata).toMatchObject({
      interrupted: true,
      interrupts: [{ question: 'Approve the refund?' }],
    });
    expect(resumed?.workflow.metadata).toMatchObject({ threadId: 'refund-1' });
    expect(resumed?.turns.map((t) => t.output)).toEqual(['Approved: yes']);
    expect(resumed?.handoffs.map((h) => [h.kind, h.from, h.to, h.content, h.toTurnId])).toEqual([
      ['return', 'human', 'approver', 'yes', resumed?.turns[0]?.id],
    ]);
    expect(resumed?.handoffs[0]?.metadata.askedIn).toEqual({
      workflowId: paused?.workflow.id,
      turnId: paused?.turns[1]?.id,
    });
  });

  it('gives a structured answer resumed by another tracer (another process) to the first task the resumed run re-runs', async () => {
    const graph = approvalGraph();
    const config = (tracer: ReturnType<typeof createTracer>) => ({
      configurable: { thread_id: 'refund-2' },
      callbacks: [new HandoffCallbackHandler({ tracer })],
    });
    const first = createTracer({ store: memoryStore(), flushOnExit: false });
    await graph.invoke(
      { messages: [new HumanMessage({ id: 'u-1', content: 'Refund A-55.' })] },
      config(first),
    );
    const store = memoryStore();
    const second = createTracer({ store, flushOnExit: false });
    await graph.invoke(
      new Command({ resume: { approved: true, note: 'Refund by card only.' } }),
      config(second),
    );
    await second.flush();
    const [resumed] = store.traces() as Trace[];
    expectWellFormedTrace(resumed!);
    expect(resumed?.workflow.metadata).toMatchObject({ threadId: 'refund-2', resumed: true });
    expect(resumed?.handoffs.map((h) => [h.kind, h.from, h.to, h.content, h.payload])).toEqual([
      [
        'return',
        'human',
        'approver',
        'true\nRefund by card only.',
        { approved: true, note: 'Refund by card only.' },
      ],
    ]);
  });
});

function approvalGraph() {
  return new StateGraph(MessagesAnnotation)
    .addNode('drafter', async () => ({
      messages: [new AIMessage({ id: 'd-1', content: 'Refund EUR 300 to customer A-55.' })],
    }))
    .addNode('approver', async () => {
      const answer = interrupt({ question: 'Approve the refund?' }) as { note?: string };
      return { messages: [new AIMessage({ id: 'a-1', content: `Approved. ${answer.note ?? ''}` })] };
    })
    .addEdge(START, 'drafter')
    .addEdge('drafter', 'approver')
    .addEdge('approver', END)
    .compile({ name: 'approval', checkpointer: new MemorySaver() });
}
