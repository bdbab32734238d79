import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * An agent that runs a workflow (Mastra docs, "Multi-agent systems": a supervisor can delegate to a
 * workflow): the workflow on the agent's `workflows` becomes its `workflow-<key>` tool.
 */
export async function workflowAsTool(
  { observability }: Traced,
  scripts: { assistant: ScriptEntry[]; researcher: ScriptEntry[] },
) {
  const researcher = new Agent({
    id: 'researcher',
    name: 'Researcher',
    instructions: 'You find facts.',
    model: mockModel('researcher-llm', scripts.researcher),
  });
  const research = createStep({
    id: 'research',
    inputSchema: z.object({ topic: z.string() }),
    outputSchema: z.object({ findings: z.string() }),
    execute: async ({ inputData, mastra }) => ({
      findings: (await mastra.getAgent('researcher').generate(`Research: ${inputData.topic}`)).text,
    }),
  });
  const researchFlow = createWorkflow({
    id: 'research-flow',
    description: 'Researches a topic and returns the findings.',
    inputSchema: z.object({ topic: z.string() }),
    outputSchema: z.object({ findings: z.string() }),
  })
    .then(research)
    .commit();
  const assistant = new Agent({
    id: 'assistant',
    name: 'Assistant',
    instructions: 'Answer questions; run the research workflow for facts.',
    model: mockModel('assistant-llm', scripts.assistant),
    workflows: { researchFlow },
  });
  const mastra = new Mastra({ agents: { assistant, researcher }, logger: false, observability });
  return (await mastra.getAgent('assistant').generate('How long do cats sleep?')).text;
}
