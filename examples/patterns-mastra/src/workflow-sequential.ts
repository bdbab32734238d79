import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * Agents called in workflow steps, chained with `.then()` (Mastra docs, "Agents and tools", "Calling
 * agents"): each step's `execute` calls an agent with `.generate()` and returns what the next step needs.
 */
export async function sequentialWorkflow(
  { observability }: Traced,
  scripts: { researcher: ScriptEntry[]; writer: ScriptEntry[] },
) {
  const researcher = new Agent({
    id: 'researcher',
    name: 'Researcher',
    instructions: 'You find facts.',
    model: mockModel('researcher-llm', scripts.researcher),
  });
  const writer = new Agent({
    id: 'writer',
    name: 'Writer',
    instructions: 'You write bullet points.',
    model: mockModel('writer-llm', scripts.writer),
  });
  const research = createStep({
    id: 'research',
    inputSchema: z.object({ topic: z.string() }),
    outputSchema: z.object({ findings: z.string() }),
    execute: async ({ inputData, mastra }) => {
      const response = await mastra.getAgent('researcher').generate(`Research: ${inputData.topic}`);
      return { findings: response.text };
    },
  });
  const write = createStep({
    id: 'write',
    inputSchema: z.object({ findings: z.string() }),
    outputSchema: z.object({ list: z.string() }),
    execute: async ({ inputData, mastra }) => {
      const response = await mastra
        .getAgent('writer')
        .generate(`Convert this message into bullet points: ${inputData.findings}`);
      return { list: response.text };
    },
  });
  const briefing = createWorkflow({
    id: 'briefing',
    inputSchema: z.object({ topic: z.string() }),
    outputSchema: z.object({ list: z.string() }),
  })
    .then(research)
    .then(write)
    .commit();
  const mastra = new Mastra({
    agents: { researcher, writer },
    workflows: { briefing },
    logger: false,
    observability,
  });

  const run = await mastra.getWorkflow('briefing').createRun();
  return run.start({ inputData: { topic: 'how long cats sleep' } });
}
