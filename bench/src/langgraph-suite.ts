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
import { measure, overheadTable, sizes, type Variant } from './harness.ts';
import { versionsOf, writeResults } from './results.ts';

class TrivialHandler extends BaseCallbackHandler {
  name = 'trivial';
  override handleChainStart() {}
  override handleChainEnd() {}
  override handleLLMStart() {}
  override handleLLMEnd() {}
  override handleToolStart() {}
  override handleToolEnd() {}
}

function graph() {
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

/** A 3-node StateGraph: no callbacks, a trivial handler (the floor), Handoff's handler, Langfuse, LangSmith. */
export async function runLangGraphSuite(options: { smoke: boolean; log?: (line: string) => void }) {
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
  const g = graph();
  const input = () => ({
    messages: [new HumanMessage({ id: 'u', content: 'Brief me on Q3 2024 revenue in EUR.' })],
  });
  const handoff = new HandoffCallbackHandler({ tracer });
  const trivial = new TrivialHandler();
  const langfuse = new LangfuseCallbackHandler();
  const langsmithTracer = new LangChainTracer({ client: langsmith, projectName: 'bench' });
  const variants: Variant[] = [
    { variant: 'no callbacks', role: 'baseline', run: () => g.invoke(input()) },
    {
      variant: 'trivial BaseCallbackHandler',
      role: 'floor',
      run: () => g.invoke(input(), { callbacks: [trivial] }),
    },
    {
      variant: 'Handoff handler (JSONL)',
      role: 'handoff',
      run: () => g.invoke(input(), { callbacks: [handoff] }),
      settle: () => tracer.flush(),
    },
    {
      variant: 'Langfuse CallbackHandler (in-memory)',
      role: 'peer',
      run: () => g.invoke(input(), { callbacks: [langfuse] }),
      settle: () => langfuseProvider.forceFlush(),
      reset: () => exporter.reset(),
    },
    {
      variant: 'LangSmith LangChainTracer (loopback sink)',
      role: 'peer',
      run: () => g.invoke(input(), { callbacks: [langsmithTracer] }),
      settle: () => langsmith.awaitPendingTraceBatches(),
    },
  ];
  const rows = await measure(variants, sizes(options.smoke, { rounds: 12, batch: 20, warmup: 2 }));
  await tracer.shutdown();
  await langfuseProvider.shutdown();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await rm(dir, { recursive: true, force: true });
  log('\nLangGraph — 3-node StateGraph.invoke with fake chat models (per invoke)\n');
  log(overheadTable(rows));
  const floor = rows.find((r) => r.role === 'floor')!;
  const ours = rows.find((r) => r.role === 'handoff')!;
  log(
    `Handoff's added time is ${(ours.addedMicros / Math.max(1, floor.addedMicros)).toFixed(2)}× the trivial handler's.`,
  );
  log(
    `Results: ${await writeResults('langgraph', { versions: versionsOf('@langchain/core', '@langchain/langgraph', '@langfuse/langchain', 'langsmith'), rows }, options)}`,
  );
  return rows;
}
