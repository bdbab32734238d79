import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTracer, jsonlStore } from '@handoff/core';
import { HandoffCallbackHandler } from '@handoff/langgraph';
import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { LangChainTracer } from '@langchain/core/tracers/tracer_langchain';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { END, MessagesAnnotation, START, StateGraph } from '@langchain/langgraph';
import { CallbackHandler as LangfuseCallbackHandler } from '@langfuse/langchain';
import { LangfuseSpanProcessor } from '@langfuse/otel';
import { setLangfuseTracerProvider } from '@langfuse/tracing';
import { BasicTracerProvider, InMemorySpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { Client } from 'langsmith';
import { addedRatio, measure, overheadTable, sizes, type Variant } from './harness.ts';
import { versionsOf, writeResults } from './results.ts';

export class TrivialHandler extends BaseCallbackHandler {
  name = 'trivial';
  override handleChainStart() {}
  override handleChainEnd() {}
  override handleLLMStart() {}
  override handleLLMEnd() {}
  override handleToolStart() {}
  override handleToolEnd() {}
}

/** planner → researcher → writer, each node one model call. */
export function threeNodeGraph() {
  const model = new FakeListChatModel({
    responses: [
      'Plan: research Q3 2024 revenue in EUR.',
      'Found EUR 4.2 billion.',
      'Briefing: EUR 4.2 billion in Q3 2024.',
    ],
  });
  let id = 0;
  const node = async (state: typeof MessagesAnnotation.State) => {
    const reply = await model.invoke(state.messages);
    return { messages: [new AIMessage({ id: `m${++id}`, content: String(reply.content) })] };
  };
  return new StateGraph(MessagesAnnotation)
    .addNode('planner', node)
    .addNode('researcher', node)
    .addNode('writer', node)
    .addEdge(START, 'planner')
    .addEdge('planner', 'researcher')
    .addEdge('researcher', 'writer')
    .addEdge('writer', END)
    .compile({ name: 'bench' });
}

/** A supervisor routing to two agents in turn, each reply going back to it, then ending. */
export function supervisorGraph() {
  const supervisorModel = new FakeListChatModel({
    responses: ['Route: analyst first.', 'Route: writer next.', 'Done: EUR 4.2 billion in Q3 2024.'],
  });
  const agentModel = new FakeListChatModel({
    responses: ['Analysis: Q3 2024 revenue was EUR 4.2 billion.', 'Draft: revenue reached EUR 4.2 billion.'],
  });
  let id = 0;
  const reply = async (model: FakeListChatModel, state: typeof MessagesAnnotation.State, name: string) => {
    const answer = await model.invoke(state.messages);
    return { messages: [new AIMessage({ id: `s${++id}`, name, content: String(answer.content) })] };
  };
  const next = (state: typeof MessagesAnnotation.State) => {
    const replies = state.messages.filter((m) => m.name === 'analyst' || m.name === 'writer').length;
    return replies === 0 ? 'analyst' : replies === 1 ? 'writer' : END;
  };
  return new StateGraph(MessagesAnnotation)
    .addNode('supervisor', (state) => reply(supervisorModel, state, 'supervisor'))
    .addNode('analyst', (state) => reply(agentModel, state, 'analyst'))
    .addNode('writer', (state) => reply(agentModel, state, 'writer'))
    .addEdge(START, 'supervisor')
    .addConditionalEdges('supervisor', next, ['analyst', 'writer', END])
    .addEdge('analyst', 'supervisor')
    .addEdge('writer', 'supervisor')
    .compile({ name: 'bench-supervisor' });
}

/** The suite's two workloads (also run by `ab:adapters`). */
export const langGraphShapes = [
  { name: '3-node', build: threeNodeGraph },
  { name: 'supervisor', build: supervisorGraph },
];

/**
 * A 3-node StateGraph and a supervisor with two agents: no callbacks, a trivial handler (the floor),
 * Handoff's handler, Langfuse, LangSmith. `floorOnly` leaves the peers out (a quicker A/B of the
 * target ratio; nothing is written to bench/results).
 */
export async function runLangGraphSuite(options: {
  smoke: boolean;
  floorOnly?: boolean;
  log?: (line: string) => void;
}) {
  const log = options.log ?? console.log;
  const dir = await mkdtemp(join(tmpdir(), 'handoff-bench-lg-'));
  const tracer = createTracer({ store: jsonlStore({ dir }), flushOnExit: false });
  // LangSmith posts runs to its API: here, a sink on 127.0.0.1 that accepts everything.
  const sink = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.end('{}'));
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const langsmith = new Client({
    apiUrl: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`,
    apiKey: 'bench',
    autoBatchTracing: true,
  });
  const exporter = new InMemorySpanExporter();
  const langfuseProvider = new BasicTracerProvider({
    spanProcessors: [
      new LangfuseSpanProcessor({
        exporter,
        publicKey: 'pk-lf-bench',
        secretKey: 'sk-lf-bench',
        baseUrl: 'http://127.0.0.1:9',
      }) as unknown as SpanProcessor,
    ],
  });
  setLangfuseTracerProvider(langfuseProvider);
  const input = () => ({
    messages: [new HumanMessage({ id: 'u', content: 'Brief me on Q3 2024 revenue in EUR.' })],
  });
  const handoff = new HandoffCallbackHandler({ tracer });
  const trivial = new TrivialHandler();
  const langfuse = new LangfuseCallbackHandler();
  const langsmithTracer = new LangChainTracer({ client: langsmith, projectName: 'bench' });
  const variantsFor = (g: { invoke: (input: never, config?: object) => Promise<unknown> }): Variant[] => [
    { variant: 'no callbacks', role: 'baseline', run: () => g.invoke(input() as never) },
    {
      variant: 'trivial BaseCallbackHandler',
      role: 'floor',
      run: () => g.invoke(input() as never, { callbacks: [trivial] }),
    },
    {
      variant: 'Handoff handler (JSONL)',
      role: 'handoff',
      run: () => g.invoke(input() as never, { callbacks: [handoff] }),
      settle: () => tracer.flush(),
    },
    {
      variant: 'Langfuse CallbackHandler (in-memory)',
      role: 'peer',
      run: () => g.invoke(input() as never, { callbacks: [langfuse] }),
      settle: () => langfuseProvider.forceFlush(),
      reset: () => exporter.reset(),
    },
    {
      variant: 'LangSmith LangChainTracer (loopback sink)',
      role: 'peer',
      run: () => g.invoke(input() as never, { callbacks: [langsmithTracer] }),
      settle: () => langsmith.awaitPendingTraceBatches(),
    },
  ];
  const variantsOf = (g: Parameters<typeof variantsFor>[0]) =>
    variantsFor(g).filter((v) => !options.floorOnly || v.role !== 'peer');
  const size = sizes(options.smoke, { rounds: 25, batch: 20, warmup: 2 });
  const rows = await measure(variantsOf(threeNodeGraph()), size);
  const supervisorRows = await measure(variantsOf(supervisorGraph()), size);
  await tracer.shutdown();
  await langfuseProvider.shutdown();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
  const ratio = (list: typeof rows) => {
    const { wall, cpu } = addedRatio(list, list.find((r) => r.role === 'floor')!);
    return `Handoff's added time is ${cpu}× (CPU; wall ${wall}×) the trivial handler's (target ≤ 1.2×).`;
  };
  log('\nLangGraph — 3-node StateGraph.invoke with fake chat models (per invoke)\n');
  log(overheadTable(rows));
  log(ratio(rows));
  log('\nLangGraph — supervisor routing to two agents, 5 node runs (per invoke)\n');
  log(overheadTable(supervisorRows));
  log(ratio(supervisorRows));
  if (options.floorOnly) return rows;
  // `rows` is the 3-node graph (the shape other tools read); the supervisor workload sits beside it.
  log(
    `Results: ${await writeResults('langgraph', { versions: versionsOf('@langchain/core', '@langchain/langgraph', '@langfuse/langchain', 'langsmith'), rows, supervisor: { rows: supervisorRows } }, options)}`,
  );
  return rows;
}
