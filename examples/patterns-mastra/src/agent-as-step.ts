import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * Agents as workflow steps (Mastra docs, "Agent as a step"): `createStep(agent)` takes `{ prompt }` and
 * returns `{ text }`; `.map()` turns one agent's text into the next agent's prompt.
 */
export async function agentAsStep(
  { observability }: Traced,
  scripts: { city: ScriptEntry[]; guide: ScriptEntry[] },
) {
  const cityAgent = new Agent({
    id: 'city-agent',
    name: 'City Agent',
    description: 'Create facts for a city',
    instructions: 'Return an interesting fact based on the city provided',
    model: mockModel('city-llm', scripts.city),
  });
  const guideAgent = new Agent({
    id: 'guide-agent',
    name: 'Guide Agent',
    description: 'Turns a fact into a tour tip',
    instructions: 'Write one tour tip from the fact you are given.',
    model: mockModel('guide-llm', scripts.guide),
  });
  const agentAsStepWorkflow = createWorkflow({
    id: 'agent-step-workflow',
    inputSchema: z.object({ city: z.string() }),
    outputSchema: z.object({ text: z.string() }),
  })
    .map(async ({ inputData }) => ({ prompt: `Give me an interesting fact about ${inputData.city}` }))
    .then(createStep(cityAgent))
    .map(async ({ inputData }) => ({ prompt: `Write a tour tip from this fact: ${inputData.text}` }))
    .then(createStep(guideAgent))
    .commit();
  const mastra = new Mastra({
    agents: { cityAgent, guideAgent },
    workflows: { agentAsStepWorkflow },
    logger: false,
    observability,
  });

  const run = await mastra.getWorkflow('agentAsStepWorkflow').createRun();
  return run.start({ inputData: { city: 'Lisbon' } });
}
