import { createTracer } from '@handoff/core';
import { memoryStore } from '@handoff/core/testing';
import { END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { attachGlobally } from './attach-globally.ts';
import { HandoffCallbackHandler } from './handoff-callback-handler.ts';

describe('attachGlobally', () => {
  it('traces graph runs that pass no callbacks', async () => {
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    attachGlobally(new HandoffCallbackHandler({ tracer }));
    const graph = new StateGraph(MessagesAnnotation)
      .addNode('a', async () => ({ messages: [{ role: 'assistant', content: 'from a', id: 'a1' }] }))
      .addNode('b', async () => ({ messages: [{ role: 'assistant', content: 'from b', id: 'b1' }] }))
      .addEdge(START, 'a')
      .addEdge('a', 'b')
      .addEdge('b', END)
      .compile({ name: 'global' });
    await graph.invoke({ messages: [{ role: 'user', content: 'hi', id: 'u1' }] });
    await tracer.flush();
    const [trace] = store.traces();
    expect(trace?.workflow.name).toBe('global');
    expect(trace?.handoffs.map((h) => `${h.from}>${h.to}:${h.content}`)).toEqual(['a>b:from a']);
  });
});
