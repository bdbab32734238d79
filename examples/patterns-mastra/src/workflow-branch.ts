import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

const ticket = z.object({ category: z.enum(['billing', 'support']), summary: z.string() });

/**
 * Routing with `.branch()` (Mastra docs, "Control flow"): a triage agent step with structured output
 * classifies the ticket, and the branch whose condition holds runs its specialist agent.
 */
export async function triageBranch(
  { observability }: Traced,
  scripts: { triage: ScriptEntry[]; billing: ScriptEntry[]; support: ScriptEntry[] },
) {
  const agent = (id: string, instructions: string, script: ScriptEntry[]) =>
    new Agent({ id, name: id, instructions, model: mockModel(`${id}-llm`, script) });
  const triage = agent(
    'triage',
    'Classify the ticket as billing or support and summarise it.',
    scripts.triage,
  );
  const billing = agent('billing', 'You resolve billing tickets.', scripts.billing);
  const support = agent('support', 'You resolve product support tickets.', scripts.support);
  const specialist = (id: 'billing' | 'support') =>
    createStep({
      id: `${id}-desk`,
      inputSchema: ticket,
      outputSchema: z.object({ reply: z.string() }),
      execute: async ({ inputData, mastra }) => ({
        reply: (await mastra.getAgent(id).generate(`Resolve this ${id} ticket: ${inputData.summary}`)).text,
      }),
    });
  const triageWorkflow = createWorkflow({
    id: 'ticket-triage',
    inputSchema: z.object({ message: z.string() }),
    outputSchema: z.any(),
  })
    .map(async ({ inputData }) => ({ prompt: inputData.message }))
    .then(createStep(triage, { structuredOutput: { schema: ticket } }))
    .branch([
      [async ({ inputData }) => inputData.category === 'billing', specialist('billing')],
      [async ({ inputData }) => inputData.category === 'support', specialist('support')],
    ])
    .commit();
  const mastra = new Mastra({
    agents: { triage, billing, support },
    workflows: { triageWorkflow },
    logger: false,
    observability,
  });

  const run = await mastra.getWorkflow('triageWorkflow').createRun();
  return run.start({ inputData: { message: 'I was charged twice for my March invoice.' } });
}
