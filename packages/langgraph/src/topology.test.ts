import { analyze, createTracer, TOPOLOGY_END, TOPOLOGY_START, type Trace } from '@handoff/core';
import { expectWellFormedTrace, failureSummary, memoryStore } from '@handoff/core/testing';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { Annotation, END, entrypoint, START, StateGraph, task } from '@langchain/langgraph';
import { createSupervisor } from '@langchain/langgraph-supervisor';
import { createHandoffTool, createSwarm } from '@langchain/langgraph-swarm';
import { createAgent } from 'langchain';
import { describe, expect, it } from 'vitest';
import type { CompiledGraphLike } from './graph-topology.ts';
import { HandoffCallbackHandler } from './handoff-callback-handler.ts';

const State = Annotation.Root({
  text: Annotation<string>(),
  booked: Annotation<string>(),
});

const model = (content: string) => fakeModel().respond(new AIMessage({ content }));

/** Mail reader → invoice extractor → booker; the booking code parses the extractor's answer as JSON. */
function invoicePipeline(extracted: string, options: { routeAfterExtractor?: boolean } = {}) {
  const reader = model('Invoice RE-2025-0419 from Kühne Verpackungen GmbH: 1.213,80 EUR.');
  const extractor = model(extracted);
  const booker = model('Booked.');
  const builder = new StateGraph(State)
    .addNode('mail_reader', async (state) => ({
      text: (await reader.invoke([new HumanMessage(state.text)])).text,
    }))
    .addNode('invoice_extractor', async (state) => {
      const answer = (await extractor.invoke([new HumanMessage(state.text)])).text;
      JSON.parse(answer); // the program's own code, after the agent
      return { text: answer };
    })
    .addNode('ap_booker', async (state) => ({
      booked: (await booker.invoke([new HumanMessage(state.text)])).text,
    }))
    .addEdge(START, 'mail_reader')
    .addEdge('mail_reader', 'invoice_extractor')
    .addEdge('ap_booker', END);
  if (!options.routeAfterExtractor)
    return builder.addEdge('invoice_extractor', 'ap_booker').compile({ name: 'invoices' });
  return builder
    .addNode('clerk', async () => ({ booked: 'Sent to a clerk.' }))
    .addConditionalEdges('invoice_extractor', (state) => (state.text.startsWith('{') ? 'book' : 'clerk'), {
      book: 'ap_booker',
      clerk: 'clerk',
    })
    .addEdge('clerk', END)
    .compile({ name: 'invoices' });
}

async function run(
  graph: CompiledGraphLike & { invoke(input: unknown, config: unknown): Promise<unknown> },
  withGraph = true,
  input: unknown = { text: 'Book the attached invoice.' },
) {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const handler = new HandoffCallbackHandler({ tracer, ...(withGraph ? { graph } : {}) });
  const outcome = await graph.invoke(input, { callbacks: [handler] }).then(
    () => 'ok',
    (error: Error) => error.name,
  );
  await tracer.flush();
  const trace = store.traces()[0] as Trace;
  expectWellFormedTrace(trace);
  const analysis = await analyze(trace);
  const failure = failureSummary(analysis.failure);
  return { outcome, trace, failure, findings: analysis.findings };
}

const PROSE = 'Sure! Here is the invoice data: Kühne Verpackungen GmbH, total 1,213.80 EUR.';
const JSON_ANSWER = '{"vendor":"Kühne Verpackungen GmbH","total_eur":1213.8}';

describe('the declared topology of a compiled graph (the `graph` option)', () => {
  it('records the nodes and edges of a StateGraph with each run', async () => {
    const { trace } = await run(invoicePipeline(JSON_ANSWER));
    expect(trace.topology).toEqual([
      {
        name: 'invoices',
        nodes: ['mail_reader', 'invoice_extractor', 'ap_booker'].map((id) => ({ id, agent: id })),
        edges: expect.arrayContaining([
          { from: TOPOLOGY_START, to: 'mail_reader' },
          { from: 'mail_reader', to: 'invoice_extractor' },
          { from: 'invoice_extractor', to: 'ap_booker' },
          { from: 'ap_booker', to: TOPOLOGY_END },
        ]),
      },
    ]);
  });

  it('names the declared next node when the code after an agent throws', async () => {
    const { outcome, failure } = await run(invoicePipeline(PROSE));
    expect(outcome).toBe('SyntaxError');
    expect(failure).toBe('agent_error invoice_extractor → ap_booker (invoice_extractor)');
    // Without the option the handler cannot see what was meant to come next.
    expect((await run(invoicePipeline(PROSE), false)).failure).toBe(
      'agent_error invoice_extractor → (output) (invoice_extractor)',
    );
  });

  it('does not guess the receiver of a node with two possible successors', async () => {
    const { trace, failure } = await run(invoicePipeline(PROSE, { routeAfterExtractor: true }));
    expect(trace.topology?.[0]?.edges).toEqual(
      expect.arrayContaining([
        { from: 'invoice_extractor', to: 'ap_booker', conditional: true, label: 'book' },
        { from: 'invoice_extractor', to: 'clerk', conditional: true },
      ]),
    );
    expect(failure).toBe('agent_error invoice_extractor → (output) (invoice_extractor)');
  });

  it('changes nothing in the analysis of a run that ended normally', async () => {
    const declared = await run(invoicePipeline(JSON_ANSWER));
    const plain = await run(invoicePipeline(JSON_ANSWER), false);
    expect(declared.outcome).toBe('ok');
    expect(declared.failure).toBeNull();
    expect(declared.findings.map((f) => [f.kind, f.boundary])).toEqual(
      plain.findings.map((f) => [f.kind, f.boundary]),
    );
  });

  it('records a supervisor of teams with nested agents named by their path', async () => {
    const agent = (name: string) => createAgent({ model: fakeModel() as never, tools: [], name }).graph;
    const team = createSupervisor({
      agents: [agent('researcher'), agent('writer')] as never,
      llm: fakeModel() as never,
      supervisorName: 'research_team',
    }).compile({ name: 'research_team' });
    const top = createSupervisor({
      agents: [team, agent('editor')] as never,
      llm: model('Done: nothing to delegate.') as never,
      supervisorName: 'boss',
    }).compile({ name: 'newsroom' });
    const { trace } = await run(top, true, { messages: [new HumanMessage('Write about cats.')] });
    const topology = trace.topology ?? [];
    expect(topology.map((graph) => graph.name)).toEqual(['newsroom', 'newsroom|research_team']);
    const [root, nested] = topology;
    expect(root?.edges).toEqual(
      expect.arrayContaining([
        { from: 'boss', to: 'research_team', conditional: true },
        { from: 'boss', to: 'editor', conditional: true },
        { from: 'editor', to: 'boss' },
      ]),
    );
    expect(nested?.nodes).toEqual([
      { id: 'research_team', agent: 'research_team' },
      { id: 'researcher', agent: 'research_team/researcher' },
      { id: 'writer', agent: 'research_team/writer' },
    ]);
  });

  it('records a swarm: every agent may hand over to the others or stop', async () => {
    const alice = createAgent({
      model: model('Hi, Alice here.') as never,
      tools: [createHandoffTool({ agentName: 'bob' })] as never,
      name: 'alice',
    });
    const bob = createAgent({
      model: fakeModel() as never,
      tools: [createHandoffTool({ agentName: 'alice' })] as never,
      name: 'bob',
    });
    const swarm = createSwarm({
      agents: [alice.graph, bob.graph] as never,
      defaultActiveAgent: 'alice',
    }).compile({
      name: 'desk',
    });
    const { trace } = await run(swarm, true, { messages: [new HumanMessage('Hello')] });
    const [desk] = trace.topology ?? [];
    expect(desk?.nodes.map((node) => node.agent)).toEqual(['alice', 'bob']);
    expect(desk?.edges.filter((edge) => edge.from === 'alice')).toEqual([
      { from: 'alice', to: 'bob', conditional: true },
      { from: 'alice', to: TOPOLOGY_END, conditional: true },
    ]);
  });

  it('declares nothing for a functional-API entrypoint, whose drawing is not a graph of agents', async () => {
    const draft = task('draft', async (topic: string) => `A note on ${topic}.`);
    const workflow = entrypoint('notes', async (topic: string) => draft(topic));
    const { trace } = await run(workflow as never, true, 'penguins');
    expect(trace.turns.map((turn) => turn.agent)).toEqual(['notes', 'draft']);
    expect(trace.topology).toBeUndefined();
  });
});
