import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, Command, END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createAgent } from 'langchain';
import { describe, expect, it } from 'vitest';
import { HandoffCallbackHandler, type HandoffCallbackHandlerOptions } from './handoff-callback-handler.ts';

async function traced(
  run: (handler: HandoffCallbackHandler) => Promise<unknown>,
  options: Partial<HandoffCallbackHandlerOptions> = {},
) {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  await run(new HandoffCallbackHandler({ tracer, ...options }));
  await tracer.flush();
  const trace = store.traces()[0] as Trace;
  expectWellFormedTrace(trace);
  return trace;
}

const lines = (trace: Trace) => trace.handoffs.map((h) => `${h.kind} ${h.from} > ${h.to}: ${h.content}`);
const input = { messages: [new HumanMessage({ id: 'u-1', content: 'Go.' })] };

describe('nested graphs', () => {
  it('sends Command.PARENT from a team member to the node of the parent graph it names', async () => {
    const team = new StateGraph(MessagesAnnotation)
      .addNode('worker', async () => {
        return new Command({
          goto: 'writer',
          graph: Command.PARENT,
          update: { messages: [new AIMessage({ id: 'w-1', content: 'Facts: krill and fish.' })] },
        });
      })
      .addEdge(START, 'worker')
      .compile();
    const graph = new StateGraph(MessagesAnnotation)
      .addNode('team', team, { ends: ['writer'] })
      .addNode('writer', async () => ({
        messages: [new AIMessage({ id: 'x-1', content: 'Penguins eat krill.' })],
      }))
      .addEdge(START, 'team')
      .addEdge('writer', END)
      .compile({ name: 'parent-command' });
    const trace = await traced((handler) => graph.invoke(input, { callbacks: [handler] }));
    expect(trace.turns.map((t) => t.agent)).toEqual(['team', 'team/worker', 'writer']);
    expect(lines(trace)).toEqual(['command team/worker > writer: Facts: krill and fish.']);
    expect(trace.handoffs[0]?.metadata).toMatchObject({ parentCommand: true });
    expect(trace.turns.every((t) => t.status === 'ok')).toBe(true);
  });

  it("keeps each graph's state keys apart", async () => {
    const State = Annotation.Root({ ...MessagesAnnotation.spec, draft: Annotation<string>() });
    const team = new StateGraph(State)
      .addNode('editor', async () => ({ draft: 'inner draft' }))
      .addEdge(START, 'editor')
      .compile();
    const graph = new StateGraph(State)
      .addNode('planner', async () => ({ draft: 'outer draft' }))
      .addNode('team', async (state) => {
        await team.invoke({ messages: state.messages });
        return {};
      })
      .addEdge(START, 'planner')
      .addEdge('planner', 'team')
      .compile({ name: 'state-scopes' });
    const trace = await traced((handler) => graph.invoke(input, { callbacks: [handler] }));
    expect(trace.contextItems.map((item) => item.key).sort()).toEqual(['state:draft', 'state:team/draft']);
  });
});

describe('a team led by an agent of its own name', () => {
  it('records the lead and its team as one agent and one turn, with no handoff to itself', async () => {
    const transfer = (id: string, agent: string) =>
      new AIMessage({
        id,
        content: '',
        tool_calls: [{ name: `transfer_to_${agent}`, args: {}, id: `c-${id}` }],
      });
    const technician = createAgent({
      model: fakeModel().respond(new AIMessage({ id: 't-1', content: 'Batch 7 passed all tests.' })),
      tools: [],
      name: 'lab_technician',
    });
    const qualityLead = createSupervisor({
      agents: [technician.graph] as never,
      supervisorName: 'quality_lead',
      llm: fakeModel()
        .respond(transfer('q-1', 'lab_technician'))
        .respond(new AIMessage({ id: 'q-2', content: 'Batch 7 released.' })),
    }).compile({ name: 'quality_lead' });
    const top = createSupervisor({
      agents: [qualityLead] as never,
      supervisorName: 'plant_manager',
      llm: fakeModel()
        .respond(transfer('p-1', 'quality_lead'))
        .respond(new AIMessage({ id: 'p-2', content: 'Batch 7 is released.' })),
    }).compile({ name: 'plant' });
    const trace = await traced((handler) => top.invoke(input, { callbacks: [handler] }));
    expect(trace.turns.map((t) => t.agent)).toEqual([
      'plant_manager',
      'quality_lead',
      'quality_lead/lab_technician',
      'plant_manager',
    ]);
    // The lead's two model calls (hand out the work, then answer) are the team turn's.
    expect(trace.turns[1]?.modelCalls.map((call) => call.output)).toEqual(['', 'Batch 7 released.']);
    expect(lines(trace)).toEqual([
      'transfer plant_manager > quality_lead: ',
      'transfer quality_lead > quality_lead/lab_technician: ',
      'return quality_lead/lab_technician > quality_lead: Batch 7 passed all tests.',
      'return quality_lead > plant_manager: Batch 7 released.',
    ]);
  });
});

describe('agents that are one graph', () => {
  it('records a prebuilt agent invoked on its own as one agent, its inner nodes folded into it', async () => {
    const agent = createAgent({
      model: fakeModel().respond(new AIMessage({ id: 'a-1', content: 'Hello.' })),
      tools: [],
      name: 'greeter',
    });
    const trace = await traced((handler) => agent.invoke(input, { callbacks: [handler] }));
    expect(trace.turns.map((t) => t.agent)).toEqual(['greeter']);
    expect(trace.turns[0]).toMatchObject({ output: 'Hello.', modelCalls: [{ output: 'Hello.' }] });
    expect(trace.handoffs).toEqual([]);
  });

  it('folds nodes named in internalNodes into the agent around them', async () => {
    const graph = new StateGraph(MessagesAnnotation)
      .addNode('call_model', async () => ({ messages: [new AIMessage({ id: 'm-1', content: 'Answer.' })] }))
      .addEdge(START, 'call_model')
      .compile({ name: 'assistant' });
    const trace = await traced((handler) => graph.invoke(input, { callbacks: [handler] }), {
      internalNodes: ['call_model'],
    });
    expect(trace.turns.map((t) => t.agent)).toEqual(['assistant']);
  });
});
