import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { MockMemory } from '@mastra/core/memory';
import { createTool } from '@mastra/core/tools';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * Agent network routing to every kind of primitive (Mastra docs, "Agent networks": a routing agent
 * with `agents`, `workflows` and `tools`): the router sends the city to a workflow whose step runs an
 * agent, asks a tool for the weather, then hands both to a writing agent.
 */
export async function networkPrimitives(
  { observability, exporter }: Traced,
  scripts: { router: ScriptEntry[]; guide: ScriptEntry[]; writing: ScriptEntry[] },
) {
  const guideAgent = new Agent({
    id: 'guide-agent',
    name: 'Guide Agent',
    instructions: 'You know what to see in a city.',
    model: mockModel('guide-llm', scripts.guide),
  });
  const sights = createStep({
    id: 'sights',
    inputSchema: z.object({ city: z.string() }),
    outputSchema: z.object({ sights: z.string() }),
    execute: async ({ inputData, mastra }) => ({
      sights: (
        await mastra.getAgent('guideAgent').generate(`What should a visitor see in ${inputData.city}?`)
      ).text,
    }),
  });
  const cityWorkflow = createWorkflow({
    id: 'city-workflow',
    description: 'Finds the sights of a city.',
    inputSchema: z.object({ city: z.string() }),
    outputSchema: z.object({ sights: z.string() }),
  })
    .then(sights)
    .commit();
  const weatherTool = createTool({
    id: 'weather-tool',
    description: 'Gets the weather forecast of a city.',
    inputSchema: z.object({ city: z.string() }),
    outputSchema: z.object({ forecast: z.string() }),
    execute: async ({ city }) => ({ forecast: `${city}: sunny, 24 °C all week.` }),
  });
  const writingAgent = new Agent({
    id: 'writing-agent',
    name: 'Writing Agent',
    description: 'Writes a travel note from sights and weather.',
    instructions: 'You write travel notes.',
    model: mockModel('writing-llm', scripts.writing),
  });
  const routingAgent = new Agent({
    id: 'routing-agent',
    name: 'Routing Agent',
    instructions: 'You plan city trips with your agents, workflows and tools.',
    model: mockModel('routing-llm', scripts.router),
    agents: { writingAgent },
    workflows: { cityWorkflow },
    tools: { weatherTool },
    memory: new MockMemory(),
  });
  const mastra = new Mastra({ agents: { routingAgent, guideAgent }, logger: false, observability });

  const result = await mastra.getAgent('routingAgent').network('Plan a day in Lisbon', {
    memory: { thread: 'thread-1', resource: 'user-1' },
    maxSteps: 5,
  });
  const chunks: { type: string; payload: unknown }[] = [];
  for await (const chunk of exporter.traceNetwork(result)) chunks.push(chunk as never);
  return chunks;
}
