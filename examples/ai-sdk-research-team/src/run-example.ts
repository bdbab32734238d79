import { randomUUID } from 'node:crypto';
import { scriptedModel } from '@handoff/ai-sdk/testing';
import { type Analysis, analyze, createTracer, jsonlStore, type Trace } from '@handoff/core';
import { type Fault, simulatedClock } from '@handoff/example-kit';
import type { LanguageModel } from 'ai';
import { REQUEST, scripts } from './scripts.ts';
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

/** Runs the research team once with `fault` injected and writes its trace under `traceDir`. */
export async function runExample(options: { fault: Fault; traceDir: string }): Promise<ExampleRun> {
  const { fault } = options;
  const clock = simulatedClock();
  const store = jsonlStore({ dir: options.traceDir });
  const tracer = createTracer({ store, clock });
  let marketCalls = 0;
  const team = buildTeam({
    tracer,
    models: await models(fault, clock.wait),
    webSearch: async (query) => {
      if (fault === 'agent_error') throw new Error('429 Too Many Requests');
      if (/2023/.test(query)) return 'ACME Corp 2023 annual report: revenue USD 15.1 billion.';
      if (!/acme/i.test(query)) return 'No specific company requested; general market news only.';
      return 'ACME Corp Q3 2024 report: revenue EUR 4.2 billion, up 12% year on year. Drivers: cloud services (+31%), industrial automation (+9%), licensing (+6%). Source: acme.example/ir/q3-2024';
    },
    marketData: async (ticker) => {
      // The second call is a refresh a second later, after the price moved.
      if (marketCalls++ > 0) clock.wait(1_000);
      return { ticker, price: marketCalls > 1 ? 176.1 : 182.4, currency: 'EUR' };
    },
    researchPrompt: (task) => (fault === 'lost_message' ? 'Continue.' : task),
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
