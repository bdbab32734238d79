import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

/**
 * A council with `.parallel()` (Mastra docs, "Multi-agent systems" and "Control flow"): two reviewers
 * answer the same question at once; a judge step reads both outputs, keyed by step id.
 */
export async function council(
  { observability }: Traced,
  scripts: { optimist: ScriptEntry[]; skeptic: ScriptEntry[]; judge: ScriptEntry[] },
) {
  const agent = (id: string, instructions: string, script: ScriptEntry[]) =>
    new Agent({ id, name: id, instructions, model: mockModel(`${id}-llm`, script) });
  const optimist = agent('optimist', 'Argue for the proposal.', scripts.optimist);
  const skeptic = agent('skeptic', 'Argue against the proposal.', scripts.skeptic);
  const judge = agent('judge', 'Weigh both views and decide.', scripts.judge);
  const view = <Id extends string>(id: Id) =>
    createStep({
      id: `${id}-view` as const,
      inputSchema: z.object({ proposal: z.string() }),
      outputSchema: z.object({ view: z.string() }),
      execute: async ({ inputData, mastra }) => ({
        view: (await mastra.getAgent(id).generate(inputData.proposal)).text,
      }),
    });
  const decide = createStep({
    id: 'decide',
    inputSchema: z.object({
      'optimist-view': z.object({ view: z.string() }),
      'skeptic-view': z.object({ view: z.string() }),
    }),
    outputSchema: z.object({ decision: z.string() }),
    execute: async ({ inputData, mastra }) => {
      const response = await mastra
        .getAgent('judge')
        .generate(
          `For: ${inputData['optimist-view'].view}\nAgainst: ${inputData['skeptic-view'].view}\nDecide.`,
        );
      return { decision: response.text };
    },
  });
  const councilWorkflow = createWorkflow({
    id: 'council',
    inputSchema: z.object({ proposal: z.string() }),
    outputSchema: z.object({ decision: z.string() }),
  })
    .parallel([view('optimist'), view('skeptic')])
    .then(decide)
    .commit();
  const mastra = new Mastra({
    agents: { optimist, skeptic, judge },
    workflows: { councilWorkflow },
    logger: false,
    observability,
  });

  const run = await mastra.getWorkflow('councilWorkflow').createRun();
  return run.start({ inputData: { proposal: 'Move the team to a four-day week.' } });
}
