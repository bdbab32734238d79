import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { Annotation, Command, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { HandoffCallbackHandler } from './handoff-callback-handler.ts';

const State = Annotation.Root({ ...MessagesAnnotation.spec, prompt: Annotation<string>() });

/** A router that answers in JSON (`{ next, prompt }`) and a worker that answers it; or two peers. */
function graph(router: 'names the worker' | 'just talks') {
  let turns = 0;
  return new StateGraph(State)
    .addNode(
      'router',
      async () => {
        const next = turns++ === 0 ? 'worker' : END;
        const reply =
          router === 'names the worker'
            ? JSON.stringify({ next, prompt: 'Count the active customers in Q1 2025.' })
            : 'Can you count the active customers in Q1 2025?';
        return new Command({
          goto: next,
          update: { prompt: 'Count the active customers in Q1 2025.', messages: [new AIMessage(reply)] },
        });
      },
      { ends: ['worker', END] },
    )
    .addNode(
      'worker',
      async () =>
        new Command({ goto: 'router', update: { messages: [new AIMessage('182,406 active customers.')] } }),
      { ends: ['router'] },
    )
    .addEdge(START, 'router')
    .compile({ name: 'hand-backs' });
}

async function handoffs(router: 'names the worker' | 'just talks') {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  await graph(router).invoke(
    { messages: [new HumanMessage('How many active customers in Q1 2025?')] },
    { callbacks: [new HandoffCallbackHandler({ tracer })] },
  );
  await tracer.flush();
  const trace = store.traces()[0] as Trace;
  expectWellFormedTrace(trace);
  return trace.handoffs.map((h) => `${h.kind} ${h.from} > ${h.to}: ${h.content}`);
}

describe('hand-backs', () => {
  it("makes the answer to a router that named the worker and gave it a task a return, read by the task's values", async () => {
    expect(await handoffs('names the worker')).toEqual([
      'command router > worker: Count the active customers in Q1 2025.',
      'return worker > router: 182,406 active customers.',
    ]);
  });

  it('keeps the answer to a peer that only sent a message of its own a command', async () => {
    expect(await handoffs('just talks')).toEqual([
      'command router > worker: Can you count the active customers in Q1 2025?',
      'command worker > router: 182,406 active customers.',
    ]);
  });
});
