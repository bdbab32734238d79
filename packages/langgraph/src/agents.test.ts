import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createHandoffTool, createSwarm } from '@langchain/langgraph-swarm';
import { createAgent } from 'langchain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HandoffCallbackHandler } from './handoff-callback-handler.ts';

const search = tool(async ({ query }: { query: string }) => `results for ${query}: cats sleep 12-16 hours`, {
  name: 'web_search',
  description: 'search the web',
  schema: z.object({ query: z.string() }),
});

async function traced(run: (handler: HandoffCallbackHandler) => Promise<unknown>) {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const handler = new HandoffCallbackHandler({ tracer });
  const result = await run(handler);
  await tracer.flush();
  return { trace: store.traces()[0] as Trace, traces: store.traces(), result };
}

describe('supervisor', () => {
  it('records transfers to agents and the way back, with no agent error from ParentCommand', async () => {
    const researcherModel = fakeModel()
      .respond(
        new AIMessage({
          id: 'r-1',
          content: '',
          tool_calls: [{ name: 'web_search', args: { query: 'cat sleep' }, id: 'call_s1' }],
        }),
      )
      .respond(
        new AIMessage({
          id: 'r-2',
          content: [
            { type: 'reasoning', reasoning: 'The results answer it.' },
            { type: 'text', text: 'Cats sleep 12-16 hours a day.' },
          ],
          usage_metadata: {
            input_tokens: 30,
            output_tokens: 12,
            total_tokens: 42,
            output_token_details: { reasoning: 5 },
          },
        }),
      );
    const supervisorModel = fakeModel()
      .respond(
        new AIMessage({
          id: 's-1',
          content: 'Asking the researcher.',
          tool_calls: [{ name: 'transfer_to_researcher', args: {}, id: 'call_h1' }],
        }),
      )
      .respond(new AIMessage({ id: 's-2', content: 'Cats sleep 12-16 hours a day.' }));
    const researcher = createAgent({ model: researcherModel, tools: [search], name: 'researcher' });
    const writer = createAgent({
      model: fakeModel().respond(new AIMessage({ id: 'w-1', content: 'unused' })),
      tools: [],
      name: 'writer',
    });
    const app = createSupervisor({
      agents: [researcher.graph, writer.graph] as never,
      llm: supervisorModel,
    }).compile({
      name: 'team',
    });
    const { trace } = await traced((handler) =>
      app.invoke(
        { messages: [new HumanMessage({ id: 'u-1', content: 'How long do cats sleep?' })] },
        { callbacks: [handler] },
      ),
    );
    expectWellFormedTrace(trace);
    expect(trace.turns.map((t) => t.agent)).toEqual(['supervisor', 'researcher', 'supervisor']);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}`)).toEqual([
      'transfer:supervisor>researcher',
      'return:researcher>supervisor',
    ]);
    expect(trace.handoffs[0]?.content).toBe('Asking the researcher.');
    expect(trace.handoffs[1]?.content).toContain('Cats sleep 12-16 hours a day.');
    const researcherTurn = trace.turns[1]!;
    expect(researcherTurn.toolCalls.map((c) => c.name)).toEqual(['web_search']);
    expect(researcherTurn.modelCalls.at(-1)).toMatchObject({
      reasoning: 'The results answer it.',
      usage: { reasoningTokens: 5 },
    });
    expect(trace.turns.every((t) => t.status === 'ok' && t.errors.length === 0)).toBe(true);
  });
});

describe('swarm', () => {
  it('records handoff tools between agents', async () => {
    const alice = createAgent({
      model: fakeModel().respond(
        new AIMessage({
          id: 'a-1',
          content: 'Bob knows this.',
          tool_calls: [{ name: 'transfer_to_bob', args: {}, id: 'call_h1' }],
        }),
      ),
      tools: [createHandoffTool({ agentName: 'bob', description: 'ask bob' })],
      name: 'alice',
    });
    const bob = createAgent({
      model: fakeModel().respond(new AIMessage({ id: 'b-1', content: 'It is 42.' })),
      tools: [],
      name: 'bob',
    });
    const app = createSwarm({
      agents: [alice.graph, bob.graph] as never,
      defaultActiveAgent: 'alice',
    }).compile({
      name: 'swarm',
    });
    const { trace } = await traced((handler) =>
      app.invoke(
        { messages: [new HumanMessage({ id: 'u-1', content: 'What is the answer?' })] },
        { callbacks: [handler] },
      ),
    );
    expectWellFormedTrace(trace);
    expect(trace.turns.map((t) => t.agent)).toEqual(['alice', 'bob']);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}`)).toEqual(['transfer:alice>bob']);
    expect(trace.handoffs[0]?.content).toBe('Bob knows this.');
    expect(trace.turns[1]?.output).toBe('It is 42.');
  });
});

describe('streaming', () => {
  it('traces graph.stream with several modes and subgraphs', async () => {
    const bob = createAgent({
      model: fakeModel().respond(new AIMessage({ id: 'b-1', content: 'Streamed answer.' })),
      tools: [],
      name: 'bob',
    });
    const alice = createAgent({
      model: fakeModel().respond(
        new AIMessage({
          id: 'a-1',
          content: 'Over to Bob.',
          tool_calls: [{ name: 'transfer_to_bob', args: {}, id: 'call_h1' }],
        }),
      ),
      tools: [createHandoffTool({ agentName: 'bob', description: 'ask bob' })],
      name: 'alice',
    });
    const app = createSwarm({
      agents: [alice.graph, bob.graph] as never,
      defaultActiveAgent: 'alice',
    }).compile({
      name: 'swarm',
    });
    const { trace } = await traced(async (handler) => {
      const chunks: unknown[] = [];
      for await (const chunk of await app.stream(
        { messages: [new HumanMessage({ id: 'u-1', content: 'Hi' })] },
        { callbacks: [handler], streamMode: ['updates', 'messages'], subgraphs: true },
      ))
        chunks.push(chunk);
      return chunks;
    });
    expectWellFormedTrace(trace);
    expect(trace.handoffs.map((h) => `${h.from}>${h.to}`)).toEqual(['alice>bob']);
    expect(trace.turns[1]?.output).toBe('Streamed answer.');
  });
});
