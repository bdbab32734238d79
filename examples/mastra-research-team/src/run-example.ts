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
import type { ObservabilityExporter } from '@mastra/core/observability';
import { type AgentName, buildTeam } from './team.ts';

export interface ExampleRun {
  trace: Trace;
  analysis: Analysis;
  tracePath: string;
  answer: string;
  wallMs: number;
}

const AGENTS: AgentName[] = ['planner', 'researcher', 'writer', 'reviewer'];

/** Real models when OPENAI_API_KEY is set (the faults then come only from the tools), else scripted mocks. */
async function models(fault: Fault, wait: (ms: number) => void): Promise<Record<AgentName, unknown>> {
  if (process.env.OPENAI_API_KEY) {
    const { openai } = await import('@ai-sdk/openai');
    const model = openai(process.env.OPENAI_MODEL ?? 'gpt-4o-mini');
    return { planner: model, researcher: model, writer: model, reviewer: model };
  }
  // Mastra names sub-agent tools `agent-<name>` and passes the message as `prompt`.
  const script = scripts(fault, (agent, message) => ({ tool: `agent-${agent}`, input: { prompt: message } }));
  return Object.fromEntries(
    AGENTS.map((agent) => [agent, scriptedModel(`${agent}-model`, script[agent], { onWait: wait })]),
  ) as Record<AgentName, unknown>;
}

/**
 * Runs the Mastra research team once with `fault` injected and writes its trace under `traceDir`;
 * `exporters` add observability exporters beside Handoff's (a peer tracer, to compare with).
 */
export async function runExample(options: {
  fault: Fault;
  traceDir: string;
  exporters?: ObservabilityExporter[];
  /** The run's clock (real time plus simulated waits); a peer tracer on the same clock sees the same times. */
  clock?: SimulatedClock;
}): Promise<ExampleRun> {
  const { fault } = options;
  const clock = options.clock ?? simulatedClock();
  const store = jsonlStore({ dir: options.traceDir });
  const tracer = createTracer({ store, clock });
  let marketCalls = 0;
  const mastra = buildTeam({
    tracer,
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
    ...(options.exporters ? { exporters: options.exporters } : {}),
  });
  const id = `mastra-${fault}-${randomUUID().slice(0, 8)}`;
  const started = performance.now();
  const answer = await tracer.workflow(
    'research-team',
    async () =>
      (
        await mastra.getAgent('planner').generate(REQUEST, {
          maxSteps: 20,
          // The lost-message fault: delegation hooks that drop the researcher's brief and the
          // conversation it came from, leaving a generic prompt.
          ...(fault === 'lost_message'
            ? {
                delegation: {
                  onDelegationStart: (context: { primitiveId: string }) =>
                    context.primitiveId === 'researcher' ? { modifiedPrompt: 'Continue.' } : undefined,
                  messageFilter: <M>(context: { primitiveId: string; messages: M[] }) =>
                    context.primitiveId === 'researcher' ? [] : context.messages,
                },
              }
            : {}),
        })
      ).text,
    { id, metadata: { framework: 'mastra', fault } },
  );
  const wallMs = performance.now() - started;
  await tracer.shutdown();
  const trace = tracer.getTrace(id) as Trace;
  return { trace, analysis: await analyze(trace), tracePath: store.path, answer, wallMs };
}
