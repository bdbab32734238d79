import { handoffMiddleware, handoffTelemetry } from '@handoff/ai-sdk';
import type { Tracer } from '@handoff/core';
import { isStepCount, type LanguageModel, type Telemetry, ToolLoopAgent, tool, wrapLanguageModel } from 'ai';
import { z } from 'zod';

export type AgentName = 'planner' | 'researcher' | 'writer' | 'reviewer';

export interface TeamOptions {
  tracer: Tracer;
  models: Record<AgentName, LanguageModel>;
  /** Tool behaviour; faults change what the tools return or pass on. */
  webSearch: (query: string) => Promise<string>;
  marketData: (ticker: string) => Promise<{ ticker: string; price: number; currency: string }>;
  /** What the research tool hands the researcher (the task, unless a fault drops it). */
  researchPrompt: (task: string) => string;
  /** More telemetry integrations beside Handoff's (a peer tracer such as `@ai-sdk/otel`). */
  integrations?: Telemetry[];
}

/**
 * The team on the AI SDK's agent-as-tool pattern: the planner delegates to the researcher, writer and
 * reviewer through tools whose `execute` runs the sub-agent. Handoff hooks in at two places: the
 * model middleware on every model and one telemetry integration per agent call.
 */
export function buildTeam(options: TeamOptions) {
  const { tracer } = options;
  const integration = handoffTelemetry({ tracer });
  const integrations = [integration, ...(options.integrations ?? [])];
  const telemetry = (agent: AgentName) => ({ functionId: agent, integrations });
  const model = (agent: AgentName) =>
    wrapLanguageModel({
      model: options.models[agent] as Parameters<typeof wrapLanguageModel>[0]['model'],
      middleware: handoffMiddleware({ tracer, agent }),
    });
  const agent = (name: AgentName, instructions: string, tools = {}) =>
    new ToolLoopAgent({
      model: model(name),
      instructions,
      tools,
      stopWhen: isStepCount(8),
      telemetry: telemetry(name),
    });

  const researcher = agent('researcher', 'You research companies with tools and cite every source.', {
    web_search: tool({
      description: 'Search the web',
      inputSchema: z.object({ query: z.string() }),
      execute: async ({ query }) => options.webSearch(query),
    }),
    market_data: tool({
      description: 'Latest share price for a ticker',
      inputSchema: z.object({ ticker: z.string() }),
      execute: async ({ ticker }) => options.marketData(ticker),
    }),
  });
  const writer = agent('writer', 'You write short briefings that keep every figure and source.');
  const reviewer = agent('reviewer', 'You check drafts against the findings and approve or send them back.');
  return agent(
    'planner',
    'You plan the research and delegate to the researcher, the writer and the reviewer.',
    {
      research: tool({
        description: 'Delegate a research task to the researcher',
        inputSchema: z.object({ task: z.string() }),
        execute: async ({ task }) =>
          (await researcher.generate({ prompt: options.researchPrompt(task) })).text,
      }),
      write: tool({
        description: 'Ask the writer for a draft from findings',
        inputSchema: z.object({ findings: z.string() }),
        execute: async ({ findings }) =>
          (await writer.generate({ prompt: `Write a briefing from: ${findings}` })).text,
      }),
      review: tool({
        description: 'Ask the reviewer to check a draft',
        inputSchema: z.object({ draft: z.string() }),
        execute: async ({ draft }) =>
          (await reviewer.generate({ prompt: `Review this draft: ${draft}` })).text,
      }),
    },
  );
}
