import { randomUUID } from 'node:crypto';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { type Analysis, analyze, createTracer, jsonlStore, type Trace } from '@handoff/core';
import {
  type Fault,
  GENERIC_RESULT,
  PRICES,
  RATE_LIMIT,
  REQUEST,
  SEARCH_RESULT,
  type SimulatedClock,
  scripts,
  simulatedClock,
  WRONG_YEAR_RESULT,
} from '@handoff/example-kit';
import type { LanguageModel, Telemetry } from 'ai';

import { type AgentName, buildTeam } from './team.ts';

export interface ExampleRun {
  trace: Trace;
  analysis: Analysis;
  tracePath: string;
  answer: string;
  /** Wall time of the traced run, in ms (what an infrastructure trace shows). */
  wallMs: number;
}

const AGENTS: AgentName[] = ['planner', 'researcher', 'writer', 'reviewer'];

/** Real models when OPENAI_API_KEY is set (the faults then come only from the tools), else mocks. */
async function models(fault: Fault, wait: (ms: number) => void): Promise<Record<AgentName, LanguageModel>> {
  if (process.env.OPENAI_API_KEY) {
    const { openai } = await import('@ai-sdk/openai');
    const model = openai(process.env.OPENAI_MODEL ?? 'gpt-4o-mini');
    return { planner: model, researcher: model, writer: model, reviewer: model };
  }
  const script = scripts(fault);
  return Object.fromEntries(
    AGENTS.map((agent) => [agent, scriptedModel(`${agent}-model`, script[agent], { onWait: wait })]),
  ) as unknown as Record<AgentName, LanguageModel>;
}

/**
 * Runs the research team once with `fault` injected and writes its trace under `traceDir`;
 * `integrations` add telemetry beside Handoff's (a peer tracer, to compare with).
 */
export async function runExample(options: {
  fault: Fault;
  traceDir: string;
  integrations?: Telemetry[];
  /** The run's clock (real time plus simulated waits); a peer tracer on the same clock sees the same times. */
  clock?: SimulatedClock;
}): Promise<ExampleRun> {
  const { fault } = options;
  const clock = options.clock ?? simulatedClock();
  const store = jsonlStore({ dir: options.traceDir });
  const tracer = createTracer({ store, clock });
  let marketCalls = 0;
  const team = buildTeam({
    tracer,
    models: await models(fault, clock.wait),
    webSearch: async (query) => {
      if (fault === 'agent_error') throw new Error(RATE_LIMIT);
      if (/2023/.test(query)) return WRONG_YEAR_RESULT;
      if (!/acme/i.test(query)) return GENERIC_RESULT;
      return SEARCH_RESULT;
    },
    marketData: async (ticker) => {
      // The second call is a refresh a second later, after the price moved.
      if (marketCalls++ > 0) clock.wait(1_000);
      return { ticker, price: PRICES[marketCalls > 1 ? 1 : 0], currency: 'EUR' };
    },
    researchPrompt: (task) => (fault === 'lost_message' ? 'Continue.' : task),
    ...(options.integrations ? { integrations: options.integrations } : {}),
  });
  const started = performance.now();
  const id = `ai-sdk-${fault}-${randomUUID().slice(0, 8)}`;
  const answer = await tracer.workflow(
    'research-team',
    async () => (await team.generate({ prompt: REQUEST })).text,
    {
      id,
      metadata: { framework: 'ai-sdk', fault },
    },
  );
  const wallMs = performance.now() - started;
  await tracer.shutdown();
  const trace = tracer.getTrace(id) as Trace;
  return { trace, analysis: await analyze(trace), tracePath: store.path, answer, wallMs };
}
