import type { ScriptEntry } from '@handoff/ai-sdk/testing';
import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { createStep, createWorkflow } from '@mastra/core/workflows';
import { z } from 'zod';
import { mockModel, type Traced } from './run-pattern.ts';

const brief = z.object({ section: z.string(), brief: z.string() });

/**
 * Fan-out with `.foreach()` (Mastra docs, "Control flow", looping over arrays): a planner agent step
 * splits the report into section briefs, a writer step runs once per brief, and an editor agent
 * joins the sections the loop returns.
 */
export async function sectionsForeach(
  { observability }: Traced,
  scripts: { planner: ScriptEntry[]; writer: ScriptEntry[]; editor: ScriptEntry[] },
) {
  const agent = (id: string, instructions: string, script: ScriptEntry[]) =>
    new Agent({ id, name: id, instructions, model: mockModel(`${id}-llm`, script) });
  const planner = agent('planner', 'Split the report into sections, one brief each.', scripts.planner);
  const writer = agent('writer', 'Write the section you are briefed on.', scripts.writer);
  const editor = agent('editor', 'Join the sections into one report.', scripts.editor);
  const plan = createStep({
    id: 'plan',
    inputSchema: z.object({ topic: z.string() }),
    outputSchema: z.array(brief),
    execute: async ({ inputData, mastra }) => {
      const response = await mastra.getAgent('planner').generate(`Plan a report on ${inputData.topic}.`, {
        structuredOutput: { schema: z.object({ sections: z.array(brief) }) },
      });
      return response.object.sections;
    },
  });
  const write = createStep({
    id: 'write-section',
    inputSchema: brief,
    outputSchema: z.object({ section: z.string(), text: z.string() }),
    execute: async ({ inputData, mastra }) => ({
      section: inputData.section,
      text: (
        await mastra.getAgent('writer').generate(`Write the ${inputData.section} section: ${inputData.brief}`)
      ).text,
    }),
  });
  const join = createStep({
    id: 'join',
    inputSchema: z.array(z.object({ section: z.string(), text: z.string() })),
    outputSchema: z.object({ report: z.string() }),
    execute: async ({ inputData, mastra }) => ({
      report: (
        await mastra
          .getAgent('editor')
          .generate(inputData.map((part) => `${part.section}: ${part.text}`).join('\n'))
      ).text,
    }),
  });
  const reportWorkflow = createWorkflow({
    id: 'report',
    inputSchema: z.object({ topic: z.string() }),
    outputSchema: z.object({ report: z.string() }),
  })
    .then(plan)
    .foreach(write, { concurrency: 2 })
    .then(join)
    .commit();
  const mastra = new Mastra({
    agents: { planner, writer, editor },
    workflows: { reportWorkflow },
    logger: false,
    observability,
  });

  const run = await mastra.getWorkflow('reportWorkflow').createRun();
  return run.start({ inputData: { topic: 'urban beekeeping' } });
}
