import { randomUUID } from 'node:crypto';
import { type Analysis, analyze, createTracer, jsonlStore, type Trace } from '@handoff/core';
import {
  type Fault,
  GENERIC_RESULT,
  PRICES,
  RATE_LIMIT,
  REQUEST,
  SEARCH_RESULT,
  type SimulatedClock,
  simulatedClock,
  WRONG_YEAR_RESULT,
} from '@handoff/example-kit';
import { HandoffCallbackHandler } from '@handoff/langgraph';
import type { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage } from '@langchain/core/messages';
import { scriptedModels } from './scripted-models.ts';
import { type AgentName, buildTeam } from './team.ts';

export interface ExampleRun {
  trace: Trace;
  analysis: Analysis;
  tracePath: string;
  answer: string;
  wallMs: number;
}

/** Real models when OPENAI_API_KEY is set (faults then come only from the tools and the graph), else scripted ones. */
async function models(fault: Fault, wait: (ms: number) => void): Promise<Record<AgentName, BaseChatModel>> {
  if (process.env.OPENAI_API_KEY) {
    const { ChatOpenAI } = await import('@langchain/openai');
    const model = new ChatOpenAI({ model: process.env.OPENAI_MODEL ?? 'gpt-4o-mini' });
    return { planner: model, researcher: model, writer: model, reviewer: model };
  }
  return scriptedModels(fault, wait) as unknown as Record<AgentName, BaseChatModel>;
}

/**
 * Runs the LangGraph research team once with `fault` injected and writes its trace under `traceDir`;
 * `callbacks` run beside Handoff's handler (a peer tracer such as Langfuse's, to compare with).
 */
export async function runExample(options: {
  fault: Fault;
  traceDir: string;
  callbacks?: BaseCallbackHandler[];
  /** The run's clock (real time plus simulated waits); a peer tracer on the same clock sees the same times. */
  clock?: SimulatedClock;
}): Promise<ExampleRun> {
  const { fault } = options;
  const clock = options.clock ?? simulatedClock();
  const store = jsonlStore({ dir: options.traceDir });
  const tracer = createTracer({
    store,
    clock,
    onDiagnostic: (d) => process.env.HANDOFF_DEBUG && console.error(`handoff: ${d.code}: ${d.message}`),
  });
  let marketCalls = 0;
  const graph = buildTeam({
    models: await models(fault, clock.wait),
    webSearch: async (query) => {
      if (fault === 'agent_error') throw new Error(RATE_LIMIT);
      if (/2023/.test(query)) return WRONG_YEAR_RESULT;
      return /acme/i.test(query) ? SEARCH_RESULT : GENERIC_RESULT;
    },
    marketData: async (ticker) => {
      if (marketCalls++ > 0) clock.wait(1_000);
      return { ticker, price: PRICES[marketCalls > 1 ? 1 : 0], currency: 'EUR' };
    },
    trimResearcherHistory: fault === 'lost_message',
  });
  const id = `langgraph-${fault}-${randomUUID().slice(0, 8)}`;
  const handler = new HandoffCallbackHandler({ tracer, graph });
  const started = performance.now();
  const answer = await tracer.workflow(
    'research-team',
    async () => {
      const state = await graph.invoke(
        { messages: [new HumanMessage({ id: 'request-1', content: REQUEST })] },
        { callbacks: [handler, ...(options.callbacks ?? [])], configurable: { thread_id: id } },
      );
      return state.verdict;
    },
    { id, metadata: { framework: 'langgraph', fault } },
  );
  const wallMs = performance.now() - started;
  await tracer.shutdown();
  const trace = tracer.getTrace(id) as Trace;
  return { trace, analysis: await analyze(trace), tracePath: store.path, answer, wallMs };
}
