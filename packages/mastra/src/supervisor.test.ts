import { scriptedModel } from '@handoff/ai-sdk/testing';
import { createTracer, type Trace } from '@handoff/core';
import { expectWellFormedTrace, memoryStore } from '@handoff/core/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createTool } from '@mastra/core/tools';
import { Observability } from '@mastra/observability';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HandoffExporter } from './handoff-exporter.ts';

// Mastra bundles its own copy of the provider types; the AI SDK mock is the same model at run time.
const mockModel = (...args: Parameters<typeof scriptedModel>) => scriptedModel(...args) as never;

function team(traced: boolean) {
  const store = memoryStore();
  const tracer = createTracer({ store, flushOnExit: false });
  const webSearch = createTool({
    id: 'web_search',
    description: 'search the web',
    inputSchema: z.object({ q: z.string() }),
    execute: async ({ q }) => ({ hits: [`${q}: cats sleep 12-16 hours`] }),
  });
  const researcher = new Agent({
    id: 'researcher',
    name: 'researcher',
    description: 'Finds facts on the web',
    instructions: 'You are a researcher.',
    model: mockModel('researcher-llm', [
      { tool: 'web_search', input: { q: 'cat sleep' }, reasoning: 'search first' },
      { text: 'Cats sleep 12-16 hours a day.', reasoning: 'The hits answer it.' },
    ]),
    tools: { web_search: webSearch },
  });
  const writer = new Agent({
    id: 'writer',
    name: 'writer',
    description: 'Writes short answers',
    instructions: 'You write.',
    model: mockModel('writer-llm', [({ lastUserMessage }) => ({ text: `Answer: ${lastUserMessage}` })]),
  });
  const supervisor = new Agent({
    id: 'supervisor',
    name: 'supervisor',
    instructions: 'You coordinate sub-agents.',
    model: mockModel('supervisor-llm', [
      { tool: 'agent-researcher', input: { prompt: 'How long do cats sleep?' }, text: 'Delegating.' },
      ({ lastToolResult }) => ({ tool: 'agent-writer', input: { prompt: lastToolResult } }),
      ({ lastToolResult }) => ({ text: lastToolResult }),
    ]),
    agents: { researcher, writer },
  });
  const mastra = new Mastra({
    agents: { supervisor, researcher, writer },
    logger: false,
    ...(traced
      ? {
          observability: new Observability({
            configs: { default: { serviceName: 'test', exporters: [new HandoffExporter({ tracer })] } },
          }),
        }
      : {}),
  });
  return { mastra, store, tracer };
}

async function run(traced: boolean) {
  const { mastra, store, tracer } = team(traced);
  const result = await mastra.getAgent('supervisor').generate('How long do cats sleep?');
  await new Promise((resolve) => setTimeout(resolve, 50));
  await tracer.flush();
  return { text: result.text, traces: store.traces() };
}

describe('HandoffExporter with a supervisor agent', () => {
  it('records the agents, delegations and replies, reasoning and usage', async () => {
    const { traces } = await run(true);
    expect(traces).toHaveLength(1);
    const trace = traces[0] as Trace;
    expectWellFormedTrace(trace);
    expect(trace.turns.map((t) => t.agent)).toEqual(['supervisor', 'researcher', 'writer']);
    expect(trace.handoffs.map((h) => `${h.kind}:${h.from}>${h.to}`)).toEqual([
      'delegation:supervisor>researcher',
      'return:researcher>supervisor',
      'delegation:supervisor>writer',
      'return:writer>supervisor',
    ]);
    expect(trace.handoffs[0]?.content).toBe('How long do cats sleep?');
    expect(trace.handoffs[1]?.content).toBe('Cats sleep 12-16 hours a day.');
    const researcher = trace.turns[1]!;
    expect(researcher.toolCalls.map((c) => c.name)).toEqual(['web_search']);
    expect(researcher.modelCalls[0]?.tools).toEqual(['web_search']);
    expect(trace.turns[0]!.modelCalls[0]?.tools).toEqual(expect.arrayContaining(['agent-researcher']));
    expect(researcher.modelCalls.length).toBeGreaterThan(0);
    expect(researcher.modelCalls[0]?.reasoning ?? researcher.reasoning).toBeTruthy();
    expect(researcher.modelCalls[0]?.usage.outputTokens).toBeGreaterThan(0);
  });

  it('leaves the agent result unchanged', async () => {
    expect((await run(true)).text).toBe((await run(false)).text);
  });
});
