import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import {
  Annotation,
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

describe('human-in-the-loop interrupts in parallel and nested tasks', () => {
  it('gives each of two parallel questions its own answer when resumed with a map of interrupt ids', async () => {
    const State = Annotation.Root({
      drafts: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
    });
    const reviewer = (name: string) => async () => {
      const answer = interrupt({ question: `Approve the ${name} draft?` }) as string;
      return { drafts: [`${name}: ${answer}`] };
    };
    const graph = new StateGraph(State)
      .addNode('legal', reviewer('legal'))
      .addNode('finance', reviewer('finance'))
      .addEdge(START, 'legal')
      .addEdge(START, 'finance')
      .addEdge('legal', END)
      .addEdge('finance', END)
      .compile({ name: 'reviews', checkpointer: new MemorySaver() });
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const config = () => ({
      configurable: { thread_id: 'reviews-1' },
      callbacks: [new HandoffCallbackHandler({ tracer })],
    });
    const paused = (await graph.invoke({ drafts: [] }, config())) as unknown as {
      __interrupt__: { id: string; value: { question: string } }[];
    };
    const answers = Object.fromEntries(
      paused.__interrupt__.map((i) => [
        i.id,
        i.value.question.includes('legal') ? 'Cut clause 4.' : 'Cap at EUR 9,000.',
      ]),
    );
    await graph.invoke(new Command({ resume: answers }), config());
    await tracer.flush();
    const [, resumed] = store.traces() as Trace[];
    expectWellFormedTrace(resumed!);
    const handoffs = resumed!.handoffs.map((h) => `${h.kind} ${h.from} > ${h.to}: ${h.content}`).sort();
    expect(handoffs).toEqual([
      'return human > finance: Cap at EUR 9,000.',
      'return human > legal: Cut clause 4.',
    ]);
  });

  it('gives the answer to the node inside a team that asked, named by its path', async () => {
    const team = new StateGraph(MessagesAnnotation)
      .addNode('approver', async () => {
        const answer = interrupt({ question: 'Ship it?' }) as string;
        return { messages: [new AIMessage({ id: 'a-1', content: `Shipping: ${answer}` })] };
      })
      .addEdge(START, 'approver')
      .addEdge('approver', END)
      .compile({ name: 'release_team' });
    const graph = new StateGraph(MessagesAnnotation)
      .addNode('release_team', team)
      .addEdge(START, 'release_team')
      .addEdge('release_team', END)
      .compile({ name: 'release', checkpointer: new MemorySaver() });
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    const config = {
      configurable: { thread_id: 'release-1' },
      callbacks: [new HandoffCallbackHandler({ tracer })],
    };
    await graph.invoke({ messages: [new HumanMessage({ id: 'u-1', content: 'Release 2.1.' })] }, config);
    await graph.invoke(new Command({ resume: 'yes, tonight' }), config);
    await tracer.flush();
    const [, resumed] = store.traces() as Trace[];
    expectWellFormedTrace(resumed!);
    expect(resumed!.handoffs.filter((h) => h.from === 'human').map((h) => [h.to, h.content])).toEqual([
      ['release_team/approver', 'yes, tonight'],
    ]);
  });
});
