import type { Tracer } from '@handoff/core';
import { HandoffExporter } from '@handoff/mastra';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import type { ObservabilityExporter } from '@mastra/core/observability';
import { createTool } from '@mastra/core/tools';
import { Observability } from '@mastra/observability';
import { z } from 'zod';

export type AgentName = 'planner' | 'researcher' | 'writer' | 'reviewer';

export interface TeamOptions {
  tracer: Tracer;
  /** A model per agent (mock or real); Mastra accepts any AI SDK language model. */
  models: Record<AgentName, unknown>;
  webSearch: (query: string) => Promise<string>;
  marketData: (ticker: string) => Promise<{ ticker: string; price: number; currency: string }>;
  /** More observability exporters beside Handoff's (a peer such as `@mastra/otel-exporter`). */
  exporters?: ObservabilityExporter[];
}

/**
 * The team as Mastra agents: the planner supervises researcher, writer and reviewer as sub-agents
 * (Mastra turns each into an `agent-<name>` tool). Handoff hooks in once, as an observability
 * exporter next to Mastra's own.
 */
export function buildTeam(options: TeamOptions) {
  const model = (agent: AgentName) => options.models[agent] as never;
  const researcher = new Agent({
    id: 'researcher',
    name: 'researcher',
    description: 'Researches companies with web search and market data, citing sources',
    instructions: 'You research companies with tools and cite every source.',
    model: model('researcher'),
    tools: {
      web_search: createTool({
        id: 'web_search',
        description: 'Search the web',
        inputSchema: z.object({ query: z.string() }),
        execute: async ({ query }) => options.webSearch(query),
      }),
      market_data: createTool({
        id: 'market_data',
        description: 'Latest share price for a ticker',
        inputSchema: z.object({ ticker: z.string() }),
        execute: async ({ ticker }) => options.marketData(ticker),
      }),
    },
  });
  const writer = new Agent({
    id: 'writer',
    name: 'writer',
    description: 'Writes short briefings',
    instructions: 'You write short briefings that keep every figure and source.',
    model: model('writer'),
  });
  const reviewer = new Agent({
    id: 'reviewer',
    name: 'reviewer',
    description: 'Reviews drafts',
    instructions: 'You check drafts and approve them or ask for a revision.',
    model: model('reviewer'),
  });
  const planner = new Agent({
    id: 'planner',
    name: 'planner',
    instructions: 'You plan the research and delegate to the researcher, the writer and the reviewer.',
    model: model('planner'),
    agents: { researcher, writer, reviewer },
  });
  return new Mastra({
    agents: { planner, researcher, writer, reviewer },
    logger: false,
    observability: new Observability({
      configs: {
        default: {
          serviceName: 'research-team',
          exporters: [new HandoffExporter({ tracer: options.tracer }), ...(options.exporters ?? [])],
        },
      },
    }),
  });
}
