import { analyze, createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { RunnableLambda } from '@langchain/core/runnables';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { Annotation, Command, END, MessagesAnnotation, Send, START, StateGraph } from '@langchain/langgraph';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HandoffCallbackHandler } from './handoff-callback-handler.ts';

const State = Annotation.Root({
  ...MessagesAnnotation.spec,
  topic: Annotation<string>(),
  notes: Annotation<string[]>({ reducer: (a, b) => [...a, ...b], default: () => [] }),
});

function buildGraph(options: { failIn?: string } = {}) {
  const plannerModel = fakeModel().respond(
    new AIMessage({
      id: 'planner-1',
      content: 'Research the Q3 2024 revenue of ACME in EUR.',
      response_metadata: { finish_reason: 'stop' },
      usage_metadata: {
        input_tokens: 12,
        output_tokens: 9,
        total_tokens: 21,
        output_token_details: { reasoning: 4 },
      },
    }),
  );
  const search = tool(async ({ query }: { query: string }) => `results for ${query}: EUR 4.2 billion`, {
    name: 'web_search',
    description: 'search',
    schema: z.object({ query: z.string() }),
  });
  return new StateGraph(State)
    .addNode('planner', async (state) => {
      const reply = await plannerModel.invoke(state.messages);
      return { messages: [reply], topic: 'ACME Q3 2024' };
    })
    .addNode('researcher', async (state) => {
      if (options.failIn === 'researcher') throw new RangeError('search backend down');
      const result = await search.invoke({ query: state.topic });
      return { messages: [new AIMessage({ id: 'researcher-1', content: `Found: ${result}` })] };
    })
    .addNode(
      'writer',
      async (state) =>
        new Command({
          goto: 'fanout',
          update: {
            messages: [
              new AIMessage({
                id: 'writer-1',
                content: `Draft based on: ${String(state.messages.at(-1)?.content)}`,
              }),
            ],
          },
        }),
      { ends: ['fanout'] },
    )
    .addNode('fanout', async () => ({ notes: ['fanned'] }))
    .addNode('checker', async (state: { section: string }) => ({ notes: [`checked ${state.section}`] }))
    .addEdge(START, 'planner')
    .addEdge('planner', 'researcher')
    .addConditionalEdges(
      'researcher',
      RunnableLambda.from((state: typeof State.State) =>
        state.messages.length > 0 ? 'writer' : END,
      ).withConfig({ runName: 'route' }),
    )
    .addConditionalEdges('fanout', () => [
      new Send('checker', { section: 'revenue' }),
      new Send('checker', { section: 'drivers' }),
    ])
    .addEdge('checker', END)
    .compile({ name: 'report' });
}

async function run(options: { failIn?: string } = {}) {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const graph = buildGraph(options);
  const handler = new HandoffCallbackHandler({ tracer });
  let error: unknown;
  let result: unknown;
  try {
    result = await graph.invoke(
      { messages: [new HumanMessage({ id: 'user-1', content: 'Brief me on ACME Q3 2024 revenue in EUR' })] },
      { callbacks: [handler], configurable: { thread_id: 't-1' } },
    );
  } catch (caught) {
    error = caught;
  }
  await tracer.flush();
  return {
    trace: store.traces()[0] as Trace,
    result,
    error,
    plain: await buildGraph(options)
      .invoke({
        messages: [new HumanMessage({ id: 'user-1', content: 'Brief me on ACME Q3 2024 revenue in EUR' })],
      })
      .catch((e: unknown) => e),
  };
}

describe('HandoffCallbackHandler on a StateGraph', () => {
  it('records node turns and every kind of handoff with its content', async () => {
    const { trace } = await run();
    expectWellFormedTrace(trace);
    expect(trace.workflow).toMatchObject({
      name: 'report',
      status: 'ok',
      metadata: { framework: 'langgraph', threadId: 't-1' },
    });
    expect(trace.turns.map((t) => t.agent)).toEqual([
      'planner',
      'researcher',
      'writer',
      'fanout',
      'checker',
      'checker',
    ]);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}`)).toEqual([
      'edge:planner>researcher',
      'edge:researcher>writer',
      'command:writer>fanout',
      'send:fanout>checker',
      'send:fanout>checker',
    ]);
    expect(trace.handoffs[0]?.content).toBe('Research the Q3 2024 revenue of ACME in EUR.');
    expect(trace.handoffs[1]?.content).toContain('Found: results for ACME Q3 2024');
    expect(trace.handoffs[2]?.content).toContain('Draft based on');
    expect(trace.handoffs.slice(3).map((h) => h.payload)).toEqual([
      { section: 'revenue' },
      { section: 'drivers' },
    ]);
    expect(trace.handoffs.every((h) => h.delivery.received)).toBe(true);
  });

  it('records model calls with usage and reasoning tokens, and tool calls', async () => {
    const { trace } = await run();
    const planner = trace.turns[0]!;
    expect(planner.modelCalls[0]).toMatchObject({
      output: 'Research the Q3 2024 revenue of ACME in EUR.',
      finishReason: 'stop',
    });
    expect(planner.modelCalls[0]?.usage).toMatchObject({
      inputTokens: 12,
      outputTokens: 9,
      reasoningTokens: 4,
    });
    expect(planner.modelCalls[0]?.input[0]).toMatchObject({
      role: 'user',
      content: 'Brief me on ACME Q3 2024 revenue in EUR',
    });
    const researcher = trace.turns[1]!;
    expect(researcher.toolCalls[0]).toMatchObject({
      name: 'web_search',
      args: { query: 'ACME Q3 2024' },
      result: 'results for ACME Q3 2024: EUR 4.2 billion',
    });
  });

  it('records state keys as context items read by later nodes', async () => {
    const { trace } = await run();
    expect(trace.contextItems.find((c) => c.key === 'state:topic')).toMatchObject({
      version: 1,
      source: 'state',
      producedBy: { agent: 'planner' },
    });
    expect(trace.turns[1]!.contextReads.map((r) => r.key)).toContain('state:topic');
  });

  it('leaves the graph result unchanged', async () => {
    const { result, plain } = await run();
    expect(JSON.stringify(result)).toBe(JSON.stringify(plain));
  });

  it('records a node that throws as an agent error and rethrows the error unchanged', async () => {
    const { trace, error } = await run({ failIn: 'researcher' });
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toBe('search backend down');
    expect(trace.workflow.status).toBe('error');
    const analysis = await analyze(trace);
    expect(analysis.findings.map((f) => f.kind)).toContain('agent_error');
    expect(analysis.failure?.kind).toBe('agent_error');
  });
});

describe('the workflow output', () => {
  it('holds the channel a coordinator finished with, not only the last message', async () => {
    const Answered = Annotation.Root({ ...MessagesAnnotation.spec, answer: Annotation<string>() });
    const graph = new StateGraph(Answered)
      .addNode('router', async (state) =>
        state.messages.length > 1
          ? { answer: 'Reply sent: take the missed dose within 6 hours.' }
          : {
              messages: [
                new AIMessage({ id: 'router-1', content: 'Ask the explainer about a missed dose.' }),
              ],
            },
      )
      .addNode('explainer', async () => ({
        messages: [new AIMessage({ id: 'explainer-1', content: 'Take it within 6 hours, else skip it.' })],
      }))
      .addEdge(START, 'router')
      .addConditionalEdges('router', (state: typeof Answered.State) => (state.answer ? END : 'explainer'))
      .addEdge('explainer', 'router')
      .compile();
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await graph.invoke(
      { messages: [new HumanMessage({ id: 'q', content: 'I missed a dose of apixaban.' })] },
      { callbacks: [new HandoffCallbackHandler({ tracer })] },
    );
    await tracer.shutdown();
    const output = String(store.traces()[0]!.workflow.output);
    expect(output).toContain('Reply sent: take the missed dose within 6 hours.');
    expect(output).toContain('Take it within 6 hours, else skip it.');
  });
});

describe('model calls', () => {
  it('record the tools the model was offered', async () => {
    const model = fakeModel().respond(new AIMessage({ id: 'lead-1', content: 'Passing this to billing.' }));
    const graph = new StateGraph(MessagesAnnotation)
      .addNode('support_lead', async (state) => ({
        messages: [
          await model.invoke(state.messages, {
            tools: [{ type: 'function', function: { name: 'transfer_to_billing', parameters: {} } }],
          } as never),
        ],
      }))
      .addEdge(START, 'support_lead')
      .compile();
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await graph.invoke(
      { messages: [new HumanMessage({ id: 'q', content: 'I was charged twice.' })] },
      { callbacks: [new HandoffCallbackHandler({ tracer })] },
    );
    await tracer.shutdown();
    expect(store.traces()[0]!.turns[0]!.modelCalls[0]?.tools).toEqual(['transfer_to_billing']);
  });

  it('record the reasoning a provider keeps beside string content (its block translator)', async () => {
    const reply = () =>
      new AIMessage({
        id: 'analyst-1',
        content: 'Revenue was EUR 4.2 billion.',
        additional_kwargs: { reasoning_content: 'The filing states it in the Q3 table.' },
        response_metadata: { model_provider: 'deepseek' },
      });
    const model = fakeModel().respond(reply()).respond(reply());
    const graph = new StateGraph(MessagesAnnotation)
      .addNode('analyst', async (state) => ({ messages: [await model.invoke(state.messages)] }))
      .addNode('writer', async (state) => ({ messages: [await model.invoke(state.messages)] }))
      .addEdge(START, 'analyst')
      .addEdge('analyst', 'writer')
      .compile();
    const store = memoryStore();
    const tracer = createTracer({ store, flushOnExit: false });
    await graph.invoke(
      { messages: [new HumanMessage({ id: 'q', content: 'What was Q3 2024 revenue?' })] },
      { callbacks: [new HandoffCallbackHandler({ tracer })] },
    );
    await tracer.shutdown();
    const [analyst, writer] = store.traces()[0]!.turns;
    expect(analyst!.modelCalls[0]).toMatchObject({
      output: 'Revenue was EUR 4.2 billion.',
      reasoning: 'The filing states it in the Q3 table.',
    });
    // The analyst's reply, string content, reaches the writer with its reasoning.
    expect(writer!.input.at(-1)).toMatchObject({
      role: 'assistant',
      content: 'Revenue was EUR 4.2 billion.',
      reasoning: 'The filing states it in the Q3 table.',
    });
    expect(writer!.input[0]).toEqual({ role: 'user', content: 'What was Q3 2024 revenue?' });
  });
});
